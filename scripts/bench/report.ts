/** The benchmark's one table: printed, written as JSON per size, and rendered into docs/benchmarks.md. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

export interface Row {
  metric: string;
  value: string;
  target: string;
  met: boolean | null;
}

export function machine() {
  const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown';
  let meili = 'unknown';
  try {
    meili = JSON.parse(
      execFileSync('curl', ['-s', `${process.env.MEILI_URL ?? 'http://127.0.0.1:7719'}/version`], {
        encoding: 'utf8',
        timeout: 3000,
      }),
    ).pkgVersion;
  } catch {
    /* optional */
  }
  let pg = 'unknown';
  try {
    pg = execFileSync('psql', ['--version'], { encoding: 'utf8', timeout: 3000 }).trim();
  } catch {
    /* optional */
  }
  return {
    cpu,
    cores: os.cpus().length,
    ramGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    meilisearch: meili,
    postgres: pg,
    date: new Date().toISOString(),
  };
}

const fmt = (x: number | null | undefined, unit = '', digits = 1) =>
  x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : `${x.toFixed(digits)}${unit}`;
const meets = (ok: boolean | null) => (ok === null ? '–' : ok ? 'met' : 'MISSED');

/* eslint-disable @typescript-eslint/no-explicit-any -- reads result files of every past harness version, whose shapes differ */
export function rows(r: any): Row[] {
  const out: Row[] = [];
  const add = (metric: string, value: string, target = '–', met: boolean | null = null) =>
    out.push({ metric, value, target, met });
  const ing = r.ingest;
  if (ing) {
    add(
      'ingest: rows/s, import request → searchable',
      `${fmt(ing.rowsPerSecond, '', 0)} (${ing.rows} rows${ing.complete === false ? ' searchable when the wait ended' : ''} in ${fmt(ing.searchableSeconds, ' s')})`,
      '≥ 2 000',
      ing.rowsPerSecond >= 2000,
    );
    add(
      'ingest: rows/s through the import API alone',
      `${fmt(ing.importRowsPerSecond, '', 0)} (${fmt(ing.importSeconds, ' s')})`,
    );
  }
  for (const c of ['c1', 'c16'] as const) {
    const s = r.search?.[c];
    if (!s) continue;
    const n = c.slice(1);
    add(
      `search API p50/p95/p99 ms, concurrency ${n}`,
      `${fmt(s.api.p50, '', 2)} / ${fmt(s.api.p95, '', 2)} / ${fmt(s.api.p99, '', 2)} (${fmt(s.api.rps, ' req/s', 0)})`,
      'p95 ≤ 20 ms',
      s.api.p95 <= 20,
    );
    add(
      `raw Meilisearch p50/p95/p99 ms, concurrency ${n}`,
      `${fmt(s.meili.p50, '', 2)} / ${fmt(s.meili.p95, '', 2)} / ${fmt(s.meili.p99, '', 2)} (${fmt(s.meili.rps, ' req/s', 0)})`,
    );
    add(`search API ÷ raw Meilisearch, p50, concurrency ${n}`, `${fmt(s.ratioP50, '×', 2)}`, '≤ 2×', s.ratioP50 <= 2);
  }
  const m = r.matching;
  const latencyRow = (l: any) =>
    `${fmt(l.p50, '', 0)} / ${fmt(l.p95, '', 0)} / ${fmt(l.max, '', 0)} (${l.n} needs, ${l.withMatches} with matches${l.timedOut ? `, ${l.timedOut} not ready in 120 s` : ''})`;
  if (m?.latency)
    add(
      'matching: publish → matches ready, p50 / p95 / max ms (idle worker)',
      latencyRow(m.latency),
      'p95 ≤ 500 ms',
      m.latency.p95 <= 500,
    );
  if (m?.backlog?.duringBacklog?.n)
    add(
      'matching: publish → matches ready while a bulk import is matched, p50 / p95 / max ms',
      latencyRow(m.backlog.duringBacklog),
      'p95 ≤ 2 000 ms',
      m.backlog.duringBacklog.p95 <= 2000,
    );
  if (m?.backlog)
    add(
      'matching: initial backlog after bulk import, runs/s',
      `${fmt(m.backlog.runsPerSecond, '', 1)} (${m.backlog.done} runs in ${fmt(m.backlog.seconds, ' s')}${m.backlog.cancelled ? `, ${m.backlog.cancelled} left unmatched` : ''})`,
    );
  if (m?.backlog?.projectedSeconds)
    add(
      'matching: the whole import matched, at that rate (minutes)',
      `${fmt(m.backlog.projectedSeconds / 60, '', 1)} (${m.backlog.pendingAtStart} runs)`,
      '≤ 30 min',
      m.backlog.projectedSeconds <= 1800,
    );
  if (m?.rematch)
    add(
      'matching: full re-match, needs/s',
      `${fmt(m.rematch.needsPerSecond, '', 1)} (${m.rematch.done} of ${m.rematch.requested} needs in ${fmt(m.rematch.seconds, ' s')})`,
    );
  const t = r.throughput;
  if (t?.ping) {
    add('API: trivial endpoint GET /api/v1/ping, req/s (16 conn.)', fmt(t.ping.rps, '', 0));
    if (t.search)
      add(
        'API: listing read GET /api/v1/search/needs?q=…, req/s',
        `${fmt(t.search.rps, '', 0)} (${fmt(t.search.ratio * 100, ' %', 0)} of trivial)`,
        '≥ 50 %',
        t.search.ratio >= 0.5,
      );
    if (t.needRead)
      add(
        'API: need read GET /api/v1/needs/:id, req/s',
        `${fmt(t.needRead.rps, '', 0)} (${fmt(t.needRead.ratio * 100, ' %', 0)} of trivial)`,
        '≥ 50 %',
        t.needRead.ratio >= 0.5,
      );
  } else if (t?.note) add('API: read vs trivial endpoint', t.note, '≥ 50 %');
  const rem = r.reminders;
  if (rem?.perSecond !== undefined) {
    const outcome = `${rem.sent} sent, ${rem.cancelled} cancelled, ${rem.failed} failed${rem.pending ? `, ${rem.pending} still pending` : ''}`;
    add(
      `reminders: dispatch of ${rem.count.toLocaleString('en')} due reminders, /s`,
      `${fmt(rem.perSecond, '', 0)} (${rem.dispatched ?? rem.count} in ${fmt(rem.seconds, ' s')}; ${outcome}; ${rem.duplicates} duplicates)`,
      '≥ 2 000/s, 0 duplicates',
      rem.perSecond >= 2000 && rem.duplicates === 0 && !rem.pending,
    );
  } else add('reminders: dispatch of 100 000 due reminders', rem?.note ?? 'not measured', '≥ 2 000/s, 0 duplicates');
  const mem = r.memory ?? {};
  add('peak RSS: API', fmt(mem.api, ' MB', 0), '≤ 300 MB', mem.api ? mem.api <= 300 : null);
  add(
    'peak RSS: worker',
    fmt(mem.worker, ' MB', 0),
    '≤ 1 500 MB (full size)',
    r.size === 'full' && mem.worker ? mem.worker <= 1500 : null,
  );
  for (let i = 2; i <= (r.workers ?? 1); i++) add(`peak RSS: worker ${i}`, fmt(mem[`worker${i}`], ' MB', 0));
  if (mem.meilisearch) add('peak RSS: Meilisearch (shared server)', fmt(mem.meilisearch, ' MB', 0));
  return out;
}

export function printTable(r: any): void {
  const table = rows(r);
  const w = [
    Math.max(...table.map((x) => x.metric.length)),
    Math.max(...table.map((x) => x.value.length)),
    Math.max(...table.map((x) => x.target.length)),
  ];
  console.log(
    `\nBenchmark ${r.size}: ${r.counts.providers} providers, ${r.counts.capabilities} capabilities, ${r.counts.needs} needs${(r.workers ?? 1) > 1 ? `, ${r.workers} worker processes` : ''} · ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.ramGiB} GiB, Node ${r.machine.node}`,
  );
  for (const x of table)
    console.log(`  ${x.metric.padEnd(w[0])}  ${x.value.padEnd(w[1])}  ${x.target.padEnd(w[2])}  ${meets(x.met)}`);
  for (const n of r.notes ?? []) console.log(`  note: ${n}`);
}

const BEGIN = '<!-- bench:results:begin (written by `npm run bench`; edit outside these markers) -->';
const END = '<!-- bench:results:end -->';

function section(r: any): string {
  const lines = [
    `### ${r.size}: ${r.counts.providers.toLocaleString('en')} providers, ${r.counts.capabilities.toLocaleString('en')} capabilities, ${r.counts.needs.toLocaleString('en')} needs`,
    '',
    `Ran ${r.machine.date.slice(0, 16).replace('T', ' ')} UTC on ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.ramGiB} GiB RAM, Node ${r.machine.node}, Meilisearch ${r.machine.meilisearch}, ${r.machine.postgres}; ${fmt((r.durationSeconds ?? 0) / 60, ' min', 0)} in all. Raw figures: [benchmarks/${r.size}.json](benchmarks/${r.size}.json).`,
    ...(r.partial ? ['', `**Partial run** — ${r.partial}.`] : []),
    '',
    '| metric | measured | target | |',
    '|---|---|---|---|',
    ...rows(r).map((x) => `| ${x.metric} | ${x.value} | ${x.target} | ${meets(x.met)} |`),
  ];
  if (r.notes?.length) lines.push('', ...r.notes.map((n: string) => `- ${n}`));
  return lines.join('\n');
}

/** Writes docs/benchmarks/<size>.json and re-renders the results part of docs/benchmarks.md from every JSON there. */
export function writeDocs(root: string, r: any): void {
  const dir = path.join(root, 'docs/benchmarks');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${r.size}.json`), `${JSON.stringify(r, null, 2)}\n`);
  const results = ['full', 'demo', 'tiny']
    .filter((s) => fs.existsSync(path.join(dir, `${s}.json`)))
    .map((s) => JSON.parse(fs.readFileSync(path.join(dir, `${s}.json`), 'utf8')));
  const md = path.join(root, 'docs/benchmarks.md');
  const current = fs.existsSync(md) ? fs.readFileSync(md, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  const [head, rest] = current.includes(BEGIN) ? current.split(BEGIN) : [`${current}\n`, `\n${END}\n`];
  const tail = rest.includes(END) ? rest.slice(rest.indexOf(END) + END.length) : '\n';
  fs.writeFileSync(md, `${head}${BEGIN}\n${results.map(section).join('\n\n')}\n${END}${tail}`);
}
