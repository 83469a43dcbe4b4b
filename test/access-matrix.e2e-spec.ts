import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TestStack } from './support/stack';
import { MatrixEntry, MatrixFile, MatrixWorld, Role, ROLES, SetupHook, Target } from './access-matrix/types';
import { buildWorld } from './access-matrix/world';

/** Every `test/access-matrix/*.matrix.ts`, so that each engineer keeps the entries of their own endpoints. */
function loadMatrix(): { entries: (MatrixEntry & { file: string })[]; setups: Record<string, SetupHook> } {
  const dir = join(__dirname, 'access-matrix');
  const entries: (MatrixEntry & { file: string })[] = [];
  const setups: Record<string, SetupHook> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.matrix.ts'))
    .sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the matrix files are found at run time, before describe()
    const loaded = require(join(dir, file)) as Partial<MatrixFile>;
    if (!Array.isArray(loaded.entries)) throw new Error(`${file} must export entries: MatrixEntry[]`);
    entries.push(...loaded.entries.map((e) => ({ ...e, file })));
    for (const [name, hook] of Object.entries(loaded.setups ?? {})) {
      if (setups[name]) throw new Error(`setup hook "${name}" is defined twice (again in ${file})`);
      setups[name] = hook;
    }
  }
  return { entries, setups };
}

const MIRROR: Record<Role, Role> = {
  anonymous: 'anonymous',
  admin: 'admin',
  member: 'otherMember',
  otherMember: 'member',
  coordinator: 'foreignCoordinator',
  foreignCoordinator: 'coordinator',
};
const routeOf = (e: Pick<MatrixEntry, 'method' | 'path'>) => `${e.method} ${e.path}`;
const targetOf = (e: MatrixEntry): Target => e.target ?? (e.path.includes('{') ? 'own' : 'none');
const singular = (segment: string) => segment.replace(/ies$/, 'y').replace(/s$/, '');

type Run = { target: Target; expect: Partial<Record<Role, number>>; label: string };
/** The runs of an entry: as written, and for an 'own' entry the same against the foreign side with the roles mirrored. */
function runsOf(entry: MatrixEntry): Run[] {
  const target = targetOf(entry);
  const runs: Run[] = [{ target, expect: entry.expect, label: target }];
  if (target === 'own') {
    const mirrored = Object.fromEntries(
      Object.entries(entry.expect).map(([role, status]) => [MIRROR[role as Role], status]),
    );
    runs.push({ target: 'foreign', expect: mirrored, label: 'foreign, roles mirrored' });
  }
  return runs;
}

/** A readable, unique title per entry: route, what fills it, and its file. */
function titled(list: (MatrixEntry & { file: string })[]): [string, MatrixEntry][] {
  const seen = new Map<string, number>();
  return list.map((e) => {
    const parts = [
      routeOf(e),
      e.target === 'foreign' ? '[foreign]' : '',
      e.setup ? `[${e.setup}]` : '',
      e.params ? JSON.stringify(e.params) : '',
      e.query ? JSON.stringify(e.query) : '',
    ];
    const base = `${parts.filter(Boolean).join(' ')} (${e.file})`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [n > 1 ? `${base} #${n}` : base, e];
  });
}

const { entries, setups } = loadMatrix();

describe('access matrix: every endpoint, every role, own and foreign records', () => {
  let stack: TestStack;
  let world: MatrixWorld;
  let callCount = 0;
  const runTag = `am${Date.now().toString(36)}`;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    world = await buildWorld(stack, runTag);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('has entries for every route of the OpenAPI document, covering every role, and none for routes that do not exist', async () => {
    const doc = (await stack.http.get('/api/docs/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const problems: string[] = [];
    for (const route of routes) {
      const own = entries.filter((e) => routeOf(e) === route);
      if (!own.length) {
        problems.push(`${route}: no entry in test/access-matrix/*.matrix.ts`);
        continue;
      }
      const covered = new Set(own.flatMap((e) => Object.keys(e.expect)));
      const missing = ROLES.filter((r) => !covered.has(r));
      if (missing.length) problems.push(`${route}: no expectation for ${missing.join(', ')}`);
    }
    for (const e of entries)
      if (!routes.includes(routeOf(e))) problems.push(`${routeOf(e)} (${e.file}): not a route of the API`);
    for (const e of entries)
      if (e.setup && !setups[e.setup]) problems.push(`${routeOf(e)} (${e.file}): unknown setup hook "${e.setup}"`);
    expect(problems).toEqual([]);
    expect(routes.length).toBeGreaterThan(40);
  });

  describe.each(titled(entries))('%s', (_, entry) => {
    it('answers each role with the expected status', async () => {
      // Roles are independent callers, so their calls run concurrently; setup hooks give each call its own fresh records.
      const planned = runsOf(entry).flatMap((run) =>
        ROLES.filter((r) => run.expect[r] !== undefined).map((role) => ({ run, role })),
      );
      const outcomes = await Promise.all(
        planned.map(async ({ run, role }) => {
          const status = await call(entry, run.target, role);
          return status.code === run.expect[role]
            ? null
            : `[${run.label}] ${role}: expected ${run.expect[role]}, got ${status.code} ${status.detail}`.trim();
        }),
      );
      const mismatches = outcomes.filter((o): o is string => !!o);
      expect(entry.note && mismatches.length ? [`note: ${entry.note}`, ...mismatches] : mismatches).toEqual([]);
    });
  });

  it('keeps a 茂名 enterprise’s draft out of the search results of 佛山市科协, and shows it to 茂名市科协', async () => {
    const drafts = (role: 'coordinator' | 'foreignCoordinator') =>
      stack.http
        .get('/api/v1/search/needs')
        .query({ q: '矩阵草稿需求', status: 'draft', limit: 50 })
        .auth(world.accounts[role].token, { type: 'bearer' })
        .then((r) => (r.body.items as { id: string }[]).map((i) => i.id));
    // world.ts drained the outbox in this process and waited for Meilisearch's tasks: the drafts are in the index.
    const foshan = await drafts('coordinator');
    expect(foshan).toContain(world.records.own.need);
    expect(foshan).not.toContain(world.records.foreign.need);
    const maoming = await drafts('foreignCoordinator');
    expect(maoming).toContain(world.records.foreign.need);
    expect(maoming).not.toContain(world.records.own.need);
  });

  async function call(entry: MatrixEntry, target: Target, role: Role): Promise<{ code: number; detail: string }> {
    const account = role === 'anonymous' ? null : world.accounts[role];
    const prepared = entry.setup
      ? await setups[entry.setup]({ world, role, target, account, unique: `${runTag}-${++callCount}` })
      : {};
    let req = stack.http[entry.method.toLowerCase() as 'get'](fillPath(entry, target, prepared.params ?? {})).query(
      prepared.query ?? entry.query ?? {},
    );
    if (account) req = req.auth(account.token, { type: 'bearer' });
    const body = prepared.body ?? entry.body;
    const res = await (body === undefined ? req : req.send(body as object));
    return { code: res.status, detail: `${res.body?.code ?? ''} ${res.body?.message ?? ''}` };
  }

  it('has left the sensitive actions of the walk in the audit log, readable by admins through the API', async () => {
    const admin = world.accounts.admin.token;
    const actionsOf = async (role: Exclude<Role, 'anonymous'>, action: string) => {
      const res = await stack.http
        .get('/api/v1/audit')
        .query({ actorId: world.accounts[role].userId, action, limit: 100 })
        .auth(admin, { type: 'bearer' });
      return res.body.items as { action: string; before: unknown; after: unknown }[];
    };
    expect((await actionsOf('member', 'auth.login')).length).toBeGreaterThan(0);
    expect((await actionsOf('member', 'auth.password-changed')).length).toBe(1);
    const roleChanges = await actionsOf('member', 'membership.role-changed');
    expect(roleChanges[0]).toMatchObject({ before: { role: 'member' }, after: { role: 'admin' } });
    expect((await actionsOf('otherMember', 'membership.removed')).length).toBeGreaterThan(0);
    expect((await actionsOf('coordinator', 'organization.created-on-behalf')).length).toBeGreaterThan(0);
    expect((await actionsOf('foreignCoordinator', 'user.created-on-behalf')).length).toBeGreaterThan(0);
    expect((await actionsOf('admin', 'invitation.*')).map((e) => e.action)).toEqual(
      expect.arrayContaining(['invitation.created', 'invitation.revoked']),
    );
  });

  /** Fills {param}s from the setup hook, the entry's record names, or the record named after the preceding segment. */
  function fillPath(entry: MatrixEntry, target: Target, given: Record<string, string>): string {
    const records = target === 'none' ? {} : world.records[target];
    return entry.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (given[name]) return given[name];
      const segments = entry.path.split('/');
      const recordName = entry.params?.[name] ?? singular(segments[segments.indexOf(`{${name}}`) - 1]);
      const id = (records as Record<string, string>)[recordName];
      if (!id)
        throw new Error(
          `${routeOf(entry)}: no "${recordName}" record for {${name}} on the ${target} side; name one in params or use a setup hook`,
        );
      return id;
    });
  }
});
