/**
 * Saved-search alerts at the reference scale: builds a scratch database (`mkt_alertbench…`, dropped afterwards) with
 * 5 000 needs published in one day and 100 000 saved searches of 20 000 users (Chinese and English words, fields,
 * regions, modes; 70 % daily, 30 % immediate), then runs what the reminders sweep runs: the alert scan until it has read
 * the day (finds written, one digest reminder per search with news), and, with `--deliver`, the delivery of every
 * digest the next morning through the reminders dispatcher (inbox rows and e-mail outbox, one transaction per 100).
 *
 *   DATABASE_URL=postgres://…/marketplace node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/bench/alert-digests.ts [--searches=100000] [--listings=5000] [--deliver]
 */
import { AlertScanner } from '@app/alerts';
import { AlertDigests } from '@app/alerts/alert-digests';
import { nextShanghaiHour } from '@app/common';
import { validateEnvironment } from '@app/config';
import { platformDataSourceOptions, runPlatformMigrations } from '@app/platform';
import { listRegions, resolveField } from '@app/reference';
import { MailSender, Notifier } from '@app/notifications';
import { ReminderDispatcher, ReminderHandlers, ReminderScheduler } from '@app/reminders';
import { JobDispatcher } from '@app/queue';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { withDatabase } from '../../test/support/test-env';
import { TOPICS } from './phrases';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SEARCHES = arg('searches', 100_000);
const LISTINGS = arg('listings', 5_000);
const USERS = Math.max(1, Math.round(SEARCHES / 5));
const DELIVER = process.argv.includes('--deliver');

/** A deterministic pseudo-random sequence, so two runs build the same data. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** A saved field is stored as its taxonomy code, as the API stores it. */
const fieldCode = (name: string) => resolveField(name)?.code ?? null;

const fixedClock = (at: Date) => ({ now: () => at });

async function fill(db: Client, counties: string[], cities: string[]) {
  const pick = random(7);
  const one = <T>(xs: T[]) => xs[Math.floor(pick() * xs.length)];
  const step = async (label: string, run: () => Promise<unknown>) => {
    const started = Date.now();
    await run();
    console.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  await step('users and enterprise', async () => {
    await db.query(
      `insert into organizations (id, type, name, region_code) values ('00000000-0000-0000-0000-000000000001', 'enterprise', '基准企业', '440604')`,
    );
    await db.query(
      `insert into users (email, password_hash, display_name, locale) select 'alert' || i || '@bench.test', 'x', '用户' || i, case when i % 5 = 0 then 'en' else 'zh-CN' end from generate_series(1, $1) i`,
      [USERS],
    );
  });
  await step(`${LISTINGS} needs published today`, async () => {
    const rows = Array.from({ length: LISTINGS }, () => {
      const topic = one(TOPICS);
      const k = Math.floor(pick() * topic.objects.length);
      const title = `${topic.objects[k]}${one(topic.problems)}`;
      const description = `我公司生产${topic.objects[k]}，目前${one(topic.problems)}，希望通过${one(topic.methods)}解决。${topic.objectsEn[k]}: ${one(topic.problemsEn)}.`;
      return {
        title,
        description,
        field: topic.field,
        region: one(counties),
        mode: one(['joint_rnd', 'tech_transfer', 'consulting']),
      };
    });
    await db.query(
      `insert into needs (organization_id, status, title, description, fields, region_code, cooperation_modes, published_at, created_at, updated_at)
       select '00000000-0000-0000-0000-000000000001', 'published', r.title, r.description, array[r.field], r.region, array[r.mode], now(), now(), now()
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) as r(title, description, field, region, mode)`,
      [
        rows.map((r) => r.title),
        rows.map((r) => r.description),
        rows.map((r) => r.field),
        rows.map((r) => r.region),
        rows.map((r) => r.mode),
      ],
    );
  });
  await step(`${SEARCHES} saved searches`, async () => {
    const rows = Array.from({ length: SEARCHES }, (_, i) => {
      const topic = one(TOPICS);
      const shape = pick();
      const words =
        shape < 0.45
          ? one([...topic.objects, ...topic.methods])
          : shape < 0.65
            ? `${one(topic.objects)} ${one(topic.methods)}`
            : shape < 0.85
              ? one([...topic.objectsEn, ...topic.methodsEn])
                  .split(' ')
                  .slice(0, 2)
                  .join(' ')
              : null;
      return {
        user: 1 + (i % USERS),
        query: words,
        field: words ? (pick() < 0.2 ? fieldCode(topic.field) : null) : fieldCode(topic.field),
        region: pick() < 0.3 || !words ? one(cities) : null,
        frequency: pick() < 0.7 ? 'daily' : 'immediate',
      };
    });
    for (let i = 0; i < rows.length; i += 20_000) {
      const chunk = rows.slice(i, i + 20_000);
      await db.query(
        `insert into saved_searches (user_id, name, kind, query, field_code, region_code, frequency, created_at, updated_at)
         select u.id, coalesce(r.query, '领域订阅'), 'needs', r.query, r.field, r.region, r.frequency, now() - interval '1 day', now() - interval '1 day'
           from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) as r(u, query, field, region, frequency)
           join users u on u.email = 'alert' || r.u || '@bench.test'`,
        [
          chunk.map((r) => r.user),
          chunk.map((r) => r.query),
          chunk.map((r) => r.field),
          chunk.map((r) => r.region),
          chunk.map((r) => r.frequency),
        ],
      );
    }
  });
  await db.query(
    `insert into alert_scan_cursors (source, since) select s, now() - interval '1 day' from unnest(array['needs', 'capabilities', 'matches']) s`,
  );
  await db.query('analyze');
}

/** An autovacuum worker (owned by the server, so not ours to end) may still be analysing the new tables: wait for it. */
async function dropDatabase(admin: Client, name: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await admin.query(`drop database if exists "${name}" with (force)`);
    } catch (err) {
      if (attempt >= 60) throw err;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

async function main() {
  const base = process.env.DATABASE_URL!;
  const name = `mkt_alertbench${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  admin.on('error', () => undefined);
  await admin.query(`create database "${name}"`);
  const url = withDatabase(base, name);
  const ds = new DataSource(platformDataSourceOptions(url));
  try {
    await runPlatformMigrations(url);
    const db = new Client({ connectionString: url });
    await db.connect();
    const counties = listRegions({ level: 'county' })
      .filter((r) => r.code.startsWith('44'))
      .map((r) => r.code);
    const cities = listRegions({ level: 'city' })
      .filter((r) => r.code.startsWith('44'))
      .map((r) => r.code);
    console.log(`Filling ${name}: ${LISTINGS} needs, ${SEARCHES} saved searches of ${USERS} users`);
    await fill(db, counties, cities);
    await ds.initialize();

    const morning = nextShanghaiHour(new Date(), 10);
    const scheduler = new ReminderScheduler(ds, null as unknown as JobDispatcher, fixedClock(morning));
    const scanner = new AlertScanner(ds, scheduler, fixedClock(morning));
    const started = Date.now();
    let digests = 0;
    let scans = 0;
    for (;;) {
      digests += (await scanner.scan()).length;
      scans++;
      const [{ open }] = (
        await db.query(`select count(*)::int as open from alert_scan_cursors where pass_started_at is not null`)
      ).rows;
      if (!open) break;
    }
    const scanSeconds = (Date.now() - started) / 1000;
    const [{ hits, searches }] = (
      await db.query(
        `select count(*)::int as hits, count(distinct saved_search_id)::int as searches from saved_search_hits`,
      )
    ).rows;
    console.log(
      `alert scan: ${scanSeconds.toFixed(1)} s in ${scans} scans; ${hits} finds for ${searches} searches; ${digests} digest reminders; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
    );

    if (DELIVER) {
      const next = new Date(nextShanghaiHour(morning, 8).getTime() + 60_000);
      const env = validateEnvironment({ DATABASE_URL: url });
      const handlers = new ReminderHandlers();
      const nextScheduler = new ReminderScheduler(ds, null as unknown as JobDispatcher, fixedClock(next));
      new AlertDigests(handlers, scanner, nextScheduler, new Notifier(fixedClock(next)), env).onModuleInit();
      const dispatcher = new ReminderDispatcher(
        ds,
        handlers,
        nextScheduler,
        new MailSender(env, ds, fixedClock(next)),
        null as unknown as JobDispatcher,
        fixedClock(next),
      );
      const t0 = Date.now();
      let delivered = 0;
      for (let n = await dispatcher.deliverDue(); n > 0; n = await dispatcher.deliverDue()) delivered += n;
      const [{ notes, mails }] = (
        await db.query(
          `select (select count(*) from notifications)::int as notes, (select count(*) from email_outbox)::int as mails`,
        )
      ).rows;
      console.log(
        `digest delivery: ${delivered} reminders in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${notes} inbox rows, ${mails} e-mails queued`,
      );
    }
    await db.end();
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await dropDatabase(admin, name);
    await admin.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
