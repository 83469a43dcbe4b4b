import { shanghaiDate } from './event-time';
import { EventParticipant } from './entities/event-participant.entity';
import { EventMeeting } from './entities/event-meeting.entity';
import { MatchmakingEvent } from './entities/matchmaking-event.entity';
import { EventViewer } from './event-access';

export function eventView(viewer: EventViewer, registeredCount: number, now: Date) {
  const e = viewer.event;
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    regionCode: e.regionCode,
    date: e.eventDate,
    venue: e.venue,
    onlineUrl: e.onlineUrl,
    slots: e.slots,
    tableNames: e.tableNames,
    capacity: e.capacity,
    fields: e.themeFields,
    keywords: e.themeKeywords,
    maxMeetingsPerParticipant: e.maxMeetingsPerParticipant,
    scheduleStatus: e.scheduleStatus,
    scheduleValue: viewer.coordinator ? e.scheduleValue : null,
    scheduleBound: viewer.coordinator ? e.scheduleBound : null,
    scheduleMethod: viewer.coordinator ? e.scheduleMethod : null,
    registeredCount,
    held: isHeld(e, now),
    viewerRoles: [...(viewer.coordinator ? ['coordinator'] : []), ...new Set(viewer.mine.map((p) => p.side))],
    myParticipantIds: viewer.mine.map((p) => p.id),
  };
}

/** The event day has begun (Shanghai time): meetings may have happened. */
export function isHeld(e: Pick<MatchmakingEvent, 'eventDate'>, now: Date): boolean {
  return shanghaiDate(now) >= e.eventDate;
}

/** Others' wishes and unavailable slots are for the coordinators and the participant itself. */
export function participantView(p: EventParticipant, full: boolean) {
  return {
    id: p.id,
    side: p.side,
    displayName: p.displayName,
    needId: p.needId,
    providerId: p.providerId,
    status: p.status,
    wishes: full ? p.wishes : [],
    unavailableSlots: full ? p.unavailableSlots : [],
  };
}

export function meetingView(m: EventMeeting, names: Map<string, string>) {
  return {
    id: m.id,
    enterpriseParticipantId: m.enterpriseParticipantId,
    providerParticipantId: m.providerParticipantId,
    enterpriseName: names.get(m.enterpriseParticipantId) ?? '',
    providerName: names.get(m.providerParticipantId) ?? '',
    slot: m.slotIndex,
    table: m.tableIndex,
    score: m.score,
    value: m.value,
    pinned: m.pinned,
    outcome: m.outcome,
    outcomeNote: m.outcomeNote,
    engagementId: m.engagementId,
    agreementStatus: m.agreementStatus,
  };
}
