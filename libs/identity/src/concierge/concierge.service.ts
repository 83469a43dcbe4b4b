import { AuditService } from '@app/audit';
import { DomainError, Page } from '@app/common';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { Invitation } from '../entities/invitation.entity';
import { Actor, jurisdictionsOf } from '../access/actor';
import { AuthService } from '../auth/auth.service';
import { MembershipRole } from '../entities/membership.entity';
import { Organization } from '../entities/organization.entity';
import { InvitationsService, IssuedInvitation } from '../invitations/invitations.service';
import { assertManages } from '../organizations/organization-rules';
import { NewOrganization, OrganizationsService } from '../organizations/organizations.service';

export interface ConciergeAccountInput {
  displayName: string;
  email?: string;
  mobile?: string;
  organizationId: string;
  role: MembershipRole;
}

export interface ConciergeAccount {
  user: { id: string; displayName: string; email: string | null; mobile: string | null; createdOnBehalfBy: string };
  /** The one-time set-password invitation that hands the account over; the role is granted when it is redeemed. */
  invitation: IssuedInvitation;
}

/**
 * Where an account created on a user's behalf stands in its hand-over, from its latest set-password invitation:
 * invited (a link is out and usable), claimed (the user set a password), expired or revoked (a new link is needed).
 */
export const HAND_OVER_STATES = ['invited', 'claimed', 'expired', 'revoked'] as const;
export type HandOverState = (typeof HAND_OVER_STATES)[number];

export interface ConciergeAccountRow {
  userId: string;
  displayName: string;
  email: string | null;
  mobile: string | null;
  organization: { id: string; name: string; regionCode: string | null } | null;
  role: MembershipRole | null;
  createdBy: { id: string; displayName: string };
  createdAt: Date;
  state: HandOverState;
  /** When the latest link was issued, and until when it works. */
  linkIssuedAt: Date | null;
  linkExpiresAt: Date | null;
  claimedAt: Date | null;
}

const STATE_SQL = `case when i.accepted_at is not null then 'claimed' when i.revoked_at is not null then 'revoked'
  when i.expires_at <= now() then 'expired' when i.id is not null then 'invited' else 'revoked' end`;

/** The region-code prefix that every region inside `code` starts with ("440000" → "44", "440600" → "4406"). */
const regionPrefix = (code: string) =>
  code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;

/**
 * The concierge (保姆式) service: coordinators set up organisations and accounts for users in their jurisdiction,
 * recorded as created on their behalf, and hand them over by invitation.
 */
@Injectable()
export class ConciergeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly invitations: InvitationsService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  /** The organisation's region must lie in the coordinator's jurisdiction; the coordinator does not become a member. */
  createOrganization(input: NewOrganization, actor: Actor): Promise<Organization> {
    return this.organizations.create(input, actor, { onBehalf: true });
  }

  /** Creates an account nobody can sign in to yet, for an organisation the coordinator manages, and its set-password invitation. */
  async createAccount(input: ConciergeAccountInput, actor: Actor): Promise<ConciergeAccount> {
    const org = await this.organizations.get(input.organizationId);
    assertManages(actor, org);
    return this.db.transaction(async (m) => {
      const unusablePassword = randomBytes(32).toString('base64url');
      const user = await this.auth.register(
        { email: input.email, mobile: input.mobile, displayName: input.displayName, password: unusablePassword },
        actor.userId,
        m,
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'user.created-on-behalf',
          targetType: 'user',
          targetId: user.id,
          after: {
            displayName: user.displayName,
            email: user.email,
            mobile: user.mobile,
            organizationId: org.id,
            role: input.role,
          },
        },
        m,
      );
      const invitation = await this.invitations.issue(
        m,
        {
          purpose: 'set-password',
          organizationId: org.id,
          role: input.role,
          email: user.email,
          mobile: user.mobile,
          userId: user.id,
        },
        actor,
      );
      return {
        user: {
          id: user.id,
          displayName: user.displayName,
          email: user.email,
          mobile: user.mobile,
          createdOnBehalfBy: actor.userId,
        },
        invitation,
      };
    });
  }

  /**
   * Accounts created on users' behalf with their hand-over state, newest first: platform admins see all; a coordinator
   * those whose organisation lies in their jurisdiction and those they created themselves.
   */
  async listAccounts(
    query: { page: number; limit: number; state?: HandOverState },
    actor: Actor,
  ): Promise<Page<ConciergeAccountRow>> {
    const prefixes = jurisdictionsOf(actor).map((j) => `${regionPrefix(j)}%`);
    const rows: Record<string, unknown>[] = await this.db.query(
      `select u.id as user_id, u.display_name, u.email, u.mobile, u.created_at, u.created_on_behalf_by,
              c.display_name as created_by_name, o.id as organization_id, o.name as organization_name,
              o.region_code, i.role, i.created_at as link_issued_at, i.expires_at, i.accepted_at,
              ${STATE_SQL} as state, count(*) over () as total
         from users u
         join users c on c.id = u.created_on_behalf_by
         left join lateral (select * from invitations x where x.user_id = u.id and x.purpose = 'set-password'
                             order by x.created_at desc, x.id desc limit 1) i on true
         left join organizations o on o.id = i.organization_id
        where u.created_on_behalf_by is not null
          and ($1 or u.created_on_behalf_by = $2 or o.region_code like any($3::text[]))
          and ($4::text is null or ${STATE_SQL} = $4)
        order by u.created_at desc, u.id desc
        limit $5 offset $6`,
      [actor.isAdmin, actor.userId, prefixes, query.state ?? null, query.limit, (query.page - 1) * query.limit],
    );
    const total = rows.length ? Number(rows[0].total) : await this.countAccounts(query, actor, prefixes);
    return { items: rows.map(accountRow), total, page: query.page, limit: query.limit };
  }

  /**
   * A new hand-over link for an account not yet claimed (the old link's token is never stored, so it cannot be shown
   * again): earlier unused links stop working. For whoever manages the account's organisation.
   */
  async reissueLink(userId: string, actor: Actor): Promise<IssuedInvitation> {
    const latest = isUUID(userId)
      ? await this.db.getRepository(Invitation).findOne({
          where: { userId, purpose: 'set-password' },
          order: { createdAt: 'DESC' },
        })
      : null;
    if (!latest?.organizationId) throw DomainError.notFound('user');
    assertManages(actor, await this.organizations.get(latest.organizationId));
    if (latest.acceptedAt) throw new DomainError('ACCOUNT_CLAIMED');
    return this.db.transaction(async (m) => {
      const revoked = await m.update(
        Invitation,
        { userId, purpose: 'set-password', acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const { organizationId, role, email, mobile } = latest;
      const issued = await this.invitations.issue(
        m,
        { purpose: 'set-password', organizationId, role, email, mobile, userId },
        actor,
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'user.hand-over-link-reissued',
          targetType: 'user',
          targetId: userId,
          after: { invitationId: issued.id, revokedLinks: revoked.affected ?? 0 },
        },
        m,
      );
      return issued;
    });
  }

  /** The total when the page asked for lies past the last row (the window count then has no row to ride on). */
  private async countAccounts(query: { state?: HandOverState }, actor: Actor, prefixes: string[]): Promise<number> {
    const [{ n }]: { n: number }[] = await this.db.query(
      `select count(*)::int as n
         from users u
         left join lateral (select * from invitations x where x.user_id = u.id and x.purpose = 'set-password'
                             order by x.created_at desc, x.id desc limit 1) i on true
         left join organizations o on o.id = i.organization_id
        where u.created_on_behalf_by is not null
          and ($1 or u.created_on_behalf_by = $2 or o.region_code like any($3::text[]))
          and ($4::text is null or ${STATE_SQL} = $4)`,
      [actor.isAdmin, actor.userId, prefixes, query.state ?? null],
    );
    return n;
  }
}

function accountRow(r: Record<string, unknown>): ConciergeAccountRow {
  const date = (v: unknown) => (v ? new Date(v as string) : null);
  return {
    userId: r.user_id as string,
    displayName: r.display_name as string,
    email: r.email as string | null,
    mobile: r.mobile as string | null,
    organization: r.organization_id
      ? {
          id: r.organization_id as string,
          name: r.organization_name as string,
          regionCode: r.region_code as string | null,
        }
      : null,
    role: r.role as MembershipRole | null,
    createdBy: { id: r.created_on_behalf_by as string, displayName: r.created_by_name as string },
    createdAt: new Date(r.created_at as string),
    state: r.state as HandOverState,
    linkIssuedAt: date(r.link_issued_at),
    linkExpiresAt: date(r.expires_at),
    claimedAt: date(r.accepted_at),
  };
}
