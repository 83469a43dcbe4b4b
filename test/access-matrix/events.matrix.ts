import { EventsService, ScheduleService } from '@app/events';
import { shanghaiDate } from '@app/events/event-time';
import { coordinatorInChargeAndAdmin, ownerCoordinatorInChargeAndAdmin, signedIn } from './expectations';
import { MatrixEntry, SetupCall, SetupHook } from './types';
import { loadActor } from './world';

/**
 * Matchmaking events. Each call gets a fresh event of the side's coordinator in the side's city, held today, with the
 * side's published need (the member's enterprise) and workstation profile (the member's workstation) registered, and
 * the side's imported expert registered by the coordinator on its behalf. A foreign coordinator sees nothing of it.
 */
const ev = '/api/v1/events/{id}';

export const entries: MatrixEntry[] = [
  {
    method: 'POST',
    path: '/api/v1/events',
    target: 'none',
    body: eventBody('440600'),
    expect: { anonymous: 401, member: 403, otherMember: 403, coordinator: 201, foreignCoordinator: 403, admin: 201 },
    note: 'a 佛山 event: 茂名市科协 is outside its jurisdiction',
  },
  { method: 'GET', path: '/api/v1/events', expect: signedIn(200), note: 'scoped to the caller' },
  {
    method: 'GET',
    path: ev,
    setup: 'eventWithParticipants',
    expect: ownerCoordinatorInChargeAndAdmin(200),
    note: 'the member speaks for two participants',
  },
  {
    method: 'GET',
    path: `${ev}/suggestions`,
    setup: 'eventWithParticipants',
    expect: coordinatorInChargeAndAdmin(200),
  },
  { method: 'POST', path: `${ev}/invitations`, setup: 'emptyEvent', expect: coordinatorInChargeAndAdmin(201) },
  {
    method: 'GET',
    path: `${ev}/participants`,
    setup: 'eventWithParticipants',
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: `${ev}/participants/{participantId}/respond`,
    setup: 'invitedEvent',
    body: { decision: 'register' },
    expect: ownerCoordinatorInChargeAndAdmin(200),
    note: 'the invitee, or a coordinator in charge on its behalf',
  },
  {
    method: 'GET',
    path: `${ev}/participants/{participantId}/candidates`,
    setup: 'eventWithParticipants',
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  {
    method: 'PUT',
    path: `${ev}/participants/{participantId}/preferences`,
    setup: 'eventWithParticipants',
    body: { wishes: [], unavailableSlots: [1] },
    expect: ownerCoordinatorInChargeAndAdmin(200),
  },
  { method: 'POST', path: `${ev}/schedule`, setup: 'eventWithParticipants', expect: coordinatorInChargeAndAdmin(202) },
  {
    method: 'GET',
    path: `${ev}/schedule`,
    setup: 'eventWithParticipants',
    expect: ownerCoordinatorInChargeAndAdmin(200),
    note: 'a participant sees its own meetings',
  },
  { method: 'POST', path: `${ev}/meetings`, setup: 'placementBody', expect: coordinatorInChargeAndAdmin(201) },
  {
    method: 'PATCH',
    path: `${ev}/meetings/{meetingId}`,
    setup: 'eventWithParticipants',
    body: { slot: 1, table: 1 },
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'DELETE',
    path: `${ev}/meetings/{meetingId}`,
    setup: 'eventWithParticipants',
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'POST',
    path: `${ev}/meetings/{meetingId}/outcome`,
    setup: 'eventWithParticipants',
    body: { outcome: 'no_interest' },
    expect: ownerCoordinatorInChargeAndAdmin(200),
    note: 'either side of the meeting or a coordinator in charge',
  },
  { method: 'GET', path: `${ev}/print`, setup: 'participantPrint', expect: ownerCoordinatorInChargeAndAdmin(200) },
  { method: 'GET', path: `${ev}/print`, setup: 'tablesPrint', expect: coordinatorInChargeAndAdmin(200) },
];

function eventBody(city: string) {
  return {
    title: '矩阵供需对接会',
    date: shanghaiDate(new Date()),
    venue: '矩阵会场',
    region: city,
    tables: 2,
    capacity: 10,
    slots: [
      { start: '09:00', end: '09:20' },
      { start: '09:30', end: '09:50' },
    ],
    keywords: ['矩阵测试'],
  };
}

const sideOf = (call: SetupCall) => (call.target === 'foreign' ? 'foreign' : 'own');
const actorOf = (call: SetupCall, role: 'coordinator' | 'member') => {
  const own = sideOf(call) === 'own';
  const account =
    call.world.accounts[
      role === 'coordinator' ? (own ? 'coordinator' : 'foreignCoordinator') : own ? 'member' : 'otherMember'
    ];
  return loadActor(call.world, account.userId);
};

async function freshEvent(call: SetupCall): Promise<string> {
  const coordinator = await actorOf(call, 'coordinator');
  const created = await call.world.stack.api.get(EventsService).create(coordinator, {
    ...eventBody(call.world.regions[sideOf(call)].city),
    title: `矩阵供需对接会 ${call.unique}`,
  });
  return created.id;
}

async function invited(call: SetupCall) {
  const id = await freshEvent(call);
  const records = call.world.records[sideOf(call)];
  const events = call.world.stack.api.get(EventsService);
  const result = await events.invite(id, await actorOf(call, 'coordinator'), {
    needIds: [records.publishedNeed],
    providerIds: [records.provider, records.expert],
  });
  const of = (key: string) =>
    result.participants.find((p) => p.needId === records[key] || p.providerId === records[key])!.id;
  return { id, need: of('publishedNeed'), station: of('provider'), expert: of('expert') };
}

async function registered(call: SetupCall) {
  const event = await invited(call);
  const events = call.world.stack.api.get(EventsService);
  const member = await actorOf(call, 'member');
  const coordinator = await actorOf(call, 'coordinator');
  await events.respond(event.id, event.need, member, { decision: 'register' });
  await events.respond(event.id, event.station, member, { decision: 'register' });
  await events.respond(event.id, event.expert, coordinator, { decision: 'register' });
  const meeting = await call.world.stack.api.get(ScheduleService).place(event.id, coordinator, {
    enterpriseParticipantId: event.need,
    providerParticipantId: event.expert,
    slot: 0,
    table: 0,
  });
  return { ...event, meeting: meeting.id };
}

export const setups: Record<string, SetupHook> = {
  async emptyEvent(call) {
    return {
      params: { id: await freshEvent(call) },
      body: { needIds: [call.world.records[sideOf(call)].publishedNeed] },
    };
  },
  async invitedEvent(call) {
    const event = await invited(call);
    return { params: { id: event.id, participantId: event.need } };
  },
  async eventWithParticipants(call) {
    const event = await registered(call);
    return { params: { id: event.id, participantId: event.need, meetingId: event.meeting } };
  },
  async placementBody(call) {
    const event = await registered(call);
    return {
      params: { id: event.id },
      body: { enterpriseParticipantId: event.need, providerParticipantId: event.station, slot: 1, table: 0 },
    };
  },
  async participantPrint(call) {
    const event = await registered(call);
    return { params: { id: event.id }, query: { view: 'participant', participantId: event.need, lang: 'en' } };
  },
  async tablesPrint(call) {
    const event = await registered(call);
    return { params: { id: event.id }, query: { view: 'tables' } };
  },
};
