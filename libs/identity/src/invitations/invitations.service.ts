import { AuditService } from '@app/audit';
import { DomainError } from '@app/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor } from '../access/actor';
import { AuthService, TokenPair } from '../auth/auth.service';
import { hashPassword } from '../auth/passwords';
import { Invitation, InvitationPurpose } from '../entities/invitation.entity';
import { Membership, MembershipRole } from '../entities/membership.entity';
import { User } from '../entities/user.entity';
import { assertManages } from '../organizations/organization-rules';
import { OrganizationsService } from '../organizations/organizations.service';
import { hashInvitationToken, newInvitationToken } from './invitation-tokens';

export interface IssuedInvitation {
  id: string;
  purpose: InvitationPurpose;
  organizationId: string | null;
  role: MembershipRole;
  email: string | null;
  mobile: string | null;
  /** Shown once, to the inviter, who passes it on; only its hash is kept. */
  token: string;
  expiresAt: Date;
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

/** Single-use, seven-day invitations: to join an organisation, or to take over an account created on one's behalf. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  /** An organisation's manager invites an e-mail address or mobile number with a role. */
  async invite(
    organizationId: string,
    invitee: { email?: string; mobile?: string },
    role: MembershipRole,
    actor: Actor,
  ): Promise<IssuedInvitation> {
    const org = await this.organizations.get(organizationId);
    assertManages(actor, org);
    const email = invitee.email?.trim().toLowerCase() || null;
    const mobile = email ? null : invitee.mobile?.trim() || null;
    if (!email && !mobile) throw DomainError.validation([{ field: 'email', constraint: 'isDefined' }]);
    const existing = await this.db.getRepository(User).findOneBy(email ? { email } : { mobile: mobile! });
    if (existing && (await this.db.getRepository(Membership).existsBy({ organizationId, userId: existing.id })))
      throw new DomainError('ALREADY_MEMBER');
    return this.db.transaction((m) =>
      this.issue(m, { purpose: 'join', organizationId, role, email, mobile, userId: null }, actor),
    );
  }

  /** Inside the caller's transaction: writes the invitation (hash only) and its audit entry. */
  async issue(
    m: EntityManager,
    values: Pick<Invitation, 'purpose' | 'organizationId' | 'role' | 'email' | 'mobile' | 'userId'>,
    actor: Actor,
  ): Promise<IssuedInvitation> {
    const { token, tokenHash, expiresAt } = newInvitationToken();
    const saved = await m.save(m.create(Invitation, { ...values, tokenHash, expiresAt, invitedBy: actor.userId }));
    const { purpose, organizationId, role, email, mobile, userId } = values;
    await this.audit.record(
      {
        actorId: actor.userId,
        action: 'invitation.created',
        targetType: 'invitation',
        targetId: saved.id,
        after: { purpose, organizationId, role, email, mobile, userId, expiresAt: expiresAt.toISOString() },
      },
      m,
    );
    return { id: saved.id, purpose, organizationId, role, email, mobile, token, expiresAt };
  }

  async list(organizationId: string, actor: Actor) {
    const org = await this.organizations.get(organizationId);
    assertManages(actor, org);
    const rows = await this.db
      .getRepository(Invitation)
      .find({ where: { organizationId }, order: { createdAt: 'DESC' }, take: 200 });
    return rows.map((i) => ({
      id: i.id,
      purpose: i.purpose,
      role: i.role,
      email: i.email,
      mobile: i.mobile,
      invitedBy: i.invitedBy,
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      acceptedAt: i.acceptedAt,
      acceptedBy: i.acceptedBy,
      status: statusOf(i),
    }));
  }

  async revoke(organizationId: string, invitationId: string, actor: Actor): Promise<void> {
    const org = await this.organizations.get(organizationId);
    assertManages(actor, org);
    await this.db.transaction(async (m) => {
      const result = isUUID(invitationId)
        ? await m.update(
            Invitation,
            { id: invitationId, organizationId, acceptedAt: IsNull(), revokedAt: IsNull() },
            { revokedAt: new Date() },
          )
        : { affected: 0 };
      if (!result.affected) throw DomainError.notFound('invitation');
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'invitation.revoked',
          targetType: 'invitation',
          targetId: invitationId,
          after: { organizationId },
        },
        m,
      );
    });
  }

  /** The signed-in invitee accepts; the account's e-mail or mobile must be the one invited, and confirmed. */
  async accept(token: string, actor: Actor): Promise<{ organizationId: string; role: MembershipRole }> {
    const invitation = await this.findUsable(token, 'join');
    const user = await this.db.getRepository(User).findOneByOrFail({ id: actor.userId });
    const channel =
      invitation.email && user.email === invitation.email
        ? 'email'
        : invitation.mobile && user.mobile === invitation.mobile
          ? 'mobile'
          : null;
    if (!channel) throw new DomainError('INVITATION_ACCOUNT_MISMATCH');
    // Whoever registered the address first must also have proved they receive its mail or texts.
    if (!(channel === 'email' ? user.emailConfirmedAt : user.mobileConfirmedAt))
      throw new DomainError('CONTACT_UNCONFIRMED', {}, [], { channel });
    const role = await this.db.transaction((m) => this.redeem(m, invitation, user.id));
    return { organizationId: invitation.organizationId!, role };
  }

  /** A newcomer registers with the invited e-mail or mobile number and joins; returns a signed-in session. */
  async register(
    token: string,
    input: { password: string; displayName: string; locale?: 'zh-CN' | 'en' },
  ): Promise<TokenPair> {
    const invitation = await this.findUsable(token, 'join');
    await this.db.transaction(async (m) => {
      const user = await this.auth.register(
        { ...input, email: invitation.email ?? undefined, mobile: invitation.mobile ?? undefined },
        null,
        m,
      );
      await this.redeem(m, invitation, user.id);
    });
    return this.auth.login((invitation.email ?? invitation.mobile)!, input.password);
  }

  /** Hand-over of a concierge account: the user sets their password, joins the named organisation, and is signed in. */
  async setPassword(token: string, password: string): Promise<TokenPair> {
    const invitation = await this.findUsable(token, 'set-password');
    const user = await this.db.getRepository(User).findOneByOrFail({ id: invitation.userId! });
    await this.db.transaction(async (m) => {
      await this.redeem(m, invitation, user.id);
      await m.update(User, { id: user.id }, { passwordHash: await hashPassword(password) });
      await this.audit.record(
        {
          actorId: user.id,
          action: 'auth.password-set',
          targetType: 'user',
          targetId: user.id,
          after: { invitationId: invitation.id },
        },
        m,
      );
    });
    return this.auth.login((user.email ?? user.mobile)!, password);
  }

  private async findUsable(token: string, purpose: InvitationPurpose): Promise<Invitation> {
    const invitation = await this.db.getRepository(Invitation).findOneBy({ tokenHash: hashInvitationToken(token) });
    if (!invitation || invitation.purpose !== purpose || statusOf(invitation) !== 'pending')
      throw new DomainError('INVITATION_INVALID');
    return invitation;
  }

  /** Marks the invitation used (exactly once, even under concurrent attempts) and grants its role without ever demoting. */
  private async redeem(m: EntityManager, invitation: Invitation, userId: string): Promise<MembershipRole> {
    const consumed: [unknown[], number] = await m.query(
      `update invitations set accepted_at = now(), accepted_by = $2, updated_at = now()
        where id = $1 and accepted_at is null and revoked_at is null and expires_at > now()`,
      [invitation.id, userId],
    );
    if (!consumed[1]) throw new DomainError('INVITATION_INVALID');
    await this.audit.record(
      {
        actorId: userId,
        action: 'invitation.accepted',
        targetType: 'invitation',
        targetId: invitation.id,
        after: { organizationId: invitation.organizationId, role: invitation.role, userId },
      },
      m,
    );
    if (!invitation.organizationId) return invitation.role;
    const current = await m.findOneBy(Membership, { organizationId: invitation.organizationId, userId });
    if (current?.role === 'admin') return 'admin';
    await this.organizations.addMember(invitation.organizationId, userId, invitation.role, { userId }, m);
    return invitation.role;
  }
}

function statusOf(i: Invitation): InvitationStatus {
  if (i.acceptedAt) return 'accepted';
  if (i.revokedAt) return 'revoked';
  return i.expiresAt.getTime() <= Date.now() ? 'expired' : 'pending';
}
