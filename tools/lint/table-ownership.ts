import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Which module owns which table, and where a module's code names another module's table. A table belongs to the
// module whose folder declares it (`@Entity('<table>')`, or `CREATE TABLE <table>` in its own migrations); the
// baseline migrations of libs/database span every module and decide nothing.
//
// A use is one (module, table, file, kind) where a module's non-migration, non-test source names another module's
// table: in SQL (`FROM`/`JOIN <table>` = a read; `UPDATE`/`INSERT INTO`/`DELETE FROM <table>` = a write), or through
// the ORM (another module's entity class handed to getRepository / a manager method / a query builder).

export type UseKind = 'read' | 'write' | 'orm';

export interface TableUse {
  module: string;
  table: string;
  file: string;
  kind: UseKind;
}

export interface AllowedUse extends TableUse {
  why: string;
}

export interface Ownership {
  /** table → owning module */
  owners: Map<string, string>;
  /** entity class name → table */
  entityTables: Map<string, string>;
}

const SOURCE = /\.ts$/;
const NOT_SCANNED = /(\.spec\.ts|\.d\.ts)$|\/migrations\//;

function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : filesUnder(full);
    return SOURCE.test(name) ? [full] : [];
  });
}

/** The domain modules: every folder under libs/ with a src/ folder. */
export function modulesOf(root: string): string[] {
  return readdirSync(path.join(root, 'libs'))
    .filter((name) => {
      try {
        return statSync(path.join(root, 'libs', name, 'src')).isDirectory();
      } catch {
        return false;
      }
    })
    .sort();
}

const ENTITY =
  /@Entity\(\s*['"]([a-z_][a-z0-9_]*)['"][^)]*\)\s*(?:@[\w.]+\([^)]*\)\s*)*export\s+(?:abstract\s+)?class\s+(\w+)/g;
const CREATE_TABLE = /CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([a-z_][a-z0-9_]*)"?/g;

export function ownershipOf(root: string, modules = modulesOf(root)): Ownership {
  const owners = new Map<string, string>();
  const entityTables = new Map<string, string>();
  const claim = (table: string, module: string, where: string) => {
    const owner = owners.get(table);
    if (owner && owner !== module)
      throw new Error(`table ${table} is declared by both ${owner} and ${module} (${where})`);
    owners.set(table, module);
  };
  for (const module of modules) {
    if (module === 'database') continue; // the baseline migrations span every module's tables
    for (const file of filesUnder(path.join(root, 'libs', module, 'src'))) {
      const text = code(readFileSync(file, 'utf8'));
      for (const m of text.matchAll(ENTITY)) {
        claim(m[1], module, file);
        entityTables.set(m[2], m[1]);
      }
      if (file.includes('/migrations/'))
        for (const m of text.matchAll(CREATE_TABLE)) if (m[1] !== 'migrations') claim(m[1], module, file);
    }
  }
  return { owners, entityTables };
}

// Only names of known tables count, so `import … from '…'` and most prose never match; comments are stripped first.
const SQL_USE = /\b(from|join|update|insert\s+into|delete\s+from)\s+"?([a-z_][a-z0-9_]*)"?(?=[\s,;)`'"]|$)/gi;
// Another module's entity class handed to any call as its first argument: getRepository(X), @InjectRepository(X),
// manager.findOneBy(X, …), .from(X, …), .innerJoin(X, …)
const ORM_CALL = /\b\w+\(\s*([A-Z]\w*)\s*[,)]/g;

/** Strip comments, so prose that mentions a table is not a use. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

export function usesIn(text: string, module: string, file: string, ownership: Ownership): TableUse[] {
  const uses = new Map<string, TableUse>();
  const add = (table: string, kind: UseKind) => {
    const owner = ownership.owners.get(table);
    if (!owner || owner === module) return;
    uses.set(`${table}|${kind}`, { module, table, file, kind });
  };
  const body = code(text);
  for (const m of body.matchAll(SQL_USE)) {
    const keyword = m[1].toLowerCase();
    add(m[2], keyword === 'from' || keyword === 'join' ? 'read' : 'write');
  }
  for (const m of body.matchAll(ORM_CALL)) {
    const table = ownership.entityTables.get(m[1]);
    if (table) add(table, 'orm');
  }
  return [...uses.values()];
}

/** Every use of another module's table in the modules' source (libs/<module>/src, tests and migrations excepted). */
export function tableUses(root: string): TableUse[] {
  const modules = modulesOf(root);
  const ownership = ownershipOf(root, modules);
  return modules.flatMap((module) =>
    filesUnder(path.join(root, 'libs', module, 'src'))
      .filter((file) => !NOT_SCANNED.test(file))
      .flatMap((file) => usesIn(readFileSync(file, 'utf8'), module, path.relative(root, file), ownership)),
  );
}

export const useKey = (u: TableUse) => `${u.module} ${u.kind} ${u.table} in ${u.file}`;

/** Uses that the allowlist does not cover (writes never are), and allowlist entries that no longer match a use. */
export function compare(uses: TableUse[], allowed: AllowedUse[]): { unlisted: TableUse[]; stale: AllowedUse[] } {
  const listed = new Set(allowed.filter((a) => a.kind !== 'write').map(useKey));
  const found = new Set(uses.map(useKey));
  return {
    unlisted: uses.filter((u) => !listed.has(useKey(u))),
    stale: allowed.filter((a) => !found.has(useKey(a))),
  };
}
