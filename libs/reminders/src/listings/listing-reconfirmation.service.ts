import { AuditService } from '@app/audit';
import { DomainError } from '@app/common';
import { Clock } from '@app/common/clock';
import { AccessPolicy, Actor } from '@app/identity';
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
  ) {}

  async reconfirm(type: ListingType, id: string, actor: Actor): Promise<{ id: string; status: string; reconfirmedAt: Date }> {
    if (!isUUID(id)) throw DomainError.notFound(type);
    const now = this.clock.now();
    return this.db.transaction(async (m) => {
      const [locked] = await m.query<{ id: string }[]>(`select id from ${type === 'need' ? 'needs' : 'capabilities'} where id = $1 for update`, [id]);
      const listing = locked ? await loadListing(m, type, id) : null;
      if (!listing) throw DomainError.notFound(type);
      if (!mayReconfirm(actor, listing)) throw DomainError.forbidden();
      if (listing.status !== 'published') {
        throw new DomainError('INVALID_TRANSITION', { from: listing.status, action: 'reconfirm', allowed: '-' }, [], { allowed: [] });
      }
      await m.query(`update ${type === 'need' ? 'needs' : 'capabilities'} set updated_at = $2 where id = $1`, [id, now]);
      await this.scheduler.cancel(m, { subjectId: id, kinds: ['listing.reconfirm', 'listing.expire'] }, 're-confirmed by its owner');
      await this.audit.record({ actorId: actor.userId, action: `${type}.reconfirmed`, targetType: type, targetId: id, after: { at: now.toISOString() } }, m);
      return { id, status: listing.status, reconfirmedAt: now };
    });
  }
}

/** The owner, or a coordinator in charge of the listing (jurisdiction or steward association). */
function mayReconfirm(actor: Actor, listing: ListingFacts): boolean {
  return actor.userId === listing.ownerUserId
    || AccessPolicy.memberOf(actor, listing.ownerOrganizationId)
    || AccessPolicy.coordinates(actor, listing.regionCode)
    || AccessPolicy.memberOf(actor, listing.stewardOrganizationId);
}
