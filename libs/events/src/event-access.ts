import { DomainError } from '@app/common';
import { AccessPolicy, Actor } from '@app/identity';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { EventParticipant } from './entities/event-participant.entity';
import { MatchmakingEvent } from './entities/matchmaking-event.entity';

/** Coordinators in charge of an event: its region's, its organising association's, and admins. */
export function coordinatesEvent(
  actor: Actor | null,
  event: Pick<MatchmakingEvent, 'regionCode' | 'organizerOrganizationId'>,
): boolean {
  return (
    !!actor &&
    (actor.isAdmin ||
      AccessPolicy.coordinates(actor, event.regionCode) ||
      AccessPolicy.memberOf(actor, event.organizerOrganizationId))
  );
}

/** Whether the actor speaks for a participant: a member of its enterprise or organisation, or the expert's own account. */
export function speaksFor(actor: Actor | null, p: Pick<EventParticipant, 'organizationId' | 'userId'>): boolean {
  return !!actor && (AccessPolicy.memberOf(actor, p.organizationId) || (!!p.userId && p.userId === actor.userId));
}

export interface EventViewer {
  event: MatchmakingEvent;
  coordinator: boolean;
  /** The participants the actor speaks for (invited, registered or declined). */
  mine: EventParticipant[];
}

/** 404 for an unknown event; 403 for anyone neither in charge of it nor invited to it. */
export async function viewerOf(
  m: EntityManager,
  id: string,
  actor: Actor,
  options: { lock?: boolean } = {},
): Promise<EventViewer> {
  if (!isUUID(id)) throw DomainError.notFound('event');
  const event = await m
    .getRepository(MatchmakingEvent)
    .findOne({ where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!event) throw DomainError.notFound('event');
  const coordinator = coordinatesEvent(actor, event);
  const orgs = actor.memberships.map((ms) => ms.organizationId);
  const mine: EventParticipant[] = await m
    .getRepository(EventParticipant)
    .createQueryBuilder('p')
    .where('p.event_id = :id', { id })
    .andWhere('(p.user_id = :user or p.organization_id = any(:orgs))', { user: actor.userId, orgs })
    .orderBy('p.created_at')
    .getMany();
  if (!coordinator && !mine.length) throw DomainError.forbidden();
  return { event, coordinator, mine };
}

export function assertCoordinator(viewer: EventViewer): void {
  if (!viewer.coordinator) throw DomainError.forbidden();
}

/** The participant named in the path, of this event: 404 when not; 403 unless the actor is in charge or speaks for it. */
export async function participantOf(
  m: EntityManager,
  viewer: EventViewer,
  participantId: string,
  actor: Actor,
): Promise<EventParticipant> {
  const p = isUUID(participantId)
    ? await m.findOneBy(EventParticipant, { id: participantId, eventId: viewer.event.id })
    : null;
  if (!p) throw DomainError.notFound('participant');
  if (!viewer.coordinator && !speaksFor(actor, p)) throw DomainError.forbidden();
  return p;
}
