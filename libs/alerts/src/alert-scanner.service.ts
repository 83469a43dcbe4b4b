import { ListingsSql } from '@app/listings';
import { Clock, endOfQuietHours, nextShanghaiHour } from '@app/common';
import { ReminderDraft, ReminderScheduler } from '@app/reminders';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LISTING_SOURCES, LISTING_TYPE_OF, ListingSource, loadChangedListings } from './alert-listings';
import { AlertSearch, matchListings, queryTerms } from './alert-matcher';
import { AlertFrequency } from './entities/saved-search.entity';

/** Listings read per scan and source: a bulk import is covered over a few sweeps. */
const SCAN_BATCH = 2000;
/** Transactions that commit late carry an earlier `updated_at` than their commit: each pass looks back this far. */
const MARGIN_MS = 300_000;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';
/** Daily digests go out at this hour, China time (the end of quiet hours). */
export const DAILY_DIGEST_HOUR = 8;

interface Cursor {
  since: Date;
  pass_started_at: Date | null;
  after_id: string | null;
}
interface CachedSearches {
  signature: string;
  searches: (AlertSearch & { frequency: AlertFrequency })[];
}
type FoundHit = { saved_search_id: string; frequency: AlertFrequency };

/** When the digest for a new find goes out: at once (but never in quiet hours), or the next morning. */
export function digestDueAt(frequency: AlertFrequency, now: Date): Date {
  return frequency === 'daily' ? nextShanghaiHour(now, DAILY_DIGEST_HOUR) : endOfQuietHours(now);
}

export const digestKey = (savedSearchId: string, dueAt: Date) =>
  `alerts.digest:${savedSearchId}:${dueAt.toISOString()}`;

/**
 * Finds the listings new to each saved search and schedules their digests. Runs inside the reminders sweep: each source
 * (needs, capabilities, matches) keeps a cursor in PostgreSQL, locked while one worker scans it, and the finds, the
 * digest reminders and the cursor's move commit together, so a crash repeats a batch and nothing is found twice.
 */
@Injectable()
export class AlertScanner {
  private readonly logger = new Logger(AlertScanner.name);
  private readonly cache = new Map<ListingSource, CachedSearches>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scheduler: ReminderScheduler,
    private readonly clock: Clock,
  ) {}

  /** One scan of every source; returns the ids of the digest reminders written. */
  async scan(): Promise<string[]> {
    const ids: string[] = [];
    for (const source of LISTING_SOURCES) ids.push(...(await this.scanListings(source)));
    ids.push(...(await this.scanMatches()));
    return ids;
  }

  private async scanListings(source: ListingSource): Promise<string[]> {
    return this.db.transaction(async (manager) => {
      const cursor = await this.lockCursor(manager, source);
      if (!cursor) return [];
      const startedAt = cursor.pass_started_at ?? (await this.dbNow(manager));
      const searches = await this.searchesOf(manager, source);
      const page = { since: cursor.since, afterId: cursor.after_id ?? FIRST_ID, limit: SCAN_BATCH };
      const batch = searches.length
        ? await loadChangedListings(manager, source, page)
        : { lastId: null, count: 0, listings: [] };
      const pairs = matchListings(searches, batch.listings);
      const found = await this.recordHits(
        manager,
        pairs.map((p) => ({ ...p, listingType: LISTING_TYPE_OF[source], score: null })),
      );
      const frequencyOf = new Map(searches.map((s) => [s.id, s.frequency]));
      const reminderIds = await this.scheduleDigests(
        manager,
        found.map((id) => ({ saved_search_id: id, frequency: frequencyOf.get(id)! })),
      );
      if (batch.count < SCAN_BATCH) await this.endPass(manager, source, startedAt);
      else
        await manager.query(
          `update alert_scan_cursors set pass_started_at = $2, after_id = $3, updated_at = now() where source = $1`,
          [source, startedAt, batch.lastId],
        );
      if (pairs.length)
        this.logger.log(
          { source, listings: batch.count, searches: searches.length, found: found.length },
          'saved-search alerts found',
        );
      return reminderIds;
    });
  }

  /** Experts' "needs you could solve": needs whose match with their profile reaches the score they chose. */
  private async scanMatches(): Promise<string[]> {
    return this.db.transaction(async (manager) => {
      const cursor = await this.lockCursor(manager, 'matches');
      if (!cursor) return [];
      const startedAt = await this.dbNow(manager);
      const found: FoundHit[] = await manager.query(
        `with found as (
           insert into saved_search_hits (saved_search_id, listing_id, listing_type, score)
           select s.id, m.need_id, 'need', m.score
             from saved_searches s
             join ${ListingsSql.providers} p on p.user_id = s.user_id and p.kind = 'expert'
             join matches m on m.provider_id = p.id and m.score >= coalesce(s.min_score, 0) and m.updated_at > $1 and m.updated_at > s.created_at
             join needs n on n.id = m.need_id and n.status = 'published'
            where s.kind = 'matches' and s.paused_at is null
           on conflict do nothing
           returning saved_search_id)
         select distinct f.saved_search_id, s.frequency from found f join saved_searches s on s.id = f.saved_search_id`,
        [cursor.since],
      );
      const reminderIds = await this.scheduleDigests(manager, found);
      await this.endPass(manager, 'matches', startedAt);
      return reminderIds;
    });
  }

  /**
   * This source's cursor, locked (null while another worker scans it). The first cursor starts at the oldest saved
   * search: what changed before any search existed is news to nobody.
   */
  private async lockCursor(manager: EntityManager, source: string): Promise<Cursor | null> {
    await manager.query(
      `insert into alert_scan_cursors (source, since) select $1, coalesce((select min(created_at) from saved_searches), now()) on conflict (source) do nothing`,
      [source],
    );
    const [cursor]: Cursor[] = await manager.query(
      `select since, pass_started_at, after_id from alert_scan_cursors where source = $1 for update skip locked`,
      [source],
    );
    return cursor ?? null;
  }

  private async endPass(manager: EntityManager, source: string, startedAt: Date): Promise<void> {
    await manager.query(
      `update alert_scan_cursors set since = greatest(since, $2::timestamptz), pass_started_at = null, after_id = null, updated_at = now() where source = $1`,
      [source, new Date(startedAt.getTime() - MARGIN_MS)],
    );
  }

  private async dbNow(manager: EntityManager): Promise<Date> {
    const [{ now }]: { now: Date }[] = await manager.query('select now() as now');
    return now;
  }

  /** Writes the finds that are new; returns the searches with at least one. */
  private async recordHits(
    manager: EntityManager,
    hits: { searchId: string; listingId: string; listingType: string; score: number | null }[],
  ): Promise<string[]> {
    const found = new Set<string>();
    for (let i = 0; i < hits.length; i += 5000) {
      const chunk = hits.slice(i, i + 5000);
      const rows: { saved_search_id: string }[] = await manager.query(
        `insert into saved_search_hits (saved_search_id, listing_id, listing_type, score)
         select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::real[])
         on conflict do nothing returning saved_search_id`,
        [
          chunk.map((h) => h.searchId),
          chunk.map((h) => h.listingId),
          chunk.map((h) => h.listingType),
          chunk.map((h) => h.score),
        ],
      );
      for (const r of rows) found.add(r.saved_search_id);
    }
    return [...found];
  }

  /** One digest reminder per search and due time; searches already waiting for that digest get nothing new. */
  private async scheduleDigests(manager: EntityManager, found: FoundHit[]): Promise<string[]> {
    const now = this.clock.now();
    const drafts: ReminderDraft[] = found.map(({ saved_search_id: id, frequency }) => {
      const dueAt = digestDueAt(frequency, now);
      return {
        kind: 'alerts.digest',
        subjectType: 'saved_search',
        subjectId: id,
        dueAt,
        dedupeKey: digestKey(id, dueAt),
      };
    });
    const ids: string[] = [];
    for (let i = 0; i < drafts.length; i += 5000)
      ids.push(...(await this.scheduler.schedule(manager, drafts.slice(i, i + 5000))));
    return ids;
  }

  /**
   * The active searches of a kind, compiled; reloaded only when the table changed (a count and the latest update
   * tell: pausing, editing and adding move the latest update, deleting the count).
   */
  private async searchesOf(manager: EntityManager, kind: ListingSource) {
    const [{ signature }]: { signature: string }[] = await manager.query(
      `select count(*) || ':' || coalesce(max(updated_at)::text, '') as signature from saved_searches where kind = $1`,
      [kind],
    );
    const cached = this.cache.get(kind);
    if (cached?.signature === signature) return cached.searches;
    const rows: {
      id: string;
      query: string | null;
      field_code: string | null;
      region_code: string | null;
      mode: string | null;
      provider_type: string | null;
      frequency: AlertFrequency;
      created_at: Date;
    }[] = await manager.query(
      `select id, query, field_code, region_code, mode, provider_type, frequency, created_at from saved_searches where kind = $1 and paused_at is null`,
      [kind],
    );
    const searches = rows.map((r) => ({
      id: r.id,
      terms: queryTerms(r.query),
      fieldCode: r.field_code,
      regionCode: r.region_code,
      mode: r.mode,
      providerType: r.provider_type,
      createdAt: r.created_at.getTime(),
      frequency: r.frequency,
    }));
    this.cache.set(kind, { signature, searches });
    return searches;
  }
}
