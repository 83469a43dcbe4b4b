import { endOfQuietHours, isQuietHour } from '@app/common';
import { Environment } from '@app/config';
import { Localized, Notifier, NotifyInput } from '@app/notifications';
import {
  obsolete,
  ReminderContext,
  ReminderHandler,
  ReminderHandlers,
  ReminderOf,
  ReminderOutcome,
  ReminderScheduler,
} from '@app/reminders';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AlertScanner, digestKey } from './alert-scanner.service';
import { SavedSearchKind } from './entities/saved-search.entity';
import { unsubscribeToken } from './unsubscribe-token';

/** Listings named in one digest; the rest are counted. */
const LISTED = 10;

interface DigestLine {
  title: string;
  score: number | null;
  total: number;
}
interface SearchRow {
  id: string;
  user_id: string;
  name: string;
  kind: SavedSearchKind;
  paused_at: Date | null;
}

/**
 * Delivers saved-search digests through the reminders path: the sweep finds new listings (AlertScanner) and schedules a
 * digest reminder; delivering it claims the search's undelivered finds in the same transaction that writes the
 * notification (keyed by the reminder), so each find is announced once. Nothing goes out in quiet hours: a digest due
 * then moves to 08:00.
 */
@Injectable()
export class AlertDigests implements ReminderHandler<'alerts.digest'>, OnModuleInit {
  readonly kinds = ['alerts.digest'] as const;

  constructor(
    private readonly handlers: ReminderHandlers,
    private readonly scanner: AlertScanner,
    private readonly scheduler: ReminderScheduler,
    private readonly notifier: Notifier,
    private readonly env: Environment,
  ) {}

  onModuleInit(): void {
    this.handlers.register(this);
  }

  scan(): Promise<string[]> {
    return this.scanner.scan();
  }

  deliver(reminder: ReminderOf<'alerts.digest'>, ctx: ReminderContext): Promise<ReminderOutcome> {
    return this.deliverMany([reminder], ctx).then(([outcome]) => outcome);
  }

  /**
   * A batch of digests in a few statements: lock their searches, claim every search's undelivered finds at once (the
   * first digest of a search in the batch takes them; another finds nothing new), write the notifications together.
   */
  async deliverMany(
    reminders: ReminderOf<'alerts.digest'>[],
    { manager, now }: ReminderContext,
  ): Promise<ReminderOutcome[]> {
    const searches: SearchRow[] = await manager.query(
      `select id, user_id, name, kind, paused_at from saved_searches where id = any($1) order by id for update`,
      [[...new Set(reminders.map((r) => r.subjectId))]],
    );
    const searchOf = new Map(searches.map((s) => [s.id, s]));
    const active = searches.filter((s) => !s.paused_at);
    if (isQuietHour(now)) return this.postpone(manager, reminders, searchOf, active, now);
    const claimer = new Map<string, string>();
    for (const r of reminders)
      if (searchOf.get(r.subjectId) && !searchOf.get(r.subjectId)!.paused_at && !claimer.has(r.subjectId))
        claimer.set(r.subjectId, r.id);
    const found = await this.claimFinds(manager, claimer, now);
    const inputs = reminders.map((r): NotifyInput | null => {
      const search = searchOf.get(r.subjectId);
      const lines = found.get(r.subjectId);
      if (!search || claimer.get(search.id) !== r.id || !lines?.length) return null;
      return {
        kind: search.kind === 'matches' ? 'alerts.needs_for_you' : 'alerts.digest',
        recipients: [search.user_id],
        params: this.params(search, lines),
        dedupeKey: `alerts.digest:${r.id}`,
        subject: { type: 'saved_search', id: search.id },
        link: '/saved-searches',
      };
    });
    const emailIds = await this.notifier.notifyMany(manager, inputs);
    return reminders.map((r, i): ReminderOutcome => {
      const search = searchOf.get(r.subjectId);
      if (!search) return obsolete('saved search deleted');
      if (search.paused_at) return obsolete('saved search paused');
      return inputs[i] ? { outcome: 'sent', emailIds: emailIds[i] } : obsolete('nothing new');
    });
  }

  /** Digests that came due in quiet hours (a sweep ran late) wait for the morning under new reminders. */
  private async postpone(
    manager: EntityManager,
    reminders: ReminderOf<'alerts.digest'>[],
    searchOf: Map<string, SearchRow>,
    active: SearchRow[],
    now: Date,
  ): Promise<ReminderOutcome[]> {
    const dueAt = endOfQuietHours(now);
    const ids = await this.scheduler.schedule(
      manager,
      active.map((s) => ({
        kind: 'alerts.digest',
        subjectType: 'saved_search',
        subjectId: s.id,
        dueAt,
        dedupeKey: digestKey(s.id, dueAt),
      })),
    );
    const wake = () => this.scheduler.wake(ids);
    return reminders.map((r) => {
      const search = searchOf.get(r.subjectId);
      if (!search) return obsolete('saved search deleted');
      if (search.paused_at) return obsolete('saved search paused');
      return { outcome: 'obsolete', reason: 'quiet hours', afterCommit: wake };
    });
  }

  /**
   * Marks each search's undelivered finds as announced by its digest; returns, per search, its finds still published,
   * best first (the first LISTED with the count of all).
   */
  private async claimFinds(
    manager: EntityManager,
    claimer: Map<string, string>,
    now: Date,
  ): Promise<Map<string, DigestLine[]>> {
    if (!claimer.size) return new Map();
    const rows: (DigestLine & { search_id: string })[] = await manager.query(
      `with claimed as (
         update saved_search_hits h set delivered_at = $3, digest_reminder_id = c.reminder_id
           from unnest($1::uuid[], $2::uuid[]) as c(search_id, reminder_id)
          where h.saved_search_id = c.search_id and h.delivered_at is null
         returning h.saved_search_id, h.listing_id, h.score, h.found_at, h.listing_type)
       select search_id, title, score, total from (
         select c.saved_search_id as search_id, coalesce(n.title, k.title) as title, c.score,
                row_number() over (partition by c.saved_search_id order by c.score desc nulls last, c.found_at, c.listing_id) as rank,
                count(*) over (partition by c.saved_search_id)::int as total
           from claimed c
           left join needs n on c.listing_type = 'need' and n.id = c.listing_id and n.status = 'published'
           left join capabilities k on c.listing_type = 'capability' and k.id = c.listing_id and k.status = 'published'
          where coalesce(n.title, k.title) is not null) ranked
        where rank <= $4
        order by search_id, rank`,
      [[...claimer.keys()], [...claimer.values()], now, LISTED],
    );
    const found = new Map<string, DigestLine[]>();
    for (const row of rows) found.set(row.search_id, [...(found.get(row.search_id) ?? []), row]);
    return found;
  }

  private params(search: { id: string; name: string }, lines: DigestLine[]) {
    const total = lines[0].total;
    const listed = lines.map((l) => `· ${l.title}${l.score === null ? '' : ` (${Math.round(l.score)})`}`).join('\n');
    const more = total - lines.length;
    const listings: Localized =
      more > 0
        ? { 'zh-CN': `${listed}\n……另有 ${more} 条`, en: `${listed}\n… and ${more} more` }
        : { 'zh-CN': listed, en: listed };
    const base = this.env.PUBLIC_URL.replace(/\/+$/, '');
    return {
      searchName: search.name,
      count: total,
      listings,
      unsubscribeUrl: `${base}/unsubscribe?token=${encodeURIComponent(unsubscribeToken(this.env.JWT_SECRET, search.id))}`,
    };
  }
}
