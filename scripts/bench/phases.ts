/** The measured phases of `npm run bench`: ingest, search latency, matching, API throughput. */
// Not '@app/queue': its module sets up the configuration, which writes the development JWT secret into process.env.
import { NEEDS_PER_JOB, QueueName } from '@app/queue';
import { ALGORITHM_VERSION } from '@app/matching';
import { FACET_ATTRIBUTES, FACETS_OF_INDEX } from '@app/search';
import { querySegments } from '@app/text';
import { Queue } from 'bullmq';
import { Pool } from 'pg';
import { capabilityRow, needRow, providerRow, searchQueries, Size } from './generate';
import { autocannonRun, latencyRun, percentile, RequestSpec, round } from './measure';
import { sleep } from './stack';

export interface Ctx {
  api: string;
  token: string;
  meiliUrl: string;
  meiliKey?: string;
  indexPrefix: string;
  queuePrefix: string;
  redisUrl: string;
  db: Pool;
  size: Size;
  seed: number;
  batch: number;
  seconds: number;
  log: (msg: string) => void;
  /** Signs in again (access tokens live 15 minutes; a full-size load takes longer). */
  relogin: () => Promise<void>;
}

export async function call<T>(ctx: Ctx, method: string, path: string, body?: unknown, retried = false): Promise<T> {
  const payload = body ? JSON.stringify(body) : undefined;
  const res = await fetch(`${ctx.api}${path}`, {
    method,
    headers: { authorization: `Bearer ${ctx.token}`, 'content-type': 'application/json', 'accept-language': 'en' },
    body: payload,
  });
  const text = await res.text();
  if (res.status === 401 && !retried) {
    await ctx.relogin();
    return call<T>(ctx, method, path, body, true);
  }
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

const meiliHeaders = (ctx: Ctx): Record<string, string> =>
  ctx.meiliKey ? { authorization: `Bearer ${ctx.meiliKey}` } : {};

async function indexCounts(ctx: Ctx): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const kind of ['providers', 'capabilities', 'needs']) {
    const res = await fetch(`${ctx.meiliUrl}/indexes/${ctx.indexPrefix}_${kind}/stats`, { headers: meiliHeaders(ctx) });
    out[kind] = res.ok ? ((await res.json()) as { numberOfDocuments: number }).numberOfDocuments : 0;
  }
  return out;
}

interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  failed: { index: number; errors: unknown[] }[];
  warnings: unknown[];
  ids: Record<string, string>;
}

/** Waits until the outbox is empty (the seed's rows are indexed), so counting starts from a settled index. */
export async function settleOutbox(ctx: Ctx, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    const [{ n }] = (await ctx.db.query('select count(*)::int as n from outbox_events where processed_at is null'))
      .rows;
    if (n === 0) return;
    await sleep(250);
  }
  throw new Error('the outbox did not drain');
}

/** 1. Rows per second from the first import request until every row is searchable. */
export async function ingest(ctx: Ctx, timeoutMs: number) {
  const before = await indexCounts(ctx);
  const kinds = [
    { path: 'providers', n: ctx.size.providers, row: (i: number) => providerRow(ctx.seed, i) },
    {
      path: 'capabilities',
      n: ctx.size.capabilities,
      row: (i: number) => capabilityRow(ctx.seed, i, ctx.size.providers),
    },
    { path: 'needs', n: ctx.size.needs, row: (i: number) => needRow(ctx.seed, i) },
  ];
  const started = Date.now();
  const perKind: Record<string, number> = {};
  let warnings = 0;
  const retries: string[] = [];
  for (const kind of kinds) {
    const t = Date.now();
    for (let i = 0; i < kind.n; i += ctx.batch) {
      const items = Array.from({ length: Math.min(ctx.batch, kind.n - i) }, (_, k) => kind.row(i + k));
      let report: ImportReport | null = null;
      for (let attempt = 1; !report; attempt++) {
        // imports are idempotent by externalId: a failed batch is sent again
        try {
          report = await call<ImportReport>(ctx, 'POST', `/api/v1/import/${kind.path}`, { items });
        } catch (err) {
          if (attempt >= 4) throw err;
          retries.push(
            `${kind.path} rows ${i}–${i + items.length - 1}: ${(err instanceof Error ? err.message : String(err)).slice(0, 160)}`,
          );
          ctx.log(
            `  import failed, sending the batch again: ${(err instanceof Error ? err.message : String(err)).slice(0, 200)}`,
          );
          await sleep(1000 * attempt);
        }
      }
      if (report.failed.length)
        throw new Error(
          `import ${kind.path} rejected ${report.failed.length} rows, first: ${JSON.stringify(report.failed[0]).slice(0, 400)}`,
        );
      warnings += report.warnings.length;
      if ((i / ctx.batch) % 10 === 0)
        ctx.log(
          `  imported ${kind.path} ${i + items.length}/${kind.n} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
        );
    }
    perKind[kind.path] = round((Date.now() - t) / 1000);
  }
  const imported = Date.now();
  const target: Record<string, number> = {
    providers: before.providers + ctx.size.providers,
    capabilities: before.capabilities + ctx.size.capabilities,
    needs: before.needs + ctx.size.needs,
  };
  let counts = before;
  let lastLog = 0;
  let complete = true;
  while (Object.keys(target).some((k) => counts[k] < target[k])) {
    if (Date.now() - started > timeoutMs) {
      complete = false;
      break;
    } // bounded: the rate is then over what became searchable
    if (Date.now() - lastLog > 30000) {
      lastLog = Date.now();
      ctx.log(`  searchable so far ${JSON.stringify(counts)} of ${JSON.stringify(target)}`);
    }
    await sleep(250);
    counts = await indexCounts(ctx);
  }
  const searchable = Date.now();
  const rows = complete
    ? ctx.size.providers + ctx.size.capabilities + ctx.size.needs
    : Object.keys(target).reduce((a, k) => a + Math.min(counts[k], target[k]) - before[k], 0);
  return {
    rows,
    complete,
    searchableCounts: counts,
    targetCounts: target,
    warnings,
    retries,
    importSeconds: round((imported - started) / 1000),
    searchableSeconds: round((searchable - started) / 1000),
    importSecondsPerKind: perKind,
    rowsPerSecond: round(rows / ((searchable - started) / 1000), 1),
    importRowsPerSecond: round(
      (ctx.size.providers + ctx.size.capabilities + ctx.size.needs) / ((imported - started) / 1000),
      1,
    ),
  };
}

/** The exact search request the API sends for an anonymous viewer (see libs/search/src/search-query.service.ts). */
function meiliBody(q: string) {
  return {
    q: querySegments(q),
    filter: ['status = "published"'],
    page: 1,
    hitsPerPage: 20,
    facets: FACETS_OF_INDEX.needs.map((f) => FACET_ATTRIBUTES[f]),
    attributesToHighlight: ['title', 'description', 'keywords'],
    attributesToCrop: ['description'],
    cropLength: 40,
    highlightPreTag: '<mark>',
    highlightPostTag: '</mark>',
  };
}

/** 2. Search latency through the API and straight to Meilisearch, same queries, same client. */
export async function search(ctx: Ctx) {
  const queries = searchQueries(ctx.seed, 40);
  const apiSpecs: RequestSpec[] = queries.map((q) => ({
    url: `${ctx.api}/api/v1/search/needs?q=${encodeURIComponent(q)}&page=1&limit=20`,
  }));
  const meiliSpecs: RequestSpec[] = queries.map((q) => ({
    url: `${ctx.meiliUrl}/indexes/${ctx.indexPrefix}_needs/search`,
    method: 'POST',
    body: JSON.stringify(meiliBody(q)),
    headers: meiliHeaders(ctx),
  }));
  // Same query, same answer: checks that the raw request really is what the API asks.
  const viaApi = (await (await fetch(apiSpecs[0].url)).json()) as { total: number };
  const raw = (await (
    await fetch(meiliSpecs[0].url, {
      method: 'POST',
      body: meiliSpecs[0].body,
      headers: { 'content-type': 'application/json', ...meiliHeaders(ctx) },
    })
  ).json()) as { totalHits: number };
  const notes =
    viaApi.total === raw.totalHits
      ? []
      : [`API and raw Meilisearch totals differ for "${queries[0]}": ${viaApi.total} vs ${raw.totalHits}`];
  const out: Record<string, unknown> = {
    queries: queries.length,
    totals: { api: viaApi.total, meili: raw.totalHits },
    notes,
  };
  for (const c of [1, 16]) {
    const api = await latencyRun(apiSpecs, c, ctx.seconds * 1000);
    const meili = await latencyRun(meiliSpecs, c, ctx.seconds * 1000);
    out[`c${c}`] = { api, meili, ratioP50: round(api.p50 / meili.p50), ratioP95: round(api.p95 / meili.p95) };
    ctx.log(`  c=${c}: API p50 ${api.p50} ms p95 ${api.p95} ms; Meilisearch p50 ${meili.p50} ms p95 ${meili.p95} ms`);
  }
  return out;
}

const pendingCount = async (ctx: Ctx) =>
  (await ctx.db.query(`select count(*)::int as n from match_runs where status = 'pending'`)).rows[0].n as number;

/** Removes waiting matching jobs and marks what is left as done, so the next phase starts on an idle worker. */
async function cancelMatching(ctx: Ctx): Promise<number> {
  for (const name of [QueueName.Matching, QueueName.MatchingNow]) {
    const queue = new Queue(name, { connection: { url: ctx.redisUrl }, prefix: ctx.queuePrefix });
    await queue.drain(true);
    await queue.close();
  }
  // Marked as computed by the current algorithm, so that jobs the sweep queued meanwhile find nothing to do. Rows are
  // locked in subject order, as the worker's batches lock them; a deadlock with a batch still in flight is tried again.
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await ctx.db.query(
        `update match_runs set status = 'ready', algorithm_version = $1, finished_at = now()
          where id in (select id from match_runs where status = 'pending' order by subject_id for update)`,
        [ALGORITHM_VERSION],
      );
      return res.rowCount ?? 0;
    } catch (err) {
      if ((err as { code?: string }).code !== '40P01' || attempt >= 5) throw err;
      await sleep(500);
    }
  }
}

/**
 * The latency probes run while the bulk import's runs are pending use needs from this number on, so that they are
 * not the needs the idle-worker probes publish later (those would come back unchanged and ready at once).
 */
const BUSY_PROBES_FROM = 100_000;

/**
 * 3a. What bulk import leaves to match: waits (bounded) for the pending runs and reports the rate. Meanwhile `probes`
 * needs are published one at a time, a second apart, and timed to `ready` as in 3b: a need posted while the platform
 * is still matching a bulk import (its run has a queue of its own, beside the bulk jobs).
 */
export async function backlog(ctx: Ctx, limitS: number, probes = 0) {
  const start = Date.now();
  const first = await pendingCount(ctx);
  let left = first;
  let finished = false;
  const busy =
    probes && first ? matchLatency(ctx, probes, { from: BUSY_PROBES_FROM, gapMs: 1000, until: () => finished }) : null;
  while (left > 0 && Date.now() - start < limitS * 1000) {
    await sleep(1000);
    left = await pendingCount(ctx);
    if ((Date.now() - start) % 30000 < 1000) ctx.log(`  matching backlog: ${left} of ${first} runs pending`);
  }
  const seconds = (Date.now() - start) / 1000;
  finished = true;
  const duringBacklog = busy ? await busy : null;
  const cancelled = left > 0 ? await cancelMatching(ctx) : 0;
  const runsPerSecond = round((first - left) / seconds, 1);
  return {
    pendingAtStart: first,
    done: first - left,
    seconds: round(seconds),
    runsPerSecond,
    // At this rate, how long the whole backlog takes (what a coordinator waits for the last need's matches).
    projectedSeconds: runsPerSecond > 0 ? Math.round(first / runsPerSecond) : null,
    cancelled,
    duringBacklog,
  };
}

/**
 * 3b. Publish one need at a time and poll its matches until they are ready. `from` picks the generated needs,
 * `gapMs` the pause between two probes, `until` stops the probes early (those done are reported).
 */
export async function matchLatency(
  ctx: Ctx,
  n: number,
  { from = 0, gapMs = 100, until = () => false }: { from?: number; gapMs?: number; until?: () => boolean } = {},
) {
  const samples: number[] = [];
  let withMatches = 0,
    timedOut = 0;
  for (let k = 0; k < n && !until(); k++) {
    const row = needRow(ctx.seed, from + k, 'fresh');
    const t = Date.now();
    const report = await call<ImportReport>(ctx, 'POST', '/api/v1/import/needs', { items: [row] });
    const id = report.ids[row.externalId];
    for (;;) {
      const res = await call<{ status: string; items: unknown[] }>(ctx, 'GET', `/api/v1/needs/${id}/matches?limit=10`);
      if (res.status === 'ready') {
        if (res.items.length) withMatches++;
        break;
      }
      if (Date.now() - t > 120000) {
        timedOut++;
        ctx.log(`  matches of need ${id} not ready after 120 s`);
        break;
      }
      await sleep(20);
    }
    samples.push(Date.now() - t);
    await sleep(gapMs);
  }
  samples.sort((a, b) => a - b);
  return {
    n: samples.length,
    withMatches,
    timedOut,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples[samples.length - 1],
    samples,
  };
}

/** 3c. Full re-match: every need's run marked pending and queued; needs per second until all are ready (bounded). */
export async function rematch(ctx: Ctx, limitS: number) {
  const ids: string[] = (await ctx.db.query(`select id from needs where status = 'published' order by id`)).rows.map(
    (r: { id: string }) => r.id,
  );
  const queue = new Queue('matching', { connection: { url: ctx.redisUrl }, prefix: ctx.queuePrefix });
  const start = Date.now();
  await ctx.db.query(
    `update match_runs set status = 'pending', requested_at = now() where subject_type = 'need' and subject_id = any($1)`,
    [ids],
  );
  // As the product queues bulk work (queueMatchRuns): NEEDS_PER_JOB needs per job.
  for (let i = 0; i < ids.length; i += 1000 * NEEDS_PER_JOB) {
    const jobs = [];
    for (let j = i; j < Math.min(ids.length, i + 1000 * NEEDS_PER_JOB); j += NEEDS_PER_JOB)
      jobs.push(ids.slice(j, j + NEEDS_PER_JOB));
    await queue.addBulk(
      jobs.map((needIds) => ({
        name: 'matching.needs',
        data: { needIds },
        opts: { attempts: 8, removeOnComplete: { count: 1000, age: 3600 }, removeOnFail: { count: 5000 } },
      })),
    );
  }
  await queue.close();
  let left = ids.length;
  while (left > 0 && Date.now() - start < limitS * 1000) {
    await sleep(500);
    left = (
      await ctx.db.query(`select count(*)::int as n from match_runs where status = 'pending' and subject_type = 'need'`)
    ).rows[0].n;
  }
  const seconds = (Date.now() - start) / 1000;
  if (left > 0) await cancelMatching(ctx);
  return {
    requested: ids.length,
    done: ids.length - left,
    seconds: round(seconds),
    needsPerSecond: round((ids.length - left) / seconds, 1),
  };
}

/** 4. Requests per second of read endpoints against GET /api/v1/ping, same connections and duration. */
export async function throughput(ctx: Ctx) {
  const ping = await fetch(`${ctx.api}/api/v1/ping`);
  if (!ping.ok) return { note: `GET /api/v1/ping answered ${ping.status}: no trivial endpoint to compare with` };
  const pingRun = await autocannonRun(ctx.api, ['/api/v1/ping'], 16, ctx.seconds);
  const paths = searchQueries(ctx.seed + 1, 20).map(
    (q) => `/api/v1/search/needs?q=${encodeURIComponent(q)}&page=1&limit=20`,
  );
  const searchRun = await autocannonRun(ctx.api, paths, 16, ctx.seconds);
  const out: Record<string, unknown> = {
    ping: pingRun,
    search: { ...searchRun, ratio: round(searchRun.rps / pingRun.rps, 3) },
  };
  const ids: string[] = (
    await ctx.db.query(`select id from needs where status = 'published' order by id limit 50`)
  ).rows.map((r: { id: string }) => r.id);
  const probe = await fetch(`${ctx.api}/api/v1/needs/${ids[0]}`, { headers: { authorization: `Bearer ${ctx.token}` } });
  if (probe.ok) {
    const readRun = await autocannonRun(
      ctx.api,
      ids.map((id) => `/api/v1/needs/${id}`),
      16,
      ctx.seconds,
      { authorization: `Bearer ${ctx.token}` },
    );
    out.needRead = { ...readRun, ratio: round(readRun.rps / pingRun.rps, 3) };
  }
  ctx.log(
    `  ping ${pingRun.rps} req/s; search ${searchRun.rps} req/s${out.needRead ? `; need read ${(out.needRead as { rps: number }).rps} req/s` : ''}`,
  );
  return out;
}

/** Meilisearch's own account of the indexing work (profiling aid): tasks, documents and durations per index. */
export async function meiliTasks(ctx: Ctx) {
  const out: Record<string, unknown> = {};
  for (const kind of ['providers', 'capabilities', 'needs']) {
    const tasks: { duration: string; details?: { receivedDocuments?: number } }[] = [];
    for (let from: number | null = null, pages = 0; pages < 50; pages++) {
      const res = await fetch(
        `${ctx.meiliUrl}/tasks?indexUids=${ctx.indexPrefix}_${kind}&types=documentAdditionOrUpdate&statuses=succeeded&limit=1000${from !== null ? `&from=${from}` : ''}`,
        { headers: meiliHeaders(ctx) },
      );
      if (!res.ok) break;
      const page = (await res.json()) as { results: typeof tasks; next: number | null };
      tasks.push(...page.results);
      if (page.next === null) break;
      from = page.next;
    }
    const secs = tasks
      .map((t) => {
        const m = /PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?/.exec(t.duration);
        return m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : 0;
      })
      .sort((a, b) => a - b);
    const docs = tasks.reduce((a, t) => a + (t.details?.receivedDocuments ?? 0), 0);
    out[kind] = {
      tasks: tasks.length,
      documents: docs,
      seconds: round(
        secs.reduce((a, b) => a + b, 0),
        1,
      ),
      p50: round(percentile(secs, 50), 3),
      max: round(secs[secs.length - 1] ?? 0, 3),
    };
  }
  return out;
}
