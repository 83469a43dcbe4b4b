import { Actor, organizationIdsOf } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Need } from '../entities/need.entity';
import { ListingAccess } from '../lifecycle/listing-access';

export type ConfidentialScope = Pick<Need, 'id' | 'organizationId' | 'regionCode' | 'stewardOrganizationId'>;

/**
 * The one place that decides who reads a need's confidential part (confidentialDetails, confidentialAttachments):
 * members of the owning organisation, the coordinators in charge (jurisdiction or steward association) and admins.
 * Brokerage extends it here (inject what it needs): an accepted introduction grants the introduced provider access.
 */
@Injectable()
export class NeedConfidentiality {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async canReadConfidential(actor: Actor | null, need: ConfidentialScope): Promise<boolean> {
    if (!actor) return false;
    const scope = {
      organizationId: need.organizationId,
      ownerUserId: null,
      regionCode: need.regionCode,
      stewardOrganizationId: need.stewardOrganizationId,
    };
    if (ListingAccess.isOwner(actor, scope) || ListingAccess.inCharge(actor, scope)) return true;
    // Brokerage (libs/brokerage): the provider's side of an introduction to this need that both sides accepted
    // (contacts revealed, engagement not closed): the expert's own account or a member of its organisation.
    const [granted] = await this.db.query<unknown[]>(
      `select 1 from engagements e join providers p on p.id = e.provider_id
        where e.need_id = $1 and e.revealed_at is not null and e.status <> 'closed' and (p.user_id = $2 or p.organization_id = any($3)) limit 1`,
      [need.id, actor.userId, organizationIdsOf(actor)],
    );
    return !!granted;
  }
}
