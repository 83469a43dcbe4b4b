import { AuditService } from '@app/audit';
import { DomainError } from '@app/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../access/access-policy';
import { Actor, isCoordinator } from '../access/actor';
import { AuthService } from '../auth/auth.service';
import { Membership, MembershipRole } from '../entities/membership.entity';
import { assertManages } from './organization-rules';
import { OrganizationsService } from './organizations.service';

export interface MemberView {
  userId: string;
  displayName: string;
  email: string | null;
  mobile: string | null;
  role: MembershipRole;
  joinedAt: Date;
}

/** Members and their roles. Organisation admins manage them; every change is audited with before and after. */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  /** Visible to the organisation's members, the coordinators in charge of its region and platform admins. */
  async list(organizationId: string, actor: Actor): Promise<MemberView[]> {
    const org = await this.organizations.get(organizationId);
    if (!AccessPolicy.seesMembersOf(actor, org))
      throw isCoordinator(actor) ? new DomainError('OUTSIDE_JURISDICTION') : DomainError.forbidden();
    return this.db.query(
      `select u.id as "userId", u.display_name as "displayName", u.email, u.mobile, m.role, m.created_at as "joinedAt"
         from memberships m join users u on u.id = m.user_id
        where m.organization_id = $1 order by m.role, m.created_at`,
      [organizationId],
    );
  }

  async changeRole(
    organizationId: string,
    userId: string,
    role: MembershipRole,
    actor: Actor,
  ): Promise<{ userId: string; role: MembershipRole }> {
    const org = await this.organizations.get(organizationId);
    assertManages(actor, org);
    await this.db.transaction(async (m) => {
      const current = await this.membership(m, organizationId, userId);
      if (current.role === role) return;
      if (current.role === 'admin') await this.assertAnotherAdmin(m, organizationId, userId);
      await this.organizations.addMember(organizationId, userId, role, actor, m);
      // Losing rights ends the member's current access tokens (roles are read on every request anyway; this also ends
      // whatever a client cached from them). A promotion needs no new token.
      if (current.role === 'admin') await this.auth.revokeAccessTokens(userId, m);
    });
    return { userId, role };
  }

  /** Admins remove members; any member may leave. The last admin can do neither. */
  async remove(organizationId: string, userId: string, actor: Actor): Promise<void> {
    const org = await this.organizations.get(organizationId);
    if (actor.userId !== userId) assertManages(actor, org);
    await this.db.transaction(async (m) => {
      const current = await this.membership(m, organizationId, userId);
      if (current.role === 'admin') await this.assertAnotherAdmin(m, organizationId, userId);
      await m.delete(Membership, { id: current.id });
      await this.auth.revokeAccessTokens(userId, m);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'membership.removed',
          targetType: 'organization',
          targetId: organizationId,
          before: { userId, role: current.role },
          after: null,
        },
        m,
      );
    });
  }

  private async membership(m: EntityManager, organizationId: string, userId: string): Promise<Membership> {
    const found = isUUID(userId) ? await m.findOneBy(Membership, { organizationId, userId }) : null;
    if (!found) throw DomainError.notFound('membership');
    return found;
  }

  /** Locks the organisation's admin rows so that two concurrent demotions cannot leave it without an admin. */
  private async assertAnotherAdmin(m: EntityManager, organizationId: string, leavingUserId: string): Promise<void> {
    const admins: { user_id: string }[] = await m.query(
      `select user_id from memberships where organization_id = $1 and role = 'admin' for update`,
      [organizationId],
    );
    if (!admins.some((a) => a.user_id !== leavingUserId)) throw new DomainError('LAST_ADMIN');
  }
}
