import { DataSource } from 'typeorm';
import { ScanWindow } from './scan-window';

/** A database whose `now()` is whatever the test says. */
function fakeDb(times: Date[]): DataSource {
  return { query: async () => [{ startedAt: times.shift() }] } as unknown as DataSource;
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 10, minute));

describe('ScanWindow', () => {
  it('scans everything first, then only what changed since the previous scan began, less five minutes', async () => {
    const window = new ScanWindow();
    const db = fakeDb([at(0), at(10), at(20)]);
    const seen: (Date | null)[] = [];
    const work = async (since: Date | null) => { seen.push(since); return { result: null, complete: true }; };
    await window.run(db, work);
    await window.run(db, work);
    await window.run(db, work);
    expect(seen).toEqual([null, new Date(at(0).getTime() - 5 * 60_000), new Date(at(10).getTime() - 5 * 60_000)]);
  });

  it('keeps its starting point while a scan stops at its batch limit, and stays full until a full scan gets through', async () => {
    const window = new ScanWindow();
    const db = fakeDb([at(0), at(1), at(2), at(3), at(4)]);
    const seen: (Date | null)[] = [];
    const outcomes = [false, true, false, false, true];
    const work = async (since: Date | null) => { seen.push(since); return { result: null, complete: outcomes.shift()! }; };
    for (let i = 0; i < 5; i++) await window.run(db, work);
    const minus5 = (d: Date) => new Date(d.getTime() - 5 * 60_000);
    expect(seen).toEqual([null, null, minus5(at(1)), minus5(at(1)), minus5(at(1))]);
  });

  it('returns what the work returned', async () => {
    expect(await new ScanWindow().run(fakeDb([at(0)]), async () => ({ result: ['a', 'b'], complete: true }))).toEqual(['a', 'b']);
  });
});
