import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestStack } from './support/stack';

/**
 * The web console's API client is generated from apps/web/src/api/openapi.json. These tests fail when that file
 * no longer describes the live API (paths, methods, schema names: harmless reordering does not count), when
 * schema.d.ts was not regenerated from it, or when the console no longer compiles against it.
 * Fix with `npm run web:api-types`, then fix whatever no longer compiles.
 */
const ROOT = path.resolve(__dirname, '..');
const WEB_API = path.join(ROOT, 'apps/web/src/api');
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

type OpenApi = { paths?: Record<string, Record<string, unknown>>; components?: { schemas?: Record<string, unknown> } };

function outline(doc: OpenApi) {
  const operations = Object.entries(doc.paths ?? {})
    .flatMap(([p, item]) => Object.keys(item).filter((m) => HTTP_METHODS.includes(m)).map((m) => `${m.toUpperCase()} ${p}`))
    .sort();
  const schemas = Object.keys(doc.components?.schemas ?? {}).sort();
  return { operations, schemas };
}

describe('web console client and the live OpenAPI document', () => {
  let stack: TestStack;
  let live: OpenApi;
  const committed: OpenApi = JSON.parse(readFileSync(path.join(WEB_API, 'openapi.json'), 'utf8'));

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    live = (await stack.http.get('/api/docs/openapi.json').expect(200)).body;
  });
  afterAll(async () => { await stack.stop(); });

  it('has the same operations and schema names in the committed openapi.json as the running API (run npm run web:api-types)', () => {
    expect(outline(committed)).toEqual(outline(live));
  });

  it('has schema.d.ts generated from the committed openapi.json', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'web-types-')), 'schema.d.ts');
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/openapi-typescript'), [path.join(WEB_API, 'openapi.json'), '-o', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toEqual(readFileSync(path.join(WEB_API, 'schema.d.ts'), 'utf8'));
  });

  it('compiles the console against the generated types', () => {
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'apps/web/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
