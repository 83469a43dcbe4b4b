import 'reflect-metadata';
import { SearchClient } from '@app/search';
import { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startMeilisearch } from '../scripts/stack/local-servers';
import { eventually, TestStack } from './support/stack';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Issue 17: with a master key on Meilisearch, the API searches with a search-only key and the worker keeps the indexes
 * with a key limited to this deployment's indexes; neither sends the master key, reads the key list or touches another
 * deployment's indexes. Runs its own Meilisearch started with a master key.
 */
describe('Meilisearch keys scoped per app', () => {
  const tag = `sk${Date.now().toString(36)}`;
  const masterKey = `test-master-${tag}-0123456789abcdef`;
  const dbPath = fs.mkdtempSync(path.join(os.tmpdir(), 'meili-keys-'));
  const saved = { url: process.env.MEILI_URL, key: process.env.MEILI_MASTER_KEY };
  let url: string;
  let meili: ChildProcess;
  let stack: TestStack;

  const meiliAs = (key: string, method: string, route: string, body?: unknown) =>
    fetch(`${url}${route}`, {
      method,
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    url = `http://127.0.0.1:${await freePort()}`;
    process.env.MEILI_MASTER_KEY = masterKey; // read by startMeilisearch and by the apps at boot
    meili = (await startMeilisearch(url, dbPath)).child;
    process.env.MEILI_URL = url;
    stack = await TestStack.start();
  });

  afterAll(async () => {
    await stack?.stop();
    if (meili && meili.exitCode === null)
      await new Promise((resolve) => {
        meili.once('exit', resolve);
        meili.kill('SIGTERM');
      });
    process.env.MEILI_URL = saved.url;
    if (saved.key === undefined) delete process.env.MEILI_MASTER_KEY;
    else process.env.MEILI_MASTER_KEY = saved.key;
    fs.rmSync(dbPath, { recursive: true, force: true });
  });

  const keyOf = (client: SearchClient) => client.meili.config.apiKey ?? '';

  it('indexes through the worker’s key and searches through the API’s, neither of them the master key', async () => {
    const apiKey = keyOf(stack.api.get(SearchClient));
    const workerKey = keyOf(stack.worker!.get(SearchClient));
    expect([apiKey, workerKey]).not.toContain(masterKey);
    expect(apiKey).not.toBe(workerKey);

    const coordinator = await stack.coordinator(`coord-${tag}@keys.test`, `${tag} 佛山市科协`, '440600');
    const imported = await stack.http
      .post('/api/v1/import/providers')
      .auth(coordinator.token, { type: 'bearer' })
      .send({
        items: [
          { externalId: `${tag}-1`, kind: 'expert', name: `${tag} 钟教授`, region: '佛山', keywords: ['激光焊接'] },
        ],
      });
    expect(imported.body.created).toBe(1);
    const found = await eventually(async () => {
      const res = await stack.http.get('/api/v1/search/providers').query({ q: tag });
      return res.status === 200 && res.body.total === 1 ? res.body : null;
    });
    expect(found.items[0].externalId).toBe(`${tag}-1`);
  });

  it('gives the API a key that only searches, and only this deployment’s indexes', async () => {
    const apiKey = keyOf(stack.api.get(SearchClient));
    const own = `${process.env.INDEX_PREFIX}_providers`;
    // Another deployment on the same server (made with the master key).
    await (await meiliAs(masterKey, 'POST', '/indexes', { uid: `other${tag}_needs`, primaryKey: 'id' })).json();
    await eventually(async () => (await meiliAs(masterKey, 'GET', `/indexes/other${tag}_needs`)).ok);

    expect((await meiliAs(apiKey, 'POST', `/indexes/${own}/search`, { q: tag })).status).toBe(200);
    expect(
      (await meiliAs(apiKey, 'POST', `/indexes/${own}/documents`, [{ id: 'forged', name: '伪造专家' }])).status,
    ).toBe(403);
    expect((await meiliAs(apiKey, 'DELETE', `/indexes/${own}`)).status).toBe(403);
    expect((await meiliAs(apiKey, 'GET', `/indexes/${own}/documents`)).status).toBe(403);
    expect((await meiliAs(apiKey, 'POST', `/indexes/other${tag}_needs/search`, { q: '' })).status).toBe(403);
    expect((await meiliAs(apiKey, 'GET', '/keys')).status).toBe(403);
  });

  it('gives the worker a key for this deployment’s indexes only, without the key list', async () => {
    const workerKey = keyOf(stack.worker!.get(SearchClient));
    const own = `${process.env.INDEX_PREFIX}_providers`;
    expect((await meiliAs(workerKey, 'GET', `/indexes/${own}/documents`)).status).toBe(200);
    expect((await meiliAs(workerKey, 'POST', `/indexes/other${tag}_needs/search`, { q: '' })).status).toBe(403);
    expect((await meiliAs(workerKey, 'DELETE', `/indexes/other${tag}_needs`)).status).toBe(403);
    expect((await meiliAs(workerKey, 'GET', '/keys')).status).toBe(403);
    expect(
      (await meiliAs(workerKey, 'POST', '/keys', { actions: ['*'], indexes: ['*'], expiresAt: null })).status,
    ).toBe(403);
  });

  it('signs each viewer’s visibility into the search as a tenant token, so Meilisearch itself keeps other organisations’ drafts out', async () => {
    const owner = await stack.user(`owner-${tag}@keys.test`, {
      organization: { type: 'enterprise', name: `${tag} 密钥测试企业`, regionCode: '440605' },
    });
    const draft = await stack.http
      .post('/api/v1/needs')
      .auth(owner.token, { type: 'bearer' })
      .send({
        title: `${tag} 铝合金压铸件气孔`,
        description: '压铸件气孔率偏高，希望优化模具排气与工艺参数。',
        keywords: [tag],
        region: '佛山',
      });
    expect(draft.status).toBe(201);
    await eventually(
      async () =>
        (
          await stack.http
            .get('/api/v1/search/needs')
            .query({ q: tag, status: 'draft' })
            .auth(owner.token, { type: 'bearer' })
        ).body.total === 1,
    );
    expect((await stack.http.get('/api/v1/search/needs').query({ q: tag, status: 'draft' })).body.total).toBe(0);

    // The same client the API searches with, asked with no filter at all: the token's rule still applies.
    const client = stack.api.get(SearchClient);
    const index = client.indexName('needs');
    expect((await client.forViewer('needs', 'status = "published"').index(index).search(tag)).hits).toEqual([]);
    const ownRule = `status = "published" OR organizationId IN ["${owner.organization!.id}"]`;
    expect((await client.forViewer('needs', ownRule).index(index).search(tag)).hits.map((h) => h.id)).toEqual([
      draft.body.id,
    ]);
    // A token names its index: it opens no other.
    await expect(client.forViewer('needs', null).index(client.indexName('providers')).search('')).rejects.toThrow();
  });
});
