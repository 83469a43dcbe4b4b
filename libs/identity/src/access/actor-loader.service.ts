import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ActorMembership } from './actor';

/** What an access token says about the sign-in it belongs to. */
export interface AccessSession {
  /** The account's token version when the token was signed. */
  version: number;
  /** The refresh-token family of the sign-in: once none of its tokens is live (logout, reuse), its access tokens die too. */
  family: string;
}

/** Reads a user's current memberships, so that a role change takes effect on the next request. */
@Injectable()
export class ActorLoader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The actor; with `session`, null as well when that sign-in was revoked (one query either way). */
  async load(userId: string, session?: AccessSession): Promise<Actor | null> {
    const rows: {
      is_platform_admin: boolean;
      locale: 'zh-CN' | 'en';
      organization_id: string | null;
      type: string;
      role: string;
      jurisdiction_region_code: string | null;
      live: boolean;
    }[] = await this.db.query(
      `select u.is_platform_admin, u.locale, m.organization_id, o.type, m.role, o.jurisdiction_region_code,
                ($2::int is null or (u.token_version = $2::int and exists (
                  select 1 from refresh_tokens r where r.family_id = $3::uuid and r.user_id = u.id and r.revoked_at is null and r.expires_at > now()))) as live
           from users u
           left join memberships m on m.user_id = u.id
           left join organizations o on o.id = m.organization_id
          where u.id = $1`,
      [userId, session?.version ?? null, session?.family ?? null],
    );
    if (!rows.length || !rows[0].live) return null;
    const memberships: ActorMembership[] = rows
      .filter((r) => r.organization_id)
      .map((r) => ({
        organizationId: r.organization_id!,
        organizationType: r.type as ActorMembership['organizationType'],
        role: r.role as ActorMembership['role'],
        jurisdictionRegionCode: r.jurisdiction_region_code,
      }));
    return { userId, isAdmin: rows[0].is_platform_admin, locale: rows[0].locale, memberships };
  }
}
