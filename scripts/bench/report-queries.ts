/**
 * How long the association reports take at the reference scale, straight against PostgreSQL: builds a scratch
 * database (`mkt_reportbench…`, dropped afterwards) with 250 000 needs over Guangdong's counties, their review entries
 * in the audit log, 10 matches each, 50 000 engagements and 62 500 providers, then runs the funnel report (all its
 * queries, as the API does, in parallel) and the station year for the province, one city and one county, five times each.
 *
 *   DATABASE_URL=postgres://…/marketplace node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/bench/report-queries.ts
 *
 * Filling takes many minutes on a busy machine: with REPORT_BENCH_DB=<name> the database of that name is filled once,
 * kept, and reused as it is by later runs (drop it by hand when done).
 */
import { listRegions } from '@app/reference';
import { JurisdictionDirectory } from '@app/reminders';
import { readFileSync } from 'node:fs';
import { Client, Pool } from 'pg';
import { runPlatformMigrations } from '../../libs/platform/src';
import {
  DECLINES_BY_REASON,
  FIELD_FIGURES,
  FUNNEL_BY_REGION,
  progressTable,
  WIDE_SCOPE_REGIONS,
  REPORT_SETTINGS,
  SUPPLY_BY_FIELD,
  SUPPLY_BY_REGION,
} from '../../libs/reports/src/funnel-report.sql';
import { STATION_YEAR } from '../../libs/reports/src/station-report.sql';
import { withDatabase } from '../../test/support/test-env';

const NEEDS = 250_000;
const FIELDS = [
  'materials.battery',
  'materials.composites',
  'electronics.semiconductors',
  'agriculture.tea',
  'automation',
  'ai',
  'fisheries',
  'hardware',
  'chemical',
  'textile',
];

async function fill(db: Client, counties: string[]) {
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = Date.now();
    await db.query(sql, params);
    console.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  await db.query('begin'); // all or nothing, so that a kept database (REPORT_BENCH_DB) is never reused half-filled
  await step(
    'enterprise',
    `insert into organizations (id, type, name, region_code) values ('00000000-0000-0000-0000-000000000001', 'enterprise', '基准企业', '440604')`,
  );
  await step(
    'needs',
    `insert into needs (organization_id, status, title, region_code, fields, created_at, submitted_at, published_at)
    select '00000000-0000-0000-0000-000000000001', case when i % 10 = 0 then 'submitted' else 'published' end, '基准需求 ' || i,
           ($1::text[])[1 + i % array_length($1::text[], 1)], array[($2::text[])[1 + i % 10], ($2::text[])[1 + (i / 10) % 10]],
           t, case when i % 4 = 0 then null else t + interval '1 hour' end, case when i % 10 = 0 then null else t + interval '20 hours' end
      from generate_series(1, $3) as i, lateral (select timestamptz '2025-06-01' + (i % 540) * interval '1 day' + (i % 86400) * interval '1 second' as t) x`,
    [counties, FIELDS, NEEDS],
  );
  await step(
    'audit',
    `insert into audit_entries (action, target_type, target_id, created_at)
    select a, 'need', n.id::text, n.submitted_at + case a when 'need.submit' then interval '0' else interval '19 hours' end
      from needs n cross join (values ('need.submit'), ('need.approve')) v(a) where n.submitted_at is not null`,
  );
  await step(
    'providers',
    `insert into providers (kind, name, region_code, fields)
    select 'expert', '基准专家 ' || i, ($1::text[])[1 + i % array_length($1::text[], 1)], array[($2::text[])[1 + i % 10]] from generate_series(1, 62500) i`,
    [counties, FIELDS],
  );
  await step(
    'matches',
    `insert into matches (need_id, provider_id, score, reasons, algorithm_version, need_revision, provider_revision)
    select n.id, p.id, (hashtext(n.id::text || k::text) & 1023) / 10.23, '{}', 'bench', 1, 1
      from (select id, row_number() over () as r from needs) n cross join generate_series(1, 10) k
      join (select id, row_number() over () as r from providers) p on p.r = 1 + (n.r * 7 + k * 6151) % 62500`,
  );
  await step(
    'engagements',
    `insert into engagements (need_id, provider_id, status, origin, introduced_at, revealed_at, meeting_at, signed_at, contract_value, decline_reason_code, status_changed_at)
    select m.need_id, m.provider_id, case when r % 5 = 0 then 'completed' when r % 3 = 0 then 'closed' else 'accepted' end, 'match',
           n.published_at + interval '2 days', case when r % 3 = 0 then null else n.published_at + interval '5 days' end,
           case when r % 2 = 0 then n.published_at + interval '9 days' end, case when r % 5 = 0 then n.published_at + interval '30 days' end,
           case when r % 5 = 0 then 100000 end, case when r % 3 = 0 then 'no_capacity' end, now()
      from (select need_id, provider_id, row_number() over () as r from (select distinct on (need_id) need_id, provider_id from matches order by need_id, score desc) best) m
      join needs n on n.id = m.need_id where n.published_at is not null and m.r % 4 = 0`,
  );
  await step('analyze', 'analyze');
  await db.query('commit');
}

/**
 * CPU time (ms) a PostgreSQL backend has used, when the server runs on this machine (else null). On a machine shared with
 * other work, wall time mostly measures the neighbours; a backend's CPU time does not.
 */
function backendCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, ticks of 10 ms
  } catch {
    return null;
  }
}
const needFiguresCpu: number[] = [];

/** As FunnelReports does it: the needs' figures in one transaction, the supply beside it on other connections. */
async function funnel(pool: Pool, params: unknown[], regions: string[]) {
  const needFigures = async () => {
    const c = await pool.connect();
    try {
      const [{ pid }] = (await c.query('select pg_backend_pid() as pid')).rows;
      const before = backendCpuMs(pid);
      await c.query('begin');
      await c.query(REPORT_SETTINGS);
      await c.query(progressTable(regions.length > WIDE_SCOPE_REGIONS), params);
      for (const [sql, args] of [
        [FUNNEL_BY_REGION, []],
        [DECLINES_BY_REASON, []],
        [FIELD_FIGURES, [10, 20]],
      ] as const)
        await c.query(sql, [...args]);
      await c.query('commit');
      const after = backendCpuMs(pid);
      if (before !== null && after !== null) needFiguresCpu.push(after - before);
    } finally {
      c.release();
    }
  };
  await Promise.all([
    needFigures(),
    pool.query(SUPPLY_BY_FIELD, [regions, 10]),
    pool.query(SUPPLY_BY_REGION, [regions]),
  ]);
}

async function time(label: string, run: () => Promise<unknown>) {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = process.hrtime.bigint();
    await run();
    runs.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  runs.sort((a, b) => a - b);
  const cpu = needFiguresCpu.splice(0).sort((a, b) => a - b);
  const cpuNote =
    cpu.length === 5
      ? `; the needs' figures took ${cpu[2]} ms of PostgreSQL CPU (median; parallel workers not counted)`
      : '';
  console.log(`  ${label}: median ${runs[2].toFixed(0)} ms, worst ${runs[4].toFixed(0)} ms${cpuNote}`);
}

async function main() {
  const base = process.env.DATABASE_URL!;
  const kept = process.env.REPORT_BENCH_DB;
  const name = kept ?? `mkt_reportbench${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  admin.on('error', () => undefined);
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (!exists) await admin.query(`create database "${name}"`);
  const url = withDatabase(base, name);
  try {
    await runPlatformMigrations(url);
    const db = new Client({ connectionString: url });
    await db.connect();
    const counties = listRegions({ level: 'county' })
      .filter((r) => r.code.startsWith('44'))
      .map((r) => r.code);
    const filled = (await db.query('select 1 from needs limit 1')).rowCount === 1;
    if (filled) console.log(`Reusing ${name} as it is`);
    else {
      console.log(`Filling ${name}: ${NEEDS} needs over ${counties.length} counties of Guangdong`);
      await fill(db, counties);
    }
    await db.end();
    const pool = new Pool({ connectionString: url, max: 4 });
    pool.on('error', () => undefined); // idle connections are terminated when the scratch database is dropped
    const period = [new Date('2025-12-31T16:00:00Z'), new Date('2026-12-31T16:00:00Z')];
    for (const [label, region] of [
      ['province 440000', '440000'],
      ['city 440600', '440600'],
      ['county 440604', '440604'],
    ]) {
      const regions = JurisdictionDirectory.regionsWithin(region);
      const cohort = [regions, ...period];
      await time(`funnel report, ${label}`, () => funnel(pool, [...cohort, 50], regions));
      await time(`station year, ${label}`, () => pool.query(STATION_YEAR, cohort));
    }
    await pool.end();
  } finally {
    for (let attempt = 1; !kept; attempt++) {
      // An autovacuum worker (the server's, not ours to end) may still be analysing the new tables: wait for it.
      const dropped = await admin.query(`drop database if exists "${name}" with (force)`).then(
        () => true,
        (err: unknown) => {
          if (attempt >= 60) throw err;
          return false;
        },
      );
      if (dropped) break;
      await new Promise((r) => setTimeout(r, 2000));
    }
    await admin.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
