import { DataSource } from 'typeorm';
import { ScanPass, ScanWindow } from './scan-window';

/** A database whose `now()` is whatever the test says. */
function fakeDb(times: Date[]): DataSource {
  return { query: async () => [{ startedAt: times.shift() }] } as unknown as DataSource;
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 10, minute));
const minus5 = (d: Date) => new Date(d.getTime() - 5 * 60_000);
const ids = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `id-${String(from + i).padStart(4, '0')}` }));

describe('ScanWindow', () => {
  it('scans everything first, then only what changed since the previous pass began, less five minutes', async () => {
    const window = new ScanWindow();
    const db = fakeDb([at(0), at(10), at(20)]);
    const seen: (Date | null)[] = [];
    const work = async ({ since }: ScanPass) => {
      seen.push(since);
      return null;
    };
    for (let i = 0; i < 3; i++) await window.run(db, work);
    expect(seen).toEqual([null, minus5(at(0)), minus5(at(10))]);
  });

  it('goes on from the last id of each query, keeping the pass start until every query came back short', async () => {
    const window = new ScanWindow();
    const db = fakeDb([at(0), at(1), at(2), at(3), at(4)]);
    const seen: { since: Date | null; afterA: string | null; afterB: string | null }[] = [];
    // Query a has 5 rows to give in batches of 2, query b 1 row.
    const work = async (pass: ScanPass) => {
      let afterA: string | null = null;
      let afterB: string | null = null;
      await pass.batch('a', 2, async (after) => {
        afterA = after;
        const i = after.startsWith('id-') ? Number(after.slice(3)) + 1 : 0;
        return ids(i, Math.min(2, 5 - i));
      });
      await pass.batch('b', 2, async (after) => {
        afterB = after;
        return ids(0, 1);
      });
      seen.push({ since: pass.since, afterA, afterB });
    };
    for (let i = 0; i < 5; i++) await window.run(db, work);
    const first = '00000000-0000-0000-0000-000000000000';
    expect(seen).toEqual([
      { since: null, afterA: first, afterB: first },
      { since: null, afterA: 'id-0001', afterB: null }, // b is done for this pass
      { since: null, afterA: 'id-0003', afterB: null }, // a's last batch: the full pass ends
      { since: minus5(at(0)), afterA: first, afterB: first }, // the next pass looks back from the start of the last
      { since: minus5(at(0)), afterA: 'id-0001', afterB: null }, // and keeps its window while it takes more scans
    ]);
  });

  it('returns what the work returned', async () => {
    expect(await new ScanWindow().run(fakeDb([at(0)]), async () => ['a', 'b'])).toEqual(['a', 'b']);
  });
});
