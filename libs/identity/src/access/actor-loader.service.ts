import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ActorMembership } from './actor';

/** Reads a user's current memberships, so that a role change takes effect on the next request. */
@Injectable()
export class ActorLoader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(userId: string): Promise<Actor | null> {
    const rows: { is_platform_admin: boolean; locale: 'zh-CN' | 'en'; organization_id: string | null; type: string; role: string; jurisdiction_region_code: string | null }[] =
      await this.db.query(
        `select u.is_platform_admin, u.locale, m.organization_id, o.type, m.role, o.jurisdiction_region_code
           from users u
           left join memberships m on m.user_id = u.id
           left join organizations o on o.id = m.organization_id
          where u.id = $1`,
        [userId],
      );
    if (!rows.length) return null;
    const memberships: ActorMembership[] = rows.filter((r) => r.organization_id).map((r) => ({
      organizationId: r.organization_id!,
      organizationType: r.type as ActorMembership['organizationType'],
      role: r.role as ActorMembership['role'],
      jurisdictionRegionCode: r.jurisdiction_region_code,
    }));
    return { userId, isAdmin: rows[0].is_platform_admin, locale: rows[0].locale, memberships };
  }
}
