import { DomainError } from '@app/common';
import { DAY_MS } from '@app/common/clock';
import { addWorkingDays } from '@app/common/shanghai-time';
import { ListingLifecycle, nextState } from '@app/listings';
import { capabilityKind } from '@app/listings/capabilities/capability-kind';
import { needKind } from '@app/listings/needs/need-kind';
import { Notifier } from '@app/notifications';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Reminder } from '../entities/reminder.entity';
import { JurisdictionDirectory } from '../jurisdiction-directory.service';
import { ReminderHandlers } from '../reminder-handlers';
import { obsolete, ReminderContext, ReminderHandler, ReminderKind, ReminderOutcome } from '../reminder-kinds';
import { ReminderScheduler } from '../reminder-scheduler.service';
import { ReminderSettingsService } from '../reminder-settings.service';
import { cancelOutdatedListingReminders, LISTING_TYPES, ListingFacts, ListingType, listingsAwaitingReview, listingsToReconfirm, loadListing, ownersOf } from './listing-facts';

const SCAN_BATCH = 500;

/** Listing types whose lifecycle lets the system expire a published listing (ask to re-confirm only those). */
const EXPIRABLE = LISTING_TYPES.filter((type) => {
  try {
    nextState(type, 'published', 'expire');
    return true;
  } catch {
    return false;
  }
});

/**
 * Keeps listings fresh: a submitted listing waiting too long for review alerts the coordinators of its jurisdiction;
 * a published listing untouched for long asks its owner to re-confirm it, and expires if nobody does.
 * Expiry goes through the listings lifecycle (its transitions table decides which types may expire).
 */
@Injectable()
export class ListingReminders implements ReminderHandler, OnModuleInit {
  readonly kinds: readonly ReminderKind[] = ['listing.review-overdue', 'listing.reconfirm', 'listing.expire'];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly handlers: ReminderHandlers,
    private readonly scheduler: ReminderScheduler,
    private readonly settings: ReminderSettingsService,
    private readonly directory: JurisdictionDirectory,
    private readonly notifier: Notifier,
    private readonly lifecycle: ListingLifecycle,
  ) {}

  onModuleInit(): void {
    this.handlers.register(this);
  }

  async scan(now: Date): Promise<string[]> {
    const ids: string[] = [];
    for (const type of LISTING_TYPES) {
      await cancelOutdatedListingReminders(this.db.manager, type, now);
      const toReconfirm = EXPIRABLE.includes(type) ? await listingsToReconfirm(this.db.manager, type, SCAN_BATCH) : [];
      for (const listing of toReconfirm) {
        const periods = await this.periodsOf(listing);
        ids.push(...await this.scheduler.schedule(this.db.manager, [{
          kind: 'listing.reconfirm', subjectType: type, subjectId: listing.id, associationId: periods.associationId,
          dueAt: new Date(listing.touchedAt.getTime() + periods.reconfirmAfterDays * DAY_MS),
          dedupeKey: `listing.reconfirm:${type}:${listing.id}:${listing.touchKey}`, payload: { touchKey: listing.touchKey },
        }]));
      }
      for (const listing of await listingsAwaitingReview(this.db.manager, type, SCAN_BATCH)) {
        const periods = await this.periodsOf(listing);
        ids.push(...await this.scheduler.schedule(this.db.manager, [{
          kind: 'listing.review-overdue', subjectType: type, subjectId: listing.id, associationId: periods.associationId,
          dueAt: addWorkingDays(listing.submittedAt!, periods.reviewWorkingDays),
          dedupeKey: `listing.review-overdue:${type}:${listing.id}:${listing.submitKey}`,
          payload: { submitKey: listing.submitKey, workingDays: periods.reviewWorkingDays },
        }]));
      }
    }
    return ids;
  }

  async deliver(reminder: Reminder, { manager, now }: ReminderContext): Promise<ReminderOutcome> {
    const listing = await loadListing(manager, reminder.subjectType as ListingType, reminder.subjectId);
    if (!listing) return obsolete('the listing no longer exists');
    switch (reminder.kind) {
      case 'listing.review-overdue': return this.reviewOverdue(reminder, listing, manager);
      case 'listing.reconfirm': return this.askToReconfirm(reminder, listing, manager, now);
      case 'listing.expire': return this.expire(reminder, listing, manager);
      default: return obsolete(`not a listing reminder: ${reminder.kind}`);
    }
  }

  private async reviewOverdue(reminder: Reminder, listing: ListingFacts, manager: EntityManager): Promise<ReminderOutcome> {
    if (listing.status !== 'submitted' || listing.submitKey !== reminder.payload.submitKey) return obsolete('reviewed or withdrawn');
    const emailIds = await this.notifier.notify(manager, {
      kind: 'reminder.review_overdue', recipients: await this.directory.coordinatorsFor(listing, manager),
      params: { listingTitle: listing.title, workingDays: reminder.payload.workingDays ?? 2 },
      dedupeKey: `reminder:${reminder.id}`, subject: { type: listing.type, id: listing.id }, link: `/${listing.type}s/${listing.id}`, channel: reminder.channel,
    });
    return { outcome: 'sent', emailIds };
  }

  private async askToReconfirm(reminder: Reminder, listing: ListingFacts, manager: EntityManager, now: Date): Promise<ReminderOutcome> {
    if (listing.status !== 'published' || listing.touchKey !== reminder.payload.touchKey) return obsolete('the listing changed');
    const periods = await this.periodsOf(listing, manager);
    const owners = await ownersOf(manager, listing);
    const recipients = owners.length ? owners : await this.directory.coordinatorsFor(listing, manager);
    const emailIds = await this.notifier.notify(manager, {
      kind: 'reminder.listing_reconfirm', recipients,
      params: { listingTitle: listing.title, days: Math.round((now.getTime() - listing.touchedAt.getTime()) / DAY_MS), graceDays: periods.expireAfterReconfirmDays },
      dedupeKey: `reminder:${reminder.id}`, subject: { type: listing.type, id: listing.id }, link: `/${listing.type}s/${listing.id}`, channel: reminder.channel,
    });
    const expiry = await this.scheduler.schedule(manager, [{
      kind: 'listing.expire', subjectType: listing.type, subjectId: listing.id, associationId: periods.associationId,
      dueAt: new Date(now.getTime() + periods.expireAfterReconfirmDays * DAY_MS),
      dedupeKey: `listing.expire:${listing.type}:${listing.id}:${listing.touchKey}`,
      payload: { touchKey: listing.touchKey, graceDays: periods.expireAfterReconfirmDays },
    }]);
    return { outcome: 'sent', emailIds, afterCommit: () => this.scheduler.wake(expiry) };
  }

  /**
   * Unconfirmed: the listings lifecycle expires it (its own transaction: index, matching and audit follow from there),
   * then the owner is told. Were this delivery to fail after the expiry, the retry finds it expired and stays silent.
   */
  private async expire(reminder: Reminder, listing: ListingFacts, manager: EntityManager): Promise<ReminderOutcome> {
    if (listing.status !== 'published' || listing.touchKey !== reminder.payload.touchKey) return obsolete('re-confirmed or changed');
    try {
      if (listing.type === 'need') await this.lifecycle.act(needKind, listing.id, 'expire', null);
      else await this.lifecycle.act(capabilityKind, listing.id, 'expire', null);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'INVALID_TRANSITION') return obsolete('the lifecycle does not allow it to expire now');
      throw err;
    }
    const owners = await ownersOf(manager, listing);
    const emailIds = await this.notifier.notify(manager, {
      kind: 'reminder.listing_expired', recipients: owners.length ? owners : await this.directory.coordinatorsFor(listing, manager),
      params: { listingTitle: listing.title, graceDays: reminder.payload.graceDays ?? null },
      dedupeKey: `reminder:${reminder.id}`, subject: { type: listing.type, id: listing.id }, link: `/${listing.type}s/${listing.id}`, channel: reminder.channel,
    });
    return { outcome: 'sent', emailIds };
  }

  private async periodsOf(listing: ListingFacts, manager: EntityManager = this.db.manager) {
    const associationId = await this.directory.associationFor(listing, manager);
    return { associationId, ...(await this.settings.periodsFor(associationId, manager)) };
  }
}
