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
 * jurisdiction contains its region. (A lookup over identity's tables; it belongs in libs/identity once the
 * organisations work offers one.)
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
      const [steward] = await memo(`steward:${id}`, () =>
        manager.query<{ id: string }[]>(`select id from organizations where id = $1 and type = 'association'`, [id]),
      );
      if (steward) return steward.id;
    }
    if (!record.regionCode) return null;
    const ancestors = regionAncestorCodes(record.regionCode); // innermost first
    if (!ancestors.length) return null;
    const rows: { id: string; code: string }[] = await memo(`associations-over:${record.regionCode}`, () =>
      manager.query(
        `select id, jurisdiction_region_code as code from organizations
        where type = 'association' and jurisdiction_region_code = any($1) order by created_at, id`,
        [ancestors],
      ),
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
    const rows: { user_id: string }[] = await memo(`coordinators:${association}`, () =>
      association
        ? manager.query(`select user_id from memberships where organization_id = $1 order by created_at`, [association])
        : manager.query(`select id as user_id from users where is_platform_admin order by created_at`),
    );
    return rows.map((r) => r.user_id);
  }

  /**
   * Every coordinator who may act on a record: its steward association's members and those of every association
   * whose jurisdiction contains its region (county, city and province alike); platform admins when there are none.
   */
  async everyCoordinatorFor(record: Stewarded, manager: EntityManager = this.db.manager): Promise<string[]> {
    const ancestors = record.regionCode ? regionAncestorCodes(record.regionCode) : [];
    const rows: { user_id: string }[] = await manager.query(
      `select distinct on (m.user_id) m.user_id from memberships m join organizations o on o.id = m.organization_id
        where o.type = 'association' and (o.id = $1 or o.jurisdiction_region_code = any($2)) order by m.user_id`,
      [record.stewardOrganizationId, ancestors],
    );
    if (rows.length) return rows.map((r) => r.user_id);
    return (
      await manager.query<{ id: string }[]>(`select id from users where is_platform_admin order by created_at`)
    ).map((r) => r.id);
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
