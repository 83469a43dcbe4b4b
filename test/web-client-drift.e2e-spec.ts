import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RequestMethod, Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { AppModule } from '../apps/api/src/app.module';
import { TestStack } from './support/stack';

/**
 * The web console's API client is generated from apps/web/src/api/openapi.json. These tests fail when that file
 * no longer describes the live API (every operation and every schema, compared in full: harmless reordering of keys
 * does not count), when schema.d.ts was not regenerated from it, or when the console no longer compiles against it;
 * and when an operation of the live API does not say what it answers.
 * Fix with `npm run web:api-types`, then fix whatever no longer compiles.
 */
const ROOT = path.resolve(__dirname, '..');
const WEB_API = path.join(ROOT, 'apps/web/src/api');
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

type Response = { content?: Record<string, { schema?: unknown }> };
type Operation = { responses?: Record<string, Response> };
type OpenApi = {
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown> | undefined>;
};

function outline(doc: OpenApi) {
  const operations = Object.entries(doc.paths ?? {})
    .flatMap(([p, item]) =>
      Object.keys(item)
        .filter((m) => HTTP_METHODS.includes(m))
        .map((m) => `${m.toUpperCase()} ${p}`),
    )
    .sort();
  const schemas = Object.keys(doc.components?.schemas ?? {}).sort();
  return { operations, schemas };
}

/** JSON with the keys of every object sorted: equal for documents that differ only in key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** `METHOD path` of every operation, with the operation. */
function operations(doc: OpenApi): [string, Operation][] {
  return Object.entries(doc.paths ?? {}).flatMap(([p, item]) =>
    Object.entries(item)
      .filter(([m]) => HTTP_METHODS.includes(m))
      .map(([m, op]): [string, Operation] => [`${m.toUpperCase()} ${p}`, op as Operation]),
  );
}

/** The operations and components (`schemas.NeedViewDto`, …) whose definitions differ between two documents, or exist in one only. */
function differences(a: OpenApi, b: OpenApi): string[] {
  const entries = (doc: OpenApi) =>
    new Map<string, unknown>([
      ...operations(doc),
      ...Object.entries(doc.paths ?? {}).map(([p, item]): [string, unknown] => [
        `path ${p} (parameters)`,
        Object.fromEntries(Object.entries(item).filter(([k]) => !HTTP_METHODS.includes(k))),
      ]),
      ...Object.entries(doc.components ?? {}).flatMap(([kind, group]) =>
        Object.entries(group ?? {}).map(([name, value]): [string, unknown] => [`${kind}.${name}`, value]),
      ),
    ]);
  const [left, right] = [entries(a), entries(b)];
  return [...new Set([...left.keys(), ...right.keys()])]
    .filter((key) => canonical(left.get(key)) !== canonical(right.get(key)))
    .sort();
}

/**
 * Operations that do not declare what they answer: each needs a 2xx response with a schema for every content type
 * (a file download names its content types), or 204 No Content; a 2xx without a schema next to one with it counts too.
 */
function operationsWithoutResponseSchema(doc: OpenApi): string[] {
  return operations(doc)
    .filter(([, op]) => {
      const success = Object.entries(op.responses ?? {}).filter(([status]) => /^2/.test(status));
      const described = ([status, response]: [string, Response]) =>
        status === '204' ||
        (!!response.content &&
          Object.keys(response.content).length > 0 &&
          Object.values(response.content).every((c) => !!c.schema));
      return !success.length || !success.every(described);
    })
    .map(([name]) => name)
    .sort();
}

/**
 * Each controller route with the status it answers with on success (@HttpCode, else Nest's default: 201 for POST,
 * 200 otherwise), as `METHOD /api/v1/path {param} status`.
 */
function routeStatuses(): string[] {
  const controllers: Type[] = Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, AppModule);
  const join = (...parts: string[]) =>
    `/${parts
      .flatMap((p) => p.split('/'))
      .filter(Boolean)
      .join('/')}`;
  return controllers.flatMap((controller) => {
    const base: string = Reflect.getMetadata(PATH_METADATA, controller) ?? '';
    const prototype = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor')
      .flatMap((name) => {
        const handler = prototype[name];
        if (typeof handler !== 'function') return [];
        const path: string | undefined = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) return [];
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const status: number = Reflect.getMetadata(HTTP_CODE_METADATA, handler) ?? (method === 'POST' ? 201 : 200);
        return [`${method} ${join('api/v1', base, path).replace(/:(\w+)/g, '{$1}')} ${status}`];
      });
  });
}

describe('web console client and the live OpenAPI document', () => {
  let stack: TestStack;
  let live: OpenApi;
  const committed: OpenApi = JSON.parse(readFileSync(path.join(WEB_API, 'openapi.json'), 'utf8'));

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    live = (await stack.http.get('/api/docs/openapi.json').expect(200)).body;
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('has the same operations and schema names in the committed openapi.json as the running API (run npm run web:api-types)', () => {
    expect(outline(committed)).toEqual(outline(live));
  });

  it('has every operation and component of the running API, unchanged, in the committed openapi.json (run npm run web:api-types)', () => {
    expect(differences(committed, live)).toEqual([]);
  });

  it('declares a response schema (or 204, or the content types of a file) for every operation of the running API', () => {
    expect(operations(live).length).toBeGreaterThan(100);
    expect(operationsWithoutResponseSchema(live)).toEqual([]);
  });

  it('documents, for every route, the success status the route answers with', () => {
    const routes = routeStatuses();
    expect(routes.length).toBe(operations(live).length);
    const undocumented = routes.filter((route) => {
      const [method, path, status] = route.split(' ');
      return !(live.paths?.[path]?.[method.toLowerCase()] as Operation | undefined)?.responses?.[status];
    });
    expect(undocumented).toEqual([]);
  });

  it('would name an operation without a response schema, and a changed schema', () => {
    const broken: OpenApi = JSON.parse(JSON.stringify(live));
    const needs = broken.paths!['/api/v1/needs'] as Record<string, Operation>;
    needs.get.responses = { 200: { content: { 'application/json': {} } } };
    delete needs.post.responses;
    (broken.components!.schemas!.NeedViewDto as { properties: Record<string, unknown> }).properties.title = {
      type: 'number',
    };
    expect(operationsWithoutResponseSchema(broken)).toEqual(['GET /api/v1/needs', 'POST /api/v1/needs']);
    expect(differences(live, broken)).toEqual(['GET /api/v1/needs', 'POST /api/v1/needs', 'schemas.NeedViewDto']);
  });

  it('declares the ErrorResponse body for the errors of every operation', () => {
    const errorRef = { $ref: '#/components/schemas/ErrorResponse' };
    const missing = operations(live).filter(
      ([, op]) =>
        !['4XX', '5XX'].every(
          (s) => canonical(op.responses?.[s]?.content?.['application/json']?.schema) === canonical(errorRef),
        ),
    );
    expect(missing.map(([name]) => name)).toEqual([]);
    expect(live.components?.schemas?.ErrorResponse).toMatchObject({
      required: expect.arrayContaining(['statusCode', 'code', 'message']),
    });
  });

  it('has schema.d.ts generated from the committed openapi.json', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'web-types-')), 'schema.d.ts');
    const run = spawnSync(
      path.join(ROOT, 'node_modules/.bin/openapi-typescript'),
      [path.join(WEB_API, 'openapi.json'), '-o', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toEqual(readFileSync(path.join(WEB_API, 'schema.d.ts'), 'utf8'));
  });

  it('compiles the console against the generated types', () => {
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'apps/web/tsconfig.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
