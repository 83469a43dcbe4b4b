import { DomainError } from '@app/common';
import { AccessPolicy, Actor } from '@app/identity';
import { Provider, ListingsReads } from '@app/listings';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { PUBLIC_STATUSES } from './challenge-rules';
import { ChallengeApplication } from './entities/challenge-application.entity';
import { ChallengeReviewer } from './entities/challenge-reviewer.entity';
import { Challenge } from './entities/challenge.entity';

/**
 * Who someone is to a challenge. The enterprise (its members) and the coordinators in charge (jurisdiction, steward
 * association, admins) run it; invited reviewers score it; providers apply to it. Everyone else sees the public call only.
 */
export interface ChallengeRoles {
  coordinator: boolean;
  enterprise: boolean;
  /** The reviewer row, when the actor was invited to review. */
  reviewer: ChallengeReviewer | null;
}

export const coordinatesChallenge = (
  actor: Actor | null,
  c: Pick<Challenge, 'regionCode' | 'stewardOrganizationId'>,
): boolean =>
  !!actor &&
  (actor.isAdmin ||
    AccessPolicy.coordinates(actor, c.regionCode) ||
    AccessPolicy.memberOf(actor, c.stewardOrganizationId));

export const speaksForProvider = (actor: Actor | null, p: Pick<Provider, 'userId' | 'organizationId'>): boolean =>
  !!actor &&
  (actor.isAdmin || (!!p.userId && p.userId === actor.userId) || AccessPolicy.memberOf(actor, p.organizationId));

export async function rolesIn(m: EntityManager, actor: Actor | null, c: Challenge): Promise<ChallengeRoles> {
  return {
    coordinator: coordinatesChallenge(actor, c),
    enterprise: AccessPolicy.memberOf(actor, c.organizationId),
    reviewer: actor ? await m.findOneBy(ChallengeReviewer, { challengeId: c.id, userId: actor.userId }) : null,
  };
}

/** Runs the challenge: the enterprise and the coordinators in charge. */
export const runs = (r: ChallengeRoles) => r.coordinator || r.enterprise;

/** A challenge the actor may see: public once open; before that, only those who run it (404 for others, as if absent). */
export async function loadChallenge(
  m: EntityManager,
  id: string,
  actor: Actor | null,
  options: { lock?: boolean } = {},
): Promise<{ challenge: Challenge; roles: ChallengeRoles }> {
  if (!isUUID(id)) throw DomainError.notFound('challenge');
  const challenge = await m
    .getRepository(Challenge)
    .findOne({ where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!challenge) throw DomainError.notFound('challenge');
  const roles = await rolesIn(m, actor, challenge);
  if (!PUBLIC_STATUSES.includes(challenge.status) && !runs(roles)) throw DomainError.notFound('challenge');
  return { challenge, roles };
}

export async function loadApplication(
  m: EntityManager,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ChallengeApplication> {
  if (!isUUID(id)) throw DomainError.notFound('application');
  const application = await m
    .getRepository(ChallengeApplication)
    .findOne({ where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!application) throw DomainError.notFound('application');
  return application;
}

/** The providers the actor speaks for among these (admins: none, unless they are members). */
export async function ownProviderIds(
  m: EntityManager,
  actor: Actor | null,
  providerIds: string[],
): Promise<Set<string>> {
  if (!actor || !providerIds.length) return new Set();
  const rows = await ListingsReads.providerOwners(m, providerIds);
  return new Set(
    rows
      .filter((p) => (!!p.userId && p.userId === actor.userId) || AccessPolicy.memberOf(actor, p.organizationId))
      .map((p) => p.id),
  );
}

export const wrongStatus = (from: string, action: string, allowed: string[]) =>
  new DomainError('INVALID_TRANSITION', { from, action, allowed: allowed.join(', ') }, [], { status: from, allowed });
