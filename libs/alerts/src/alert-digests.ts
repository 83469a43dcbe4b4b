import { endOfQuietHours, isQuietHour } from '@app/common/shanghai-time';
import { Environment } from '@app/config';
import { Localized, Notifier } from '@app/notifications';
import { obsolete, ReminderContext, ReminderHandler, ReminderHandlers, ReminderKind, ReminderOutcome, ReminderScheduler } from '@app/reminders';
import type { Reminder } from '@app/reminders';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AlertScanner, digestKey } from './alert-scanner.service';
import { SavedSearchKind } from './entities/saved-search.entity';
import { unsubscribeToken } from './unsubscribe-token';

/** Listings named in one digest; the rest are counted. */
const LISTED = 10;

interface DigestLine { id: string; type: 'need' | 'capability'; title: string; score: number | null }

/**
 * Delivers saved-search digests through the reminders path: the sweep finds new listings (AlertScanner) and schedules a
 * digest reminder; delivering it claims the search's undelivered finds in the same transaction that writes the
 * notification (keyed by the reminder), so each find is announced once. Nothing goes out in quiet hours: a digest due
 * then moves to 08:00.
 */
@Injectable()
export class AlertDigests implements ReminderHandler, OnModuleInit {
  readonly kinds: readonly ReminderKind[] = ['alerts.digest'];

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

  async deliver(reminder: Reminder, { manager, now }: ReminderContext): Promise<ReminderOutcome> {
    const [search]: { id: string; user_id: string; name: string; kind: SavedSearchKind; paused_at: Date | null }[] = await manager.query(
      `select id, user_id, name, kind, paused_at from saved_searches where id = $1 for update`, [reminder.subjectId],
    );
    if (!search) return obsolete('saved search deleted');
    if (search.paused_at) return obsolete('saved search paused');
    if (isQuietHour(now)) return this.postpone(manager, search.id, now);
    const lines = await this.claimFinds(manager, search.id, reminder.id, now);
    if (!lines.length) return obsolete('nothing new');
    const emailIds = await this.notifier.notify(manager, {
      kind: search.kind === 'matches' ? 'alerts.needs_for_you' : 'alerts.digest',
      recipients: [search.user_id],
      params: this.params(search, lines),
      dedupeKey: `alerts.digest:${reminder.id}`,
      subject: { type: 'saved_search', id: search.id },
      link: '/saved-searches',
    });
    return { outcome: 'sent', emailIds };
  }

  /** A digest that came due in quiet hours (a sweep ran late) waits for the morning under a new reminder. */
  private async postpone(manager: EntityManager, savedSearchId: string, now: Date): Promise<ReminderOutcome> {
    const dueAt = endOfQuietHours(now);
    const ids = await this.scheduler.schedule(manager, [{ kind: 'alerts.digest', subjectType: 'saved_search', subjectId: savedSearchId, dueAt, dedupeKey: digestKey(savedSearchId, dueAt) }]);
    return { outcome: 'obsolete', reason: 'quiet hours', afterCommit: () => this.scheduler.wake(ids) };
  }

  /** Marks the search's undelivered finds as announced by this digest; returns those still published, best first. */
  private async claimFinds(manager: EntityManager, savedSearchId: string, reminderId: string, now: Date): Promise<DigestLine[]> {
    return manager.query(
      `with claimed as (
         update saved_search_hits set delivered_at = $3, digest_reminder_id = $2
          where saved_search_id = $1 and delivered_at is null
         returning listing_id, listing_type, score, found_at)
       select c.listing_id as id, c.listing_type as type, coalesce(n.title, k.title) as title, c.score
         from claimed c
         left join needs n on c.listing_type = 'need' and n.id = c.listing_id and n.status = 'published'
         left join capabilities k on c.listing_type = 'capability' and k.id = c.listing_id and k.status = 'published'
        where coalesce(n.title, k.title) is not null
        order by c.score desc nulls last, c.found_at, c.listing_id`,
      [savedSearchId, reminderId, now],
    );
  }

  private params(search: { id: string; name: string }, lines: DigestLine[]) {
    const listed = lines.slice(0, LISTED).map((l) => `· ${l.title}${l.score === null ? '' : ` (${Math.round(l.score)})`}`).join('\n');
    const more = lines.length - LISTED;
    const listings: Localized = more > 0
      ? { 'zh-CN': `${listed}\n……另有 ${more} 条`, en: `${listed}\n… and ${more} more` }
      : { 'zh-CN': listed, en: listed };
    const base = this.env.PUBLIC_URL.replace(/\/+$/, '');
    return {
      searchName: search.name,
      count: lines.length,
      listings,
      unsubscribeUrl: `${base}/unsubscribe?token=${encodeURIComponent(unsubscribeToken(this.env.JWT_SECRET, search.id))}`,
    };
  }
}
