import { JobDispatcher, QueueName } from '@app/queue';
import { IndexCheck, SearchClient } from '@app/search';
import { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startMeilisearch } from '../scripts/stack/local-servers';
import { isolatedRun } from './support/isolated-run';
import { ownDatabase } from './support/own-database';
import { freePort } from './support/private-postgres';
import { waitUntil } from './support/settle';
import { TestStack } from './support/stack';
import { WorkerProcess } from './support/worker-process';

const ROWS = 5000;

function killed(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * Meilisearch SIGKILLed while a coordinator's bulk import of 5 000 needs is being written and indexed: the import
 * succeeds whole (PostgreSQL is the truth, each chunk's index changes sit in the outbox), search answers 503 with its
 * code meanwhile, and once Meilisearch is back the index catches up without anyone stepping in, until the index check
 * (what `npm run search:check` runs) finds no difference.
 */
describe('Meilisearch killed during a bulk import of 5 000 rows', () => {
  const tag = `mk${Date.now().toString(36)}`;
  const dbPath = fs.mkdtempSync(path.join(os.tmpdir(), 'meili-bulk-'));
  const savedUrl = process.env.MEILI_URL;
  let database: Awaited<ReturnType<typeof ownDatabase>>;
  let run: ReturnType<typeof isolatedRun>;
  let url: string;
  let meili: ChildProcess;
  let stack: TestStack;
  let worker: WorkerProcess;

  beforeAll(async () => {
    url = `http://127.0.0.1:${await freePort()}`;
    meili = (await startMeilisearch(url, dbPath)).child;
    process.env.MEILI_URL = url; // this test's own Meilisearch, which it kills and starts again
    database = await ownDatabase('meilikill'); // its own rows only, so the index check compares just them
    run = isolatedRun('mk', database.url);
    stack = await TestStack.start({ worker: false }); // the API here; the worker in its own process, as deployed
    worker = WorkerProcess.start();
    const indexing = stack.api.get(JobDispatcher).queue(QueueName.SearchSync);
    await waitUntil(async () => (await indexing.getWorkersCount()) > 0, 100);
  });

  afterAll(async () => {
    await worker?.stop();
    await stack?.stop();
    if (meili) await killed(meili, 'SIGTERM');
    await run?.restore();
    process.env.MEILI_URL = savedUrl;
    await database?.drop();
    fs.rmSync(dbPath, { recursive: true, force: true });
  });

  it('imports every row, answers 503 SEARCH_UNAVAILABLE meanwhile, and the index catches up by itself', async () => {
    const coordinator = await stack.coordinator(`coord-${tag}@bulk.test`, `${tag} 江门市科协`, '440700');
    await stack.settle(); // the first drain creates the indexes while Meilisearch runs
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      externalId: `${tag}-${i}`,
      title: `铝合金压铸件气孔缺陷分析 第${i}项`,
      description: '压铸件内部气孔导致气密性不合格，寻求工艺参数优化与真空压铸方案。',
      keywords: [tag, '压铸', i % 2 ? '真空压铸' : '气孔'],
      region: '江门',
      organizationName: `${tag} 江门压铸厂 ${i % 40}`,
    }));
    let finished = false;
    const importing = stack.http
      .post('/api/v1/import/needs')
      .auth(coordinator.token, { type: 'bearer' })
      .send({ items: rows })
      .then((res) => {
        finished = true;
        return res;
      });

    // The import commits 500 rows at a time; once the first chunk is written, ask the worker for a drain so that
    // indexing is under way too, and kill Meilisearch as soon as it has been sent some of the import's documents.
    const written = async () =>
      (await stack.db.query(`select count(*)::int as n from needs where external_id like $1`, [`${tag}-%`]))[0]
        .n as number;
    const needsIndex = stack.api.get(SearchClient).indexName('needs');
    const documentsSent = async () => {
      const res = await fetch(`${url}/tasks?indexUids=${needsIndex}&types=documentAdditionOrUpdate&limit=1`);
      return ((await res.json()) as { results: unknown[] }).results.length > 0;
    };
    await waitUntil(async () => finished || (await written()) > 0, 20);
    await stack.api.get(JobDispatcher).enqueue('search.drain', {});
    await waitUntil(async () => finished || (await documentsSent()), 20);
    const killedWhileImporting = !finished;
    await killed(meili, 'SIGKILL');

    const search = await stack.http.get(`/api/v1/search/needs?q=${tag}`);
    expect(search.status).toBe(503);
    expect(search.body).toMatchObject({ code: 'SEARCH_UNAVAILABLE' });
    const en = await stack.http.get(`/api/v1/search/needs?q=${tag}`).set('Accept-Language', 'en');
    expect(en.status).toBe(503);
    expect(en.body).toMatchObject({
      code: 'SEARCH_UNAVAILABLE',
      message: expect.stringContaining('your data is saved'),
    });

    const imported = await importing;
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ created: ROWS, failed: [] });
    expect(await written()).toBe(ROWS);
    const stillPending = await stack.db.query(
      `select count(*)::int as n from outbox_events where processed_at is null`,
    );
    expect(stillPending[0].n).toBeGreaterThan(0); // the index is behind PostgreSQL while Meilisearch is down
    console.log(
      `Meilisearch was killed ${killedWhileImporting ? 'while the import was still writing, with its first documents sent' : 'after the import returned, while indexing it'}`,
    );

    meili = (await startMeilisearch(url, dbPath)).child; // the same data directory, as after a crash
    await stack.settle(); // nothing but the platform's own sweeps and drains brings the index up to date
    const check = await stack.api.get(IndexCheck).check();
    expect(check.differences).toEqual([]);
    expect(check.counts.needs).toEqual({ database: ROWS, index: ROWS });
    const found = await stack.http.get(`/api/v1/search/needs?q=${tag}&limit=1`);
    expect(found.status).toBe(200);
    expect(found.body.total).toBeGreaterThan(0);
  }, 600000);
});
