import { AuditService } from '@app/audit';
import { DomainError, Clock } from '@app/common';
import { AccessPolicy, Actor } from '@app/identity';
import { ListingExpiry } from '@app/listings';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { ReminderScheduler } from '../reminder-scheduler.service';
import { ListingFacts, ListingType, loadListing } from './listing-facts';

/** "Yes, this is still current": the owner (or a coordinator in charge) re-confirms a published listing. */
@Injectable()
export class ListingReconfirmation {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scheduler: ReminderScheduler,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly listings: ListingExpiry,
  ) {}

  async reconfirm(
    type: ListingType,
    id: string,
    actor: Actor,
  ): Promise<{ id: string; status: string; reconfirmedAt: Date }> {
    if (!isUUID(id)) throw DomainError.notFound(type);
    const now = this.clock.now();
    return this.db.transaction(async (m) => {
      const listing = (await this.listings.lock(type, id, m)) ? await loadListing(m, type, id) : null;
      if (!listing) throw DomainError.notFound(type);
      if (!mayReconfirm(actor, listing)) throw DomainError.forbidden();
      if (listing.status !== 'published') {
        throw new DomainError('INVALID_TRANSITION', { from: listing.status, action: 'reconfirm', allowed: '-' }, [], {
          allowed: [],
        });
      }
      await this.listings.markReconfirmed(type, id, now, m);
      await this.scheduler.cancel(
        m,
        { subjectId: id, kinds: ['listing.reconfirm', 'listing.expire'] },
        're-confirmed by its owner',
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: `${type}.reconfirmed`,
          targetType: type,
          targetId: id,
          after: { at: now.toISOString() },
        },
        m,
      );
      return { id, status: listing.status, reconfirmedAt: now };
    });
  }
}

/** The owner, or a coordinator in charge of the listing (jurisdiction or steward association). */
function mayReconfirm(actor: Actor, listing: ListingFacts): boolean {
  return (
    actor.userId === listing.ownerUserId ||
    AccessPolicy.memberOf(actor, listing.ownerOrganizationId) ||
    AccessPolicy.coordinates(actor, listing.regionCode) ||
    AccessPolicy.memberOf(actor, listing.stewardOrganizationId)
  );
}
