/** 5. Reminders: how fast the running worker dispatches a pile of due reminders, and whether anything went out twice. */
import { listingFactsQuery } from '@app/reminders/listings/listing-facts';
import { Queue } from 'bullmq';
import type { Ctx } from './phases';
import { round } from './measure';
import { SIZES } from './generate';
import { sleep } from './stack';

const LIMIT_S = 900;

/**
 * Inserts `count` re-confirmation reminders, all due, about the published needs and capabilities the ingest loaded
 * (each listing is asked about again when there are fewer listings than reminders; every reminder has its own dedupe
 * key). Their handler does the real work: it reads the listing, finds its owners or coordinators, writes inbox rows
 * and e-mails, and schedules the expiry that follows. A listing's reminders are due in rounds (round k one millisecond
 * after round k−1), so that batches dispatched side by side rarely share a listing, as real reminders do not.
 * Timed from the insert's commit until none is pending; the worker's reminders sweep is asked for at once.
 */
export async function reminderDispatch(ctx: Ctx, count = ctx.size.needs <= SIZES.tiny.needs ? 2_000 : 100_000) {
  const run = `bench:${Date.now().toString(36)}`;
  const listings = `select f.type, f.id, f.touch_key from (${listingFactsQuery('need')} where f.status = 'published'
                    union all ${listingFactsQuery('capability')} where f.status = 'published') f`;
  const {
    rows: [{ first, last, listed, inserted_at: insertedAt }],
  } = await ctx.db.query(
    `with l as (select row_number() over (order by type, id) - 1 as k, * from (${listings}) x),
          c as (select count(*) as n from l),
          ins as (insert into reminders (kind, subject_type, subject_id, due_at, dedupe_key, payload)
                  select 'listing.reconfirm', l.type, l.id, date_trunc('milliseconds', now()) - interval '1 minute' + (g / c.n) * interval '1 millisecond',
                         $2 || ':' || g, jsonb_build_object('touchKey', l.touch_key)
                    from generate_series(0, $1 - 1) g cross join c join l on l.k = g % c.n
                  returning due_at)
     select min(due_at) as first, max(due_at) as last, (select n from c)::int as listed, now() as inserted_at from ins`,
    [count, run],
  );
  if (!listed) return { note: 'not measured: no published listing to remind about' };
  const started = Date.now();
  const queue = new Queue('reminders', { connection: { url: ctx.redisUrl }, prefix: ctx.queuePrefix });
  await queue.add('reminders.sweep', {}, { removeOnComplete: true, removeOnFail: 100 });
  await queue.close();
  ctx.log(`  ${count} reminders due about ${listed} listings; waiting for the worker`);

  const mine = `r.kind = 'listing.reconfirm' and r.due_at between $1 and $2 and r.dedupe_key like $3`;
  const args = [first, last, `${run}:%`];
  const pending = async () =>
    (await ctx.db.query(`select count(*)::int as n from reminders r where r.status = 'pending' and ${mine}`, args))
      .rows[0].n as number;
  let left = count;
  let lastLog = Date.now();
  while (left > 0 && Date.now() - started < LIMIT_S * 1000) {
    await sleep(250);
    left = await pending();
    if (Date.now() - lastLog > 15000) {
      lastLog = Date.now();
      ctx.log(`  ${count - left} of ${count} dispatched (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  const seconds = (Date.now() - started) / 1000;

  const {
    rows: [states],
  } = await ctx.db.query(
    `select count(*) filter (where status = 'sent')::int as sent, count(*) filter (where status = 'cancelled')::int as cancelled,
            count(*) filter (where status = 'failed')::int as failed,
            count(*) filter (where status = 'sent' and attempts > 1 and last_error is null)::int as marked_twice,
            min(processed_at) as first_processed
       from reminders r where ${mine}`,
    args,
  );
  // The inbox rows and e-mails written since (keyed `reminder:<id>:<user>…`), per reminder and user: more than one is a duplicate.
  const perRecipient = (table: string) =>
    ctx.db
      .query(
        `select count(*)::int as rows, count(*) filter (where n > 1)::int as repeated, count(distinct reminder)::int as reminders from (
       select split_part(dedupe_key, ':', 2) as reminder, user_id, count(*) as n from ${table}
        where kind = 'reminder.listing_reconfirm' and created_at >= $1 group by 1, 2) t`,
        [insertedAt],
      )
      .then((res) => res.rows[0] as { rows: number; repeated: number; reminders: number });
  const [inbox, email] = [await perRecipient('notifications'), await perRecipient('email_outbox')];
  const dispatched = count - left;
  return {
    count,
    listings: listed,
    seconds: round(seconds),
    perSecond: round(dispatched / seconds, 1),
    dispatched,
    pending: left,
    // Of `seconds`, how long until the worker took the first one (its sweep starting), for reading a slow figure.
    startSeconds: states.first_processed ? round((new Date(states.first_processed).getTime() - started) / 1000) : null,
    sent: states.sent,
    cancelled: states.cancelled,
    failed: states.failed,
    duplicates: inbox.repeated + email.repeated + states.marked_twice,
    notifications: inbox.rows,
    emails: email.rows,
    sentWithoutNotification: states.sent - inbox.reminders,
  };
}
