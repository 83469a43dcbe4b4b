import { DomainError, DAY_MS, addWorkingDays } from '@app/common';
import { ListingExpiry, nextState } from '@app/listings';
import { Notifier, NotifyInput } from '@app/notifications';
import { JobDispatcher } from '@app/queue';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { JurisdictionDirectory } from '../jurisdiction-directory.service';
import { ReminderHandlers } from '../reminder-handlers';
import {
  Memo,
  memoizer,
  noMemo,
  obsolete,
  ReminderContext,
  ReminderHandler,
  ReminderOf,
  ReminderOutcome,
  unexpectedKind,
} from '../reminder-kinds';
import { ReminderDraft, ReminderScheduler } from '../reminder-scheduler.service';
import { ReminderSettingsService } from '../reminder-settings.service';
import { ScanPass, ScanWindow } from '../scan-window';
import {
  cancelOutdatedListingReminders,
  LISTING_TYPES,
  ListingFacts,
  listingKey,
  ListingType,
  listingsAwaitingReview,
  listingsToReconfirm,
  loadListings,
  ownersOfMany,
} from './listing-facts';

/** Listings read per query and scan: a bulk import of 500 000 is covered in a few minutes of 5-second sweeps. */
const SCAN_BATCH = 2000;

/** What delivering one listing reminder comes to: obsolete, or a notice (and for a re-confirmation, the expiry that follows). */
const LISTING_REMINDER_KINDS = ['listing.review-overdue', 'listing.reconfirm', 'listing.expire'] as const;
type ListingReminderKind = (typeof LISTING_REMINDER_KINDS)[number];

interface Plan {
  obsolete?: string;
  notice?: NotifyInput;
  expiry?: ReminderDraft<'listing.expire'>;
  expired?: boolean;
}

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
export class ListingReminders implements ReminderHandler<ListingReminderKind>, OnModuleInit {
  readonly kinds = LISTING_REMINDER_KINDS;
  private readonly cancelWindow = new ScanWindow();
  private readonly scheduleWindow = new ScanWindow();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly handlers: ReminderHandlers,
    private readonly scheduler: ReminderScheduler,
    private readonly settings: ReminderSettingsService,
    private readonly directory: JurisdictionDirectory,
    private readonly notifier: Notifier,
    private readonly expiry: ListingExpiry,
    private readonly jobs: JobDispatcher,
  ) {}

  onModuleInit(): void {
    this.handlers.register(this);
  }

  /**
   * Cancels and creates listing reminders as the listings' states call for, each pass over its own window
   * (see ScanWindow): cancelling always gets through, creating may stop at its batch limit during a bulk load.
   */
  async scan(now: Date): Promise<string[]> {
    await this.cancelWindow.run(this.db, async ({ since }) => {
      for (const type of LISTING_TYPES) await cancelOutdatedListingReminders(this.db.manager, type, now, since);
    });
    return this.scheduleWindow.run(this.db, (pass) => this.scheduleMissing(pass));
  }

  private async scheduleMissing(pass: ScanPass): Promise<string[]> {
    const drafts: ReminderDraft[] = [];
    const memo = memoizer();
    const range = (afterId: string) => ({ since: pass.since, afterId, limit: SCAN_BATCH });
    for (const type of LISTING_TYPES) {
      const toReconfirm = EXPIRABLE.includes(type)
        ? await pass.batch(`reconfirm:${type}`, SCAN_BATCH, (after) =>
            listingsToReconfirm(this.db.manager, type, range(after)),
          )
        : [];
      const awaitingReview = await pass.batch(`review:${type}`, SCAN_BATCH, (after) =>
        listingsAwaitingReview(this.db.manager, type, range(after)),
      );
      for (const listing of toReconfirm) {
        const periods = await this.periodsOf(listing, this.db.manager, memo);
        drafts.push({
          kind: 'listing.reconfirm',
          subjectType: type,
          subjectId: listing.id,
          associationId: periods.associationId,
          dueAt: new Date(listing.touchedAt.getTime() + periods.reconfirmAfterDays * DAY_MS),
          dedupeKey: `listing.reconfirm:${type}:${listing.id}:${listing.touchKey}`,
          payload: { touchKey: listing.touchKey },
        });
      }
      for (const listing of awaitingReview) {
        const periods = await this.periodsOf(listing, this.db.manager, memo);
        drafts.push({
          kind: 'listing.review-overdue',
          subjectType: type,
          subjectId: listing.id,
          associationId: periods.associationId,
          dueAt: addWorkingDays(listing.submittedAt!, periods.reviewWorkingDays),
          dedupeKey: `listing.review-overdue:${type}:${listing.id}:${listing.submitKey}`,
          payload: { submitKey: listing.submitKey, workingDays: periods.reviewWorkingDays },
        });
      }
    }
    // One statement for the whole scan: after a bulk import a scan finds its full batch every time.
    return this.scheduler.schedule(this.db.manager, drafts);
  }

  async deliver(reminder: ReminderOf<ListingReminderKind>, ctx: ReminderContext): Promise<ReminderOutcome> {
    const [outcome] = await this.deliverMany([reminder], ctx);
    return outcome;
  }

  /** A batch reads its listings in one query and writes its notifications and follow-up reminders in one statement each. */
  async deliverMany(reminders: ReminderOf<ListingReminderKind>[], ctx: ReminderContext): Promise<ReminderOutcome[]> {
    const listings = await loadListings(
      ctx.manager,
      reminders.map((r) => ({ type: r.subjectType as ListingType, id: r.subjectId })),
    );
    const owners = await ownersOfMany(ctx.manager, [...listings.values()]);
    const plans: Plan[] = [];
    for (const reminder of reminders) {
      const listing = listings.get(listingKey(reminder.subjectType, reminder.subjectId));
      plans.push(
        listing
          ? await this.plan(reminder, listing, owners.get(listing)!, ctx)
          : { obsolete: 'the listing no longer exists' },
      );
    }
    const emailIds = await this.notifier.notifyMany(
      ctx.manager,
      plans.map((p) => p.notice ?? null),
    );
    const expiries = await this.scheduler.schedule(
      ctx.manager,
      plans.flatMap((p) => p.expiry ?? []),
    );
    const expired = plans.some((p) => p.expired);
    // One follow-up for the batch (the dispatcher runs a shared step once): wake the expiries, index the expired listings.
    const afterCommit = async () => {
      await this.scheduler.wake(expiries);
      if (expired) await this.jobs.tryEnqueue('search.drain', {});
    };
    return plans.map((p, i) =>
      p.obsolete ? obsolete(p.obsolete) : { outcome: 'sent', emailIds: emailIds[i], afterCommit },
    );
  }

  /** What one reminder calls for, given its listing as it is now: nothing (obsolete), or a notice and maybe an expiry. */
  private async plan(
    reminder: ReminderOf<ListingReminderKind>,
    listing: ListingFacts,
    owners: string[],
    { manager, now, memo }: ReminderContext,
  ): Promise<Plan> {
    const about = {
      dedupeKey: `reminder:${reminder.id}`,
      subject: { type: listing.type, id: listing.id },
      link: `/${listing.type}s/${listing.id}`,
      channel: reminder.channel,
    };
    const coordinators = () => this.directory.coordinatorsFor(listing, manager, memo);
    const ownersOrCoordinators = async () => (owners.length ? owners : coordinators());
    switch (reminder.kind) {
      case 'listing.review-overdue':
        if (listing.status !== 'submitted' || listing.submitKey !== reminder.payload.submitKey)
          return { obsolete: 'reviewed or withdrawn' };
        return {
          notice: {
            ...about,
            kind: 'reminder.review_overdue',
            recipients: await coordinators(),
            params: { listingTitle: listing.title, workingDays: reminder.payload.workingDays ?? 2 },
          },
        };
      case 'listing.reconfirm': {
        if (listing.status !== 'published' || listing.touchKey !== reminder.payload.touchKey)
          return { obsolete: 'the listing changed' };
        const periods = await this.periodsOf(listing, manager, memo);
        return {
          notice: {
            ...about,
            kind: 'reminder.listing_reconfirm',
            recipients: await ownersOrCoordinators(),
            params: {
              listingTitle: listing.title,
              days: Math.round((now.getTime() - listing.touchedAt.getTime()) / DAY_MS),
              graceDays: periods.expireAfterReconfirmDays,
            },
          },
          expiry: {
            kind: 'listing.expire',
            subjectType: listing.type,
            subjectId: listing.id,
            associationId: periods.associationId,
            dueAt: new Date(now.getTime() + periods.expireAfterReconfirmDays * DAY_MS),
            dedupeKey: `listing.expire:${listing.type}:${listing.id}:${listing.touchKey}`,
            payload: { touchKey: listing.touchKey, graceDays: periods.expireAfterReconfirmDays },
          },
        };
      }
      case 'listing.expire': {
        // Unconfirmed: the listings lifecycle expires it in this transaction (index and matching follow from its outbox).
        if (listing.status !== 'published' || listing.touchKey !== reminder.payload.touchKey)
          return { obsolete: 're-confirmed or changed' };
        try {
          await this.expiry.expireUnconfirmed(listing.type, listing.id, manager);
        } catch (err) {
          if (err instanceof DomainError && err.code === 'INVALID_TRANSITION')
            return { obsolete: 'the lifecycle does not allow it to expire now' };
          throw err;
        }
        return {
          expired: true,
          notice: {
            ...about,
            kind: 'reminder.listing_expired',
            recipients: await ownersOrCoordinators(),
            params: { listingTitle: listing.title, graceDays: reminder.payload.graceDays ?? null },
          },
        };
      }
      default:
        return { obsolete: unexpectedKind(reminder) };
    }
  }

  private async periodsOf(listing: ListingFacts, manager: EntityManager = this.db.manager, memo: Memo = noMemo) {
    const associationId = await this.directory.associationFor(listing, manager, memo);
    return {
      associationId,
      ...(await memo(`periods:${associationId}`, () => this.settings.periodsFor(associationId, manager))),
    };
  }
}
