import 'reflect-metadata';
import fc from 'fast-check';
import { forgetSignInAttempts } from './support/sign-in-attempts';
import { TestStack } from './support/stack';

/**
 * Issue 17: every write endpoint of the OpenAPI document, called by anonymous users, an enterprise member, a
 * coordinator and an admin with random and malicious payloads (wrong types, huge strings, NUL and lone surrogates, deep
 * nesting, prototype-pollution keys, SQL and Meilisearch filter syntax), answers below 500; a 400 names its fields;
 * a rejected request writes nothing; and nothing pollutes Object.prototype of the API's process.
 */
type Role = 'anonymous' | 'member' | 'coordinator' | 'admin';
interface Operation {
  method: 'post' | 'put' | 'patch' | 'delete';
  path: string;
  bodyKeys: string[];
}

const RUNS = 400;
/** The tables a request could write; the audit log is left out (a refused sign-in is rightly audited). */
const WRITTEN_TABLES = [
  'users',
  'organizations',
  'memberships',
  'invitations',
  'needs',
  'capabilities',
  'providers',
  'publications',
  'listing_revisions',
  'engagements',
  'engagement_events',
  'match_overrides',
  'match_labels',
  'notifications',
  'refresh_tokens',
  'workstation_experts',
];

const MALICIOUS_TEXT = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  "' or 1=1 --",
  "'); drop table needs; --",
  '1; select pg_sleep(0)',
  'status = published OR organizationId EXISTS',
  '_geoRadius(0, 0, 1)',
  'title IN ["a", "b"] AND NOT status = draft',
  '__proto__',
  'constructor',
  '{{7*7}}',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '%00',
  '\u202e',
  '😀'.repeat(3),
];

const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...MALICIOUS_TEXT),
  fc.integer({ min: 1, max: 5 }).map((n) => '长'.repeat(10 ** n)),
);
const { value: hostileValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype')),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
}));
const deeplyNested = fc.integer({ min: 30, max: 300 }).map((depth) => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
});
const pollution = fc.constantFrom(
  '{"__proto__": {"isAdmin": true, "polluted": 1}}',
  '{"constructor": {"prototype": {"polluted": 1}}}',
  '{"items": [{"__proto__": {"polluted": 1}, "externalId": "x"}]}',
);

function bodyFor(op: Operation): fc.Arbitrary<string> {
  const shaped = op.bodyKeys.length
    ? fc
        .record(Object.fromEntries(op.bodyKeys.map((k) => [k, hostileValue])), { requiredKeys: [] })
        .map((b) => JSON.stringify(b))
    : fc.constant('{}');
  return fc.oneof(
    shaped,
    shaped,
    hostileValue.map((v) => JSON.stringify(v) ?? 'null'),
    deeplyNested.map((v) => JSON.stringify(v)),
    pollution,
  );
}

describe('fuzzing every write endpoint with hostile payloads', () => {
  let stack: TestStack;
  const tag = `fz${Date.now().toString(36)}`;
  const tokens: Record<Role, string | null> = { anonymous: null, member: null, coordinator: null, admin: null };
  let operations: Operation[] = [];
  let pathValues: string[] = [];

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    const member = await stack.user(`member-${tag}@fuzz.test`, {
      organization: { type: 'enterprise', name: `${tag} 中山灯饰厂`, regionCode: '442000' },
    });
    const coordinator = await stack.coordinator(`coord-${tag}@fuzz.test`, `${tag} 中山市科协`, '442000');
    const admin = await stack.user(`admin-${tag}@fuzz.test`, { admin: true });
    Object.assign(tokens, { member: member.token, coordinator: coordinator.token, admin: admin.token });
    const draft = await stack.http
      .post('/api/v1/needs')
      .auth(member.token, { type: 'bearer' })
      .send({ title: 'LED 散热结构优化', description: '灯具散热不足。' });
    const imported = await stack.http
      .post('/api/v1/import/providers')
      .auth(coordinator.token, { type: 'bearer' })
      .send({ items: [{ externalId: `${tag}-p`, kind: 'expert', name: '林工', region: '中山' }] });
    pathValues = [
      draft.body.id,
      imported.body.ids[`${tag}-p`],
      member.organization!.id,
      coordinator.organization!.id,
      member.user.id,
      '00000000-0000-0000-0000-000000000000',
      'not-a-uuid',
      "1' or '1'='1",
      '..',
      'a\u0000b',
      '\ud800',
      'x'.repeat(5000),
    ];
    const doc = (await stack.http.get('/api/docs/openapi.json')).body;
    operations = writeOperations(doc);
  });
  afterAll(async () => {
    await forgetSignInAttempts(stack); // the fuzzed sign-ins counted against 127.0.0.1, where later files sign in too
    await stack?.stop();
  });

  const rowCounts = async () =>
    (
      await stack.db.query(
        `select ${WRITTEN_TABLES.map((t) => `(select count(*)::int from "${t}") as "${t}"`).join(', ')}`,
      )
    )[0];

  it('finds the write endpoints in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(operations.map((o) => `${o.method} ${o.path}`)).toEqual(
      expect.arrayContaining(['post /api/v1/needs', 'post /api/v1/import/needs', 'post /api/v1/auth/login']),
    );
  });

  it('answers below 500, names the fields of a 400, writes nothing when it refuses, and keeps Object.prototype clean', async () => {
    const call = fc
      .record({
        op: fc.constantFrom(...operations),
        role: fc.constantFrom<Role>('anonymous', 'member', 'coordinator', 'admin'),
        params: fc.array(fc.oneof(fc.constantFrom(...pathValues), hostileText), { minLength: 3, maxLength: 3 }),
      })
      .chain((c) => bodyFor(c.op).map((body) => ({ ...c, body })));

    await fc.assert(
      fc.asyncProperty(call, async ({ op, role, params, body }) => {
        let k = 0;
        const path = op.path.replace(/\{[^}]+\}/g, () => pathSegment(params[k++ % params.length]));
        const before = await rowCounts();
        const req = stack.http[op.method](path).set('content-type', 'application/json').set('accept-language', 'en');
        const res = await (tokens[role] ? req.auth(tokens[role], { type: 'bearer' }) : req).send(body);
        const what = `${op.method.toUpperCase()} ${path.slice(0, 200)} as ${role} with ${body.slice(0, 300)} -> ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
        if (res.status >= 500) throw new Error(`server error: ${what}`);
        if (
          res.status === 400 &&
          !(
            Array.isArray(res.body.errors) &&
            res.body.errors.length &&
            res.body.errors.every((e: { field?: string }) => !!e.field)
          )
        ) {
          throw new Error(`a 400 without field errors: ${what}`);
        }
        if (res.status >= 400) expect({ what, counts: await rowCounts() }).toEqual({ what, counts: before });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});

/** A path parameter as sent: percent-encoded, and a lone surrogate as the malformed UTF-8 bytes a hostile client would send. */
function pathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return `${encodeURIComponent(value.replace(/[\ud800-\udfff]/g, ''))}%ED%A0%80`;
  }
}

function writeOperations(doc: {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }>>;
  components: { schemas: Record<string, { properties?: object }> };
}): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => {
        const ref = op.requestBody?.content?.['application/json']?.schema?.$ref;
        const schema = ref ? doc.components.schemas[ref.split('/').pop()!] : undefined;
        return { method: method as Operation['method'], path, bodyKeys: Object.keys(schema?.properties ?? {}) };
      }),
  );
}
