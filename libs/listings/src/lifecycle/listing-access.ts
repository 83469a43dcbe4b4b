import { Actor, AccessPolicy } from '@app/identity';
import { ListingAction, ListingRole, ROLES_OF_ACTION } from './transitions';

/** Who owns a listing and where it is reviewed: what every access decision about it needs. */
export interface ListingScope {
  /** The owning organisation: the enterprise of a need, the society or workstation of a capability. */
  organizationId: string | null;
  /** An expert's own account, for capabilities an expert publishes in person. */
  ownerUserId: string | null;
  /** The region whose coordinators review the listing. */
  regionCode: string | null;
  /** The association whose coordinators manage it on the owner's behalf (concierge service). */
  stewardOrganizationId: string | null;
}

/** Record-level rules for needs and capabilities, built on AccessPolicy. */
export const ListingAccess = {
  isOwner(actor: Actor | null, scope: ListingScope): boolean {
    return (
      AccessPolicy.memberOf(actor, scope.organizationId) ||
      (!!actor && !!scope.ownerUserId && actor.userId === scope.ownerUserId)
    );
  },

  /** Coordinators whose jurisdiction contains the listing's region, and admins. */
  reviews(actor: Actor | null, scope: ListingScope): boolean {
    return AccessPolicy.coordinates(actor, scope.regionCode);
  },

  /** The coordinators in charge: the reviewers, and the steward association's coordinators. */
  inCharge(actor: Actor | null, scope: ListingScope): boolean {
    return ListingAccess.reviews(actor, scope) || AccessPolicy.memberOf(actor, scope.stewardOrganizationId);
  },

  /** Drafts, return reasons and pending revisions: the owner and the coordinators in charge. */
  readsPrivate(actor: Actor | null, scope: ListingScope): boolean {
    return ListingAccess.isOwner(actor, scope) || ListingAccess.inCharge(actor, scope);
  },

  /** Anyone may read a listing that has been published (also once closed); drafts stay private. */
  canView(actor: Actor | null, listing: { publishedAt: Date | null }, scope: ListingScope): boolean {
    return listing.publishedAt !== null || ListingAccess.readsPrivate(actor, scope);
  },

  /** Whether the actor (null: the system) plays one of the roles that take this action. */
  mayTake(action: ListingAction, actor: Actor | null, scope: ListingScope): boolean {
    return ROLES_OF_ACTION[action].some((role: ListingRole) => {
      if (role === 'system') return actor === null;
      if (role === 'owner') return ListingAccess.isOwner(actor, scope);
      return ListingAccess.reviews(actor, scope);
    });
  },
};
