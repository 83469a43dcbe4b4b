import { isWithin } from '@app/reference';
import { Actor, jurisdictionsOf, organizationIdsOf } from './actor';

/** The one place that decides whether an actor may act on an organisation's record. */
export const AccessPolicy = {
  /** Coordinators act on records whose region lies in their jurisdiction. */
  coordinates(actor: Actor | null, regionCode: string | null): boolean {
    if (!actor) return false;
    if (actor.isAdmin) return true;
    if (!regionCode) return false;
    return jurisdictionsOf(actor).some((j) => isWithin(regionCode, j));
  },

  memberOf(actor: Actor | null, organizationId: string | null): boolean {
    return !!actor && !!organizationId && organizationIdsOf(actor).includes(organizationId);
  },

  adminOf(actor: Actor | null, organizationId: string | null): boolean {
    return (
      !!actor &&
      (actor.isAdmin || actor.memberships.some((m) => m.organizationId === organizationId && m.role === 'admin'))
    );
  },

  /**
   * Who manages an organisation (profile, members, invitations, in-station experts): its admins, platform admins and,
   * for an organisation a coordinator created on a user's behalf (the concierge service), the coordinators in charge of its region.
   */
  managesOrganization(
    actor: Actor | null,
    org: { id: string; regionCode: string | null; createdOnBehalfBy: string | null },
  ): boolean {
    if (AccessPolicy.adminOf(actor, org.id)) return true;
    return !!org.createdOnBehalfBy && AccessPolicy.coordinates(actor, org.regionCode);
  },

  /** Who sees an organisation's member list: its members, the coordinators in charge and platform admins. */
  seesMembersOf(actor: Actor | null, org: { id: string; regionCode: string | null }): boolean {
    return AccessPolicy.memberOf(actor, org.id) || AccessPolicy.coordinates(actor, org.regionCode);
  },

  /** Owners and the coordinators in charge may read a record's private parts. */
  canReadPrivate(actor: Actor | null, record: { organizationId: string | null; regionCode: string | null }): boolean {
    return AccessPolicy.memberOf(actor, record.organizationId) || AccessPolicy.coordinates(actor, record.regionCode);
  },
};
