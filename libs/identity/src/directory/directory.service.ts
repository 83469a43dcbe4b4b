import { Page } from '@app/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { Organization, OrganizationType } from '../entities/organization.entity';
import { User } from '../entities/user.entity';

export interface UserFilter {
  q?: string;
  admin?: boolean;
  page: number;
  limit: number;
}
export interface OrganizationFilter {
  q?: string;
  type?: OrganizationType;
  region?: string;
  page: number;
  limit: number;
}

export interface UserRow {
  id: string;
  displayName: string;
  email: string | null;
  mobile: string | null;
  isPlatformAdmin: boolean;
  emailConfirmed: boolean;
  mobileConfirmed: boolean;
  createdAt: Date;
  organizations: number;
}
export interface OrganizationRow {
  id: string;
  name: string;
  type: OrganizationType;
  regionCode: string | null;
  jurisdictionRegionCode: string | null;
  createdAt: Date;
  members: number;
  creditCode: string | null;
}

const like = (text: string) => `%${text.trim().replace(/[\\%_]/g, '\\$&')}%`;

/** Every account and organisation of the platform, for platform admins (the controller admits admins only). */
@Injectable()
export class DirectoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async users(filter: UserFilter): Promise<Page<UserRow>> {
    const qb = this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .orderBy('u.createdAt', 'DESC')
      .addOrderBy('u.id', 'DESC');
    if (filter.q?.trim()) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`u.display_name ilike :q escape '\\'`)
            .orWhere(`u.email ilike :q escape '\\'`)
            .orWhere(`u.mobile like :q escape '\\'`),
        ),
        { q: like(filter.q) },
      );
    }
    if (filter.admin !== undefined) qb.andWhere('u.is_platform_admin = :admin', { admin: filter.admin });
    const [users, total] = await qb
      .skip((filter.page - 1) * filter.limit)
      .take(filter.limit)
      .getManyAndCount();
    const counts = await this.membershipCounts(
      'user_id',
      users.map((u) => u.id),
    );
    const items = users.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      email: u.email,
      mobile: u.mobile,
      isPlatformAdmin: u.isPlatformAdmin,
      emailConfirmed: !!u.emailConfirmedAt,
      mobileConfirmed: !!u.mobileConfirmedAt,
      createdAt: u.createdAt,
      organizations: counts.get(u.id) ?? 0,
    }));
    return { items, total, page: filter.page, limit: filter.limit };
  }

  async organizations(filter: OrganizationFilter): Promise<Page<OrganizationRow>> {
    const qb = this.db
      .getRepository(Organization)
      .createQueryBuilder('o')
      .orderBy('o.createdAt', 'DESC')
      .addOrderBy('o.id', 'DESC');
    if (filter.q?.trim())
      qb.andWhere(`(o.name ilike :q escape '\\' or o.credit_code = upper(:code))`, {
        q: like(filter.q),
        code: filter.q.trim(),
      });
    if (filter.type) qb.andWhere('o.type = :type', { type: filter.type });
    if (filter.region) qb.andWhere('o.region_code like :region', { region: `${filter.region.replace(/0+$/, '')}%` });
    const [orgs, total] = await qb
      .skip((filter.page - 1) * filter.limit)
      .take(filter.limit)
      .getManyAndCount();
    const counts = await this.membershipCounts(
      'organization_id',
      orgs.map((o) => o.id),
    );
    const items = orgs.map((o) => ({
      id: o.id,
      name: o.name,
      type: o.type,
      regionCode: o.regionCode,
      jurisdictionRegionCode: o.jurisdictionRegionCode,
      createdAt: o.createdAt,
      members: counts.get(o.id) ?? 0,
      creditCode: o.creditCode,
    }));
    return { items, total, page: filter.page, limit: filter.limit };
  }

  private async membershipCounts(column: 'user_id' | 'organization_id', ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows: { id: string; n: number }[] = await this.db.query(
      `select ${column} as id, count(*)::int as n from memberships where ${column} = any($1) group by ${column}`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }
}
