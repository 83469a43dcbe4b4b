import { AuditService } from '@app/audit';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
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
}
