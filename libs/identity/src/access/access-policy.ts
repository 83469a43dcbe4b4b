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
    return !!actor && (actor.isAdmin || actor.memberships.some((m) => m.organizationId === organizationId && m.role === 'admin'));
  },

  /** Owners and the coordinators in charge may read a record's private parts. */
  canReadPrivate(actor: Actor | null, record: { organizationId: string | null; regionCode: string | null }): boolean {
    return AccessPolicy.memberOf(actor, record.organizationId) || AccessPolicy.coordinates(actor, record.regionCode);
  },
};
