import type { OrganizationType } from '../entities/organization.entity';
import type { MembershipRole } from '../entities/membership.entity';

export interface ActorMembership {
  organizationId: string;
  organizationType: OrganizationType;
  role: MembershipRole;
  /** Set for associations: the region their coordinators look after. */
  jurisdictionRegionCode: string | null;
}

/** The signed-in user as every access decision sees them. */
export interface Actor {
  userId: string;
  isAdmin: boolean;
  locale: 'zh-CN' | 'en';
  memberships: ActorMembership[];
}

export const organizationIdsOf = (actor: Actor | null) => actor?.memberships.map((m) => m.organizationId) ?? [];

export const jurisdictionsOf = (actor: Actor | null): string[] =>
  actor?.memberships
    .filter((m) => m.organizationType === 'association' && m.jurisdictionRegionCode)
    .map((m) => m.jurisdictionRegionCode!) ?? [];

export const isCoordinator = (actor: Actor | null) => !!actor && (actor.isAdmin || jurisdictionsOf(actor).length > 0);
