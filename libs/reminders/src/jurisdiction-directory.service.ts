import { IdentityReads } from '@app/identity';
import { getRegion, listRegions, regionAncestorCodes } from '@app/reference';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Memo, noMemo } from './reminder-kinds';

export interface Stewarded {
  regionCode: string | null;
  stewardOrganizationId: string | null;
}

const descendantsCache = new Map<string, string[]>();

/**
 * Who is in charge of a record: its steward association when it has one, else the most local association whose
 * jurisdiction contains its region. (Reads identity's tables through `IdentityReads`.)
 */
@Injectable()
export class JurisdictionDirectory {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** `memo` (a delivery batch's, see ReminderContext) shares the lookups between records. */
  async associationFor(
    record: Stewarded,
    manager: EntityManager = this.db.manager,
    memo: Memo = noMemo,
  ): Promise<string | null> {
    if (record.stewardOrganizationId) {
      const id = record.stewardOrganizationId;
      if (await memo(`steward:${id}`, () => IdentityReads.isAssociation(manager, id))) return id;
    }
    if (!record.regionCode) return null;
    const ancestors = regionAncestorCodes(record.regionCode); // innermost first
    if (!ancestors.length) return null;
    const rows = await memo(`associations-over:${record.regionCode}`, () =>
      IdentityReads.associationsOver(manager, ancestors),
    );
    for (const code of ancestors) {
      const found = rows.find((r) => r.code === code);
      if (found) return found.id;
    }
    return null;
  }

  /** The coordinators to alert about a record; platform admins when no association is in charge. */
  async coordinatorsFor(
    record: Stewarded,
    manager: EntityManager = this.db.manager,
    memo: Memo = noMemo,
  ): Promise<string[]> {
    const association = await this.associationFor(record, manager, memo);
    return memo(`coordinators:${association}`, () =>
      association ? IdentityReads.memberIds(manager, association) : IdentityReads.platformAdminIds(manager),
    );
  }

  /**
   * Every coordinator who may act on a record: its steward association's members and those of every association
   * whose jurisdiction contains its region (county, city and province alike); platform admins when there are none.
   */
  async everyCoordinatorFor(record: Stewarded, manager: EntityManager = this.db.manager): Promise<string[]> {
    const ancestors = record.regionCode ? regionAncestorCodes(record.regionCode) : [];
    const members = await IdentityReads.membersOfAssociations(manager, record.stewardOrganizationId, ancestors);
    return members.length ? members : IdentityReads.platformAdminIds(manager);
  }

  /** The region and every region inside it (its cities and counties). */
  static regionsWithin(code: string): string[] {
    const region = getRegion(code);
    if (!region) return [];
    const cached = descendantsCache.get(region.code);
    if (cached) return cached;
    const all: string[] = [];
    const walk = (c: string) => {
      all.push(c);
      for (const child of listRegions({ parentCode: c })) walk(child.code);
    };
    walk(region.code);
    descendantsCache.set(region.code, all);
    return all;
  }
}
