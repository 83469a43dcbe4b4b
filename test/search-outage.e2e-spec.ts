import { IndexCheck, SearchClient } from '@app/search';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT, startMeilisearch } from '../scripts/stack/local-servers';
import { ownDatabase } from './support/own-database';
import { TestStack } from './support/stack';

type Hit = { id: string };

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

function killed(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Runs `npm run search:<command>` against this test's database and Meilisearch; resolves with its exit code and output. */
function searchAdmin(command: 'check' | 'reindex'): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', `search:${command}`], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('a Meilisearch outage: writes go on, search answers 503, and the index catches up by itself', () => {
  const tag = `so${Date.now().toString(36)}`;
  const dbPath = fs.mkdtempSync(path.join(os.tmpdir(), 'meili-outage-'));
  const savedUrl = process.env.MEILI_URL;
  const savedDatabase = process.env.DATABASE_URL;
  let database: Awaited<ReturnType<typeof ownDatabase>>;
  let url: string;
  let meili: ChildProcess;
  let stack: TestStack;
  let owner: string;
  let coordinator: string;
  const written: string[] = [];

  beforeAll(async () => {
    url = `http://127.0.0.1:${await freePort()}`;
    meili = (await startMeilisearch(url, dbPath)).child;
    process.env.MEILI_URL = url; // this test's own Meilisearch, which it stops and starts
    database = await ownDatabase('outage'); // and its own database, so the index check sees only this test's rows
    process.env.DATABASE_URL = database.url;
    stack = await TestStack.start();
    owner = (
      await stack.user(`owner-${tag}@jiangmen.test`, {
        organization: { type: 'enterprise', name: `${tag} 江门摩托配件厂`, regionCode: '440700' },
      })
    ).token;
    coordinator = (await stack.coordinator(`coord-${tag}@gdast.test`, `${tag} 广东省科协`, '440000')).token;
  });

  afterAll(async () => {
    await stack?.stop();
    if (meili) await killed(meili, 'SIGTERM');
    process.env.MEILI_URL = savedUrl;
    process.env.DATABASE_URL = savedDatabase;
    await database?.drop();
    fs.rmSync(dbPath, { recursive: true, force: true });
  });

  const publishNeed = async (i: number) => {
    const auth = (req: import('supertest').Test, token: string) => req.auth(token, { type: 'bearer' });
    const created = await auth(stack.http.post('/api/v1/needs'), owner).send({
      title: `摩托车铝合金轮毂铸造缺陷 第${i}批`,
      description: '低压铸造轮毂气孔率偏高，希望优化模具温度场与工艺参数。',
      keywords: [tag, '低压铸造'],
      region: '江门',
    });
    expect(created.status).toBe(201);
    expect((await auth(stack.http.post(`/api/v1/needs/${created.body.id}/submit`), owner)).status).toBe(200);
    expect((await auth(stack.http.post(`/api/v1/needs/${created.body.id}/approve`), coordinator)).status).toBe(200);
    written.push(created.body.id);
  };
  const searchIds = async () => {
    const res = await stack.http.get(`/api/v1/search/needs?q=${tag}&limit=100`);
    return res.status === 200 ? (res.body.items as Hit[]).map((h) => h.id) : null;
  };
  const pendingOutbox = async () =>
    (await stack.db.query('select count(*)::int as n from outbox_events where processed_at is null'))[0].n as number;

  it('indexes listings while Meilisearch runs', async () => {
    await publishNeed(0);
    await stack.settle(); // the first drain creates the indexes
    expect(await searchIds()).toContain(written[0]);
  });

  it('keeps accepting writes when Meilisearch is killed mid-way, and search answers 503 SEARCH_UNAVAILABLE', async () => {
    for (let i = 1; i <= 8; i++) {
      if (i === 4) await killed(meili, 'SIGKILL');
      await publishNeed(i);
    }
    const imported = await stack.http
      .post('/api/v1/import/needs')
      .auth(coordinator, { type: 'bearer' })
      .send({
        items: [
          {
            externalId: `${tag}-import`,
            title: '轮毂涂装前处理无磷化改造',
            description: '寻求无磷转化膜工艺。',
            keywords: [tag],
            region: '江门',
            organizationName: `${tag} 江门摩托配件厂`,
          },
        ],
      });
    expect(imported.body).toMatchObject({ created: 1, failed: [] });
    written.push(imported.body.ids[`${tag}-import`]);

    const zh = await stack.http.get(`/api/v1/search/needs?q=${tag}`);
    expect(zh.status).toBe(503);
    expect(zh.body).toMatchObject({ code: 'SEARCH_UNAVAILABLE', message: expect.stringContaining('数据已安全保存') });
    const en = await stack.http.get('/api/v1/search/capabilities?q=anything').set('Accept-Language', 'en');
    expect(en.status).toBe(503);
    expect(en.body.message).toBe('Search is temporarily unavailable; please retry shortly (your data is saved)');
    expect((await stack.http.get(`/api/v1/needs/${written[6]}`)).body.status).toBe('published');
    expect(await pendingOutbox()).toBeGreaterThan(0);
  });

  it('catches up without any manual step once Meilisearch is back: nothing written during the outage is lost', async () => {
    meili = (await startMeilisearch(url, dbPath)).child; // the same data directory, as after a crash
    await stack.settle(); // the sweeps' drains, retried until Meilisearch answers, then the match runs
    expect(await searchIds()).toEqual(expect.arrayContaining(written));
    expect(written).toHaveLength(10);
    expect(await pendingOutbox()).toBe(0);
  });

  it('search:check names a record missing from the index, and search:reindex rebuilds every index from PostgreSQL', async () => {
    const client = stack.api.get(SearchClient);
    await client.index('needs').deleteDocument(written[0]).waitTask();
    const check = await searchAdmin('check');
    expect(check.code).toBe(1);
    expect(check.output).toMatch(new RegExp(`missing\\s+${written[0]}`));

    const reindex = await searchAdmin('reindex');
    expect(reindex.output).toContain('Reindexed every index from PostgreSQL');
    expect(reindex.code).toBe(0);
    expect((await stack.api.get(IndexCheck).check()).differences).toEqual([]);
    expect(await searchIds()).toEqual(expect.arrayContaining(written));
  }, 240000); // two command-line runs, each booting TypeScript
});
