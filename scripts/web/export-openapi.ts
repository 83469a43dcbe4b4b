import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * Boots the API in this process (the servers must be running), reads the OpenAPI document it serves and
 * writes it to apps/web/src/api/openapi.json, from which `openapi-typescript` generates the console's types.
 * Usage: npm run web:api-types (export + generate).
 */
export const OPENAPI_FILE = path.resolve(__dirname, '../../apps/web/src/api/openapi.json');

export async function fetchLiveDocument(): Promise<Record<string, unknown>> {
  process.env.LOG_LEVEL ??= 'warn';
  const { createApp } = await import('../../apps/api/src/create-app'); // after LOG_LEVEL: the logger reads it on load
  const app = await createApp();
  await app.listen(0, '127.0.0.1');
  try {
    const { port } = app.getHttpServer().address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/api/docs/openapi.json`);
    if (!res.ok) throw new Error(`GET /api/docs/openapi.json answered ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

async function main() {
  const document = await fetchLiveDocument();
  writeFileSync(OPENAPI_FILE, `${JSON.stringify(document, null, 2)}\n`);
  const paths = Object.keys(document.paths ?? {}).length;
  console.log(`Wrote ${path.relative(process.cwd(), OPENAPI_FILE)} (${paths} paths)`);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
