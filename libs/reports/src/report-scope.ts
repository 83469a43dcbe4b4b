import { DomainError } from '@app/common';
import { AccessPolicy, Actor, IdentityReads, StaffedAssociation } from '@app/identity';
import { getRegion, isWithin } from '@app/reference';
import { JurisdictionDirectory } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

/** Whose figures a report holds: an association's jurisdiction, or one region inside it. */
export interface ReportScope {
  associationId: string;
  associationName: string;
  /** The region reported on: the jurisdiction itself or the sub-region asked for. */
  regionCode: string;
  /** That region and every region inside it. */
  regionCodes: string[];
}

/**
 * Decides which association's figures the actor may read: its own coordinators, the coordinators of an association
 * whose jurisdiction contains it (a province's association reads its cities'), and platform admins.
 */
@Injectable()
export class ReportScopes {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async resolve(actor: Actor, associationId: string, regionCode?: string): Promise<ReportScope> {
    const association = await this.association(associationId);
    const jurisdiction = association.jurisdictionRegionCode;
    const inCharge = AccessPolicy.memberOf(actor, association.id) || AccessPolicy.coordinates(actor, jurisdiction);
    if (!inCharge) throw new DomainError('OUTSIDE_JURISDICTION');
    const region = regionCode === undefined ? getRegion(jurisdiction) : getRegion(regionCode);
    if (!region) throw DomainError.validation([{ field: 'regionCode', constraint: 'isRegion' }]);
    if (!isWithin(region.code, jurisdiction))
      throw DomainError.validation([{ field: 'regionCode', constraint: 'notInJurisdiction' }]);
    return {
      associationId: association.id,
      associationName: association.name,
      regionCode: region.code,
      regionCodes: JurisdictionDirectory.regionsWithin(region.code),
    };
  }

  private async association(id: string): Promise<StaffedAssociation> {
    if (!isUUID(id)) throw DomainError.notFound('association');
    const row = await IdentityReads.associationWithJurisdiction(this.db.manager, id);
    if (!row) throw DomainError.notFound('association');
    return row;
  }
}
