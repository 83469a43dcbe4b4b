import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AllowedUse, compare, ownershipOf, TableUse, tableUses, useKey } from './table-ownership';

// One owner per table: only the owning module names its tables. Another module's table in a module's SQL (or its
// entity in an ORM call) fails here unless tools/lint/table-reads.allowlist.json lists it with a reason, and a
// write to another module's table fails always.
const REPO = path.resolve(__dirname, '../..');
const ALLOWLIST = path.join(__dirname, 'table-reads.allowlist.json');

const allowlist = (): AllowedUse[] => (JSON.parse(readFileSync(ALLOWLIST, 'utf8')) as { uses: AllowedUse[] }).uses;
const lines = (uses: TableUse[]) => uses.map(useKey).join('\n');

function fixtureRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'table-ownership-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('table ownership', () => {
  it('maps each table to the module whose folder declares it', () => {
    const { owners } = ownershipOf(REPO);
    expect(owners.get('organizations')).toBe('identity');
    expect(owners.get('memberships')).toBe('identity');
    expect(owners.get('providers')).toBe('listings');
    expect(owners.get('match_list_tails')).toBe('matching');
    expect(owners.get('reminders')).toBe('reminders');
    expect(owners.get('work_assignments')).toBe('workload');
    expect(owners.has('migrations')).toBe(false);
  });

  it('finds no module writing another module’s table', () => {
    expect(lines(tableUses(REPO).filter((u) => u.kind === 'write'))).toBe('');
  });

  it('finds every cross-module read in the allowlist, and every allowlist entry still in use', () => {
    const { unlisted, stale } = compare(tableUses(REPO), allowlist());
    // A new read: use the owner's read model (CONTRIBUTING.md, Module boundaries) rather than listing it.
    expect(lines(unlisted)).toBe('');
    // A read that went away: delete its entry, so the list only shrinks.
    expect(lines(stale)).toBe('');
  });

  it('gives a reason for each allowed read and allows no write', () => {
    for (const entry of allowlist()) {
      expect(['read', 'orm']).toContain(entry.kind);
      expect(entry.why.trim().length).toBeGreaterThan(10);
    }
  });

  describe('on a fixture', () => {
    let root: string;
    beforeAll(() => {
      root = fixtureRepo({
        'libs/owner/src/entities/thing.entity.ts': `import { Entity } from 'typeorm';
@Entity('things') // the owner's table
export class Thing {}`,
        'libs/owner/src/migrations/1-Things.ts': `export const up = 'CREATE TABLE "thing_notes" (id uuid)';`,
        'libs/owner/src/things.service.ts': `export const own = 'select * from things join thing_notes on true';`,
        'libs/other/src/reader.ts': `import { Thing } from '@app/owner';
// a comment saying: select from things
export const read = (m: any) => m.query('select t.id from things t join thing_notes n on n.id = t.id');
export const orm = (m: any) => m.getRepository(Thing).find();`,
        'libs/other/src/writer.ts': `export const write = (m: any) =>
  m.query("UPDATE things SET x = 1; insert into thing_notes (id) values ($1); DELETE FROM things");`,
        'libs/other/src/reader.spec.ts': `it('may read', () => 'select * from things');`,
      });
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('reports each new cross-module read, ORM use and write, not the owner’s own SQL, comments or tests', () => {
      expect(tableUses(root).map(useKey).sort()).toEqual([
        'other orm things in libs/other/src/reader.ts',
        'other read thing_notes in libs/other/src/reader.ts',
        'other read things in libs/other/src/reader.ts',
        'other write thing_notes in libs/other/src/writer.ts',
        'other write things in libs/other/src/writer.ts',
      ]);
    });

    it('fails on uses the allowlist lacks, and on writes even when listed', () => {
      const listed: AllowedUse[] = [
        { module: 'other', kind: 'read', table: 'things', file: 'libs/other/src/reader.ts', why: 'listed read' },
        { module: 'other', kind: 'write', table: 'things', file: 'libs/other/src/writer.ts', why: 'not allowed' },
        { module: 'other', kind: 'read', table: 'things', file: 'libs/other/src/gone.ts', why: 'stale' },
      ];
      const { unlisted, stale } = compare(tableUses(root), listed);
      expect(unlisted.map(useKey).sort()).toEqual([
        'other orm things in libs/other/src/reader.ts',
        'other read thing_notes in libs/other/src/reader.ts',
        'other write thing_notes in libs/other/src/writer.ts',
        'other write things in libs/other/src/writer.ts',
      ]);
      expect(stale.map((s) => s.file)).toEqual(['libs/other/src/gone.ts']);
    });
  });
});
