import { AuditService } from '@app/audit';
import { DomainError, Clock } from '@app/common';
import { Actor } from '@app/identity';
import { Notifier } from '@app/notifications';
import { MatchingService } from '@app/matching';
import { JobDispatcher } from '@app/queue';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { MoveMeetingBody, PlaceMeetingBody } from './dto/events.dto';
import { EventMeeting } from './entities/event-meeting.entity';
import { EventParticipant } from './entities/event-participant.entity';
import { MatchmakingEvent } from './entities/matchmaking-event.entity';
import { assertCoordinator, EventViewer, viewerOf } from './event-access';
import { meetingView } from './event-views';
import { meetingValue, pairKey, pairScores } from './pair-scores';
import {
  optimiseSchedule,
  PlacedMeeting,
  placementProblem,
  ScheduleProblem,
  upperBound,
} from './schedule/meeting-optimiser';

/** The event's registered participants as the optimiser sees them, and the way back to rows. */
interface ProblemContext {
  problem: ScheduleProblem;
  people: EventParticipant[];
  index: Map<string, number>;
  scores: Map<string, number>;
  values: Map<string, number>;
}

/**
 * The 1:1 meeting schedule: computed in the `events.schedule` job (seconds at hundreds of participants), adjusted by
 * hand by the coordinators (every change checked against double booking), read by the participants.
 */
@Injectable()
export class ScheduleService {
  private readonly logger = new Logger('EventSchedule');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobDispatcher,
    private readonly notifier: Notifier,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly matching: MatchingService,
  ) {}

  /** Asks for a (new) schedule; pinned meetings and meetings with an outcome are kept. */
  async request(id: string, actor: Actor) {
    const request = await this.db.transaction(async (m) => {
      const viewer = await viewerOf(m, id, actor, { lock: true });
      assertCoordinator(viewer);
      const next = viewer.event.scheduleRequest + 1;
      await m.update(MatchmakingEvent, { id }, { scheduleStatus: 'running', scheduleRequest: next });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'event.schedule-requested',
          targetType: 'event',
          targetId: id,
          after: { request: next },
        },
        m,
      );
      return next;
    });
    await this.jobs.enqueue('events.schedule', { eventId: id, request }, { jobId: scheduleJobId(id, request) });
    return this.schedule(id, actor);
  }

  /**
   * PostgreSQL says which requests still wait for a schedule; a request whose job Redis lost is queued again under the
   * same job id, so a job still queued is not doubled.
   */
  async requeueLost(): Promise<number> {
    const rows: { id: string; schedule_request: number }[] = await this.db.query(
      `select id, schedule_request from matchmaking_events where schedule_status = 'running' and updated_at < now() - interval '60 seconds' limit 100`,
    );
    for (const r of rows)
      await this.jobs.enqueue(
        'events.schedule',
        { eventId: r.id, request: r.schedule_request },
        { jobId: scheduleJobId(r.id, r.schedule_request) },
      );
    return rows.length;
  }

  /**
   * The job: computes the schedule for one request and writes it in one transaction, unless a newer request came
   * meanwhile or this one was already written (a retried or duplicated job changes nothing).
   */
  async run(eventId: string, request: number): Promise<'written' | 'stale'> {
    const event = await this.db.getRepository(MatchmakingEvent).findOneBy({ id: eventId });
    if (!event || event.scheduleRequest !== request || event.scheduleStatus !== 'running') return 'stale';
    // A pinned meeting of someone who has since declined goes (meetings with an outcome stay, as history).
    await this.db.query(
      `delete from event_meetings mt where mt.event_id = $1 and mt.outcome is null and exists (
         select 1 from event_participants p where p.id in (mt.enterprise_participant_id, mt.provider_participant_id) and p.status <> 'registered')`,
      [eventId],
    );
    await this.rankEnterpriseNeeds(eventId);
    const kept = await this.keptMeetings(this.db.manager, eventId);
    const ctx = await this.problemOf(this.db.manager, event, kept);
    const result = optimiseSchedule(ctx.problem);
    const bound = upperBound(ctx.problem);
    const emailIds = await this.db.transaction(async (m) => {
      const locked = await m
        .getRepository(MatchmakingEvent)
        .findOne({ where: { id: eventId }, lock: { mode: 'pessimistic_write' } });
      if (!locked || locked.scheduleRequest !== request || locked.scheduleStatus !== 'running') return null;
      // Hand edits made while the optimiser ran are kept: it started from an older picture, so start again.
      const keptNow = await this.keptMeetings(m, eventId);
      if (
        keptNow.length !== kept.length ||
        keptNow.some(
          (k, i) => k.id !== kept[i].id || k.slotIndex !== kept[i].slotIndex || k.tableIndex !== kept[i].tableIndex,
        )
      ) {
        await this.jobs.enqueue(
          'events.schedule',
          { eventId, request },
          { jobId: `events.schedule-${eventId}-${request}-again-${Date.now()}` },
        );
        return null;
      }
      await m
        .createQueryBuilder()
        .delete()
        .from(EventMeeting)
        .where('event_id = :eventId and not pinned and outcome is null', { eventId })
        .execute();
      const keptIds = new Set(kept.map((k) => k.id));
      const placed = result.meetings.filter(
        (pm) =>
          !kept.some(
            (k) =>
              ctx.index.get(k.enterpriseParticipantId) === pm.left &&
              ctx.index.get(k.providerParticipantId) === pm.right &&
              k.slotIndex === pm.slot,
          ),
      );
      await m.save(placed.map((pm) => this.meetingRow(m, ctx, eventId, pm, false)));
      await m.update(
        MatchmakingEvent,
        { id: eventId },
        {
          scheduleStatus: 'ready',
          scheduleValue: result.value,
          scheduleBound: bound,
          scheduleMethod: result.method,
          scheduledAt: this.clock.now(),
        },
      );
      await this.audit.record(
        {
          actorId: null,
          action: 'event.scheduled',
          targetType: 'event',
          targetId: eventId,
          after: {
            request,
            meetings: placed.length + keptIds.size,
            value: result.value,
            bound,
            method: result.method,
            covered: result.covered,
            coverable: result.coverable,
          },
        },
        m,
      );
      return this.notifier.notify(m, {
        kind: 'event.schedule_ready',
        recipients: [event.createdBy],
        dedupeKey: `event.schedule_ready:${eventId}:${request}`,
        subject: { type: 'event', id: eventId },
        link: `/events/${eventId}`,
        params: { eventTitle: event.title, meetings: result.meetings.length, covered: result.covered },
      });
    });
    if (emailIds === null) return 'stale';
    if (emailIds.length) await this.jobs.tryEnqueue('notifications.send', { emailIds });
    this.logger.log({ eventId, request, value: result.value, bound, method: result.method }, 'schedule written');
    return 'written';
  }

  /**
   * The meetings' values rest on the matching engine's current scores: a registered need whose ranking is missing or
   * outdated (say, the event was scheduled right after an import, before the matching queue got to it) is ranked here,
   * by the matching code itself (a need ranked for its current revision is left as it is).
   */
  private async rankEnterpriseNeeds(eventId: string): Promise<void> {
    const rows: { need_id: string }[] = await this.db.query(
      `select need_id from event_participants where event_id = $1 and status = 'registered' and need_id is not null`,
      [eventId],
    );
    if (rows.length) await this.matching.matchNeeds(rows.map((r) => r.need_id));
  }

  /** A job that failed for good marks the request failed, so the coordinator can ask again. */
  async markFailed(eventId: string, request: number): Promise<void> {
    await this.db.query(
      `update matchmaking_events set schedule_status = 'failed' where id = $1 and schedule_request = $2 and schedule_status = 'running'`,
      [eventId, request],
    );
  }

  /** Coordinators see every meeting; a participant sees its own. */
  async schedule(id: string, actor: Actor) {
    const viewer = await viewerOf(this.db.manager, id, actor);
    const e = viewer.event;
    const all = await this.db
      .getRepository(EventMeeting)
      .find({ where: { eventId: id }, order: { slotIndex: 'ASC', tableIndex: 'ASC' } });
    const mine = new Set(viewer.mine.map((p) => p.id));
    const meetings = viewer.coordinator
      ? all
      : all.filter((mt) => mine.has(mt.enterpriseParticipantId) || mine.has(mt.providerParticipantId));
    const people = await this.db.getRepository(EventParticipant).findBy({ eventId: id });
    const names = new Map(people.map((p) => [p.id, p.displayName]));
    const ctx = await this.problemOf(this.db.manager, e, []);
    let uncovered: string[] = [];
    if (viewer.coordinator && e.scheduleStatus !== 'none') {
      const met = new Set(all.flatMap((mt) => [mt.enterpriseParticipantId, mt.providerParticipantId]));
      const withCandidate = new Set(
        ctx.problem.candidates.flatMap((c) => [ctx.people[c.left].id, ctx.people[c.right].id]),
      );
      uncovered = [...withCandidate].filter((pid) => !met.has(pid));
    }
    return {
      status: e.scheduleStatus,
      value: viewer.coordinator ? e.scheduleValue : null,
      bound: viewer.coordinator ? e.scheduleBound : null,
      method: viewer.coordinator ? e.scheduleMethod : null,
      slots: e.slots,
      tableNames: e.tableNames,
      meetings: meetings.map((mt) => meetingView(withCurrentScore(mt, ctx), names)),
      uncovered,
    };
  }

  /** A coordinator places a meeting by hand (pinned: recomputing keeps it). */
  async place(id: string, actor: Actor, body: PlaceMeetingBody) {
    return this.edit(id, actor, async (m, viewer, ctx) => {
      const a = ctx.index.get(body.enterpriseParticipantId);
      const b = ctx.index.get(body.providerParticipantId);
      if (a === undefined || ctx.people[a].side !== 'enterprise')
        throw DomainError.validation([{ field: 'enterpriseParticipantId', constraint: 'notARegisteredCounterpart' }]);
      if (b === undefined || ctx.people[b].side !== 'provider')
        throw DomainError.validation([{ field: 'providerParticipantId', constraint: 'notARegisteredCounterpart' }]);
      const placed = { left: a, right: b, slot: body.slot, table: body.table };
      const existing = await this.placedNow(m, ctx);
      this.assertPlacement(
        viewer.event,
        ctx,
        existing.map((x) => x.placed),
        placed,
      );
      const row = await m.save(this.meetingRow(m, ctx, id, placed, true));
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'event.meeting-placed',
          targetType: 'event-meeting',
          targetId: row.id,
          after: { ...body },
        },
        m,
      );
      return row;
    });
  }

  /** A coordinator moves a meeting to another slot or table (and pins it, unless told otherwise). */
  async move(id: string, meetingId: string, actor: Actor, body: MoveMeetingBody) {
    return this.edit(id, actor, async (m, viewer, ctx) => {
      const existing = await this.placedNow(m, ctx);
      const current = existing.find((x) => x.row.id === meetingId);
      if (!current) throw DomainError.notFound('meeting');
      const moved = { ...current.placed, slot: body.slot, table: body.table };
      this.assertPlacement(
        viewer.event,
        ctx,
        existing.filter((x) => x !== current).map((x) => x.placed),
        moved,
      );
      await m.update(
        EventMeeting,
        { id: meetingId },
        { slotIndex: body.slot, tableIndex: body.table, pinned: body.pinned ?? true },
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'event.meeting-moved',
          targetType: 'event-meeting',
          targetId: meetingId,
          before: { slot: current.row.slotIndex, table: current.row.tableIndex },
          after: { slot: body.slot, table: body.table },
        },
        m,
      );
      return m.findOneByOrFail(EventMeeting, { id: meetingId });
    });
  }

  async remove(id: string, meetingId: string, actor: Actor) {
    await this.db.transaction(async (m) => {
      const viewer = await viewerOf(m, id, actor, { lock: true });
      assertCoordinator(viewer);
      const row = isUUID(meetingId) ? await m.findOneBy(EventMeeting, { id: meetingId, eventId: id }) : null;
      if (!row) throw DomainError.notFound('meeting');
      if (row.outcome)
        throw new DomainError('INVALID_TRANSITION', { from: row.outcome, action: 'delete', allowed: '-' });
      await m.delete(EventMeeting, { id: meetingId });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'event.meeting-removed',
          targetType: 'event-meeting',
          targetId: meetingId,
          before: {
            slot: row.slotIndex,
            table: row.tableIndex,
            enterpriseParticipantId: row.enterpriseParticipantId,
            providerParticipantId: row.providerParticipantId,
          },
        },
        m,
      );
    });
    return { deleted: true };
  }

  private async edit(
    id: string,
    actor: Actor,
    change: (m: EntityManager, viewer: EventViewer, ctx: ProblemContext) => Promise<EventMeeting>,
  ) {
    const row = await this.db.transaction(async (m) => {
      const viewer = await viewerOf(m, id, actor, { lock: true });
      assertCoordinator(viewer);
      const ctx = await this.problemOf(m, viewer.event, []);
      try {
        return await change(m, viewer, ctx);
      } catch (err) {
        // The unique indexes settle what a check in a concurrent transaction could miss.
        if ((err as { code?: string }).code === '23505')
          throw new DomainError('MEETING_CLASH', { clash: 'index' }, [], { clash: 'index' });
        throw err;
      }
    });
    const people = await this.db.getRepository(EventParticipant).findBy({ eventId: id });
    return meetingView(row, new Map(people.map((p) => [p.id, p.displayName])));
  }

  private assertPlacement(
    event: MatchmakingEvent,
    ctx: ProblemContext,
    others: PlacedMeeting[],
    placed: PlacedMeeting,
  ) {
    if (placed.slot >= event.slots.length)
      throw DomainError.validation([{ field: 'slot', constraint: 'notAnEventSlot' }]);
    if (placed.table >= event.tableNames.length)
      throw DomainError.validation([{ field: 'table', constraint: 'notAnEventTable' }]);
    const clash = placementProblem(ctx.problem, [...others, placed], placed);
    if (clash) throw new DomainError('MEETING_CLASH', { clash: CLASH_WORDS[clash] ?? clash }, [], { clash });
  }

  private async placedNow(m: EntityManager, ctx: ProblemContext) {
    const rows = await m.findBy(EventMeeting, {
      eventId: ctx.people[0]?.eventId ?? '00000000-0000-0000-0000-000000000000',
    });
    return rows
      .filter((r) => ctx.index.has(r.enterpriseParticipantId) && ctx.index.has(r.providerParticipantId))
      .map((row) => ({
        row,
        placed: {
          left: ctx.index.get(row.enterpriseParticipantId)!,
          right: ctx.index.get(row.providerParticipantId)!,
          slot: row.slotIndex,
          table: row.tableIndex,
        },
      }));
  }

  private meetingRow(
    m: EntityManager,
    ctx: ProblemContext,
    eventId: string,
    pm: PlacedMeeting,
    pinned: boolean,
  ): EventMeeting {
    const a = ctx.people[pm.left];
    const b = ctx.people[pm.right];
    const key = pairKey(a.needId!, b.providerId!);
    return m.create(EventMeeting, {
      eventId,
      enterpriseParticipantId: a.id,
      providerParticipantId: b.id,
      slotIndex: pm.slot,
      tableIndex: pm.table,
      score: ctx.scores.get(key) ?? 0,
      value: ctx.values.get(key) ?? 0,
      pinned,
    });
  }

  /** Meetings a recomputation keeps: pinned ones and those with an outcome. */
  private keptMeetings(m: EntityManager, eventId: string): Promise<EventMeeting[]> {
    return m
      .getRepository(EventMeeting)
      .createQueryBuilder('mt')
      .where('mt.event_id = :eventId and (mt.pinned or mt.outcome is not null)', { eventId })
      .orderBy('mt.id')
      .getMany();
  }

  private async problemOf(m: EntityManager, event: MatchmakingEvent, kept: EventMeeting[]): Promise<ProblemContext> {
    const registered = await m
      .getRepository(EventParticipant)
      .find({ where: { eventId: event.id, status: 'registered' }, order: { side: 'ASC', id: 'ASC' } });
    const enterprises = registered.filter((p) => p.side === 'enterprise');
    const providers = registered.filter((p) => p.side === 'provider');
    // A kept meeting (an outcome, as history) of someone who has since declined still takes its slot and table: that
    // participant joins the problem without candidates, so the meeting can be pinned like any other.
    const gone = [...new Set(kept.flatMap((k) => [k.enterpriseParticipantId, k.providerParticipantId]))].filter(
      (pid) => !registered.some((p) => p.id === pid),
    );
    const people = [
      ...registered,
      ...(gone.length ? await m.getRepository(EventParticipant).findBy({ id: In(gone) }) : []),
    ];
    const index = new Map(people.map((p, i) => [p.id, i]));
    const scores = await pairScores(
      m,
      enterprises.map((p) => p.needId!),
      providers.map((p) => p.providerId!),
    );
    const values = new Map<string, number>();
    const candidates = [];
    for (const a of enterprises) {
      for (const b of providers) {
        const key = pairKey(a.needId!, b.providerId!);
        const value = meetingValue(scores.get(key) ?? 0, a.wishes.includes(b.id), b.wishes.includes(a.id));
        if (value <= 0) continue;
        values.set(key, value);
        candidates.push({ left: index.get(a.id)!, right: index.get(b.id)!, value });
      }
    }
    const pinned = kept
      .filter((k) => index.has(k.enterpriseParticipantId) && index.has(k.providerParticipantId))
      .map((k) => ({
        left: index.get(k.enterpriseParticipantId)!,
        right: index.get(k.providerParticipantId)!,
        slot: k.slotIndex,
        table: k.tableIndex,
      }));
    const problem: ScheduleProblem = {
      slots: event.slots.length,
      tables: event.tableNames.length,
      candidates,
      pinned,
      people: people.map((p) => ({
        side: p.side === 'enterprise' ? 'left' : 'right',
        unavailable: p.unavailableSlots,
        maxMeetings: event.maxMeetingsPerParticipant,
      })),
    };
    return { problem, people, index, scores, values };
  }
}

/**
 * A meeting as the matching engine scores its pair now (score, and value with the current wishes), not as it was
 * when the schedule was computed; a meeting of someone no longer registered keeps what it had.
 */
function withCurrentScore(mt: EventMeeting, ctx: ProblemContext): EventMeeting {
  const a = ctx.index.get(mt.enterpriseParticipantId);
  const b = ctx.index.get(mt.providerParticipantId);
  if (a === undefined || b === undefined) return mt;
  const key = pairKey(ctx.people[a].needId!, ctx.people[b].providerId!);
  return { ...mt, score: ctx.scores.get(key) ?? 0, value: ctx.values.get(key) ?? 0 };
}

const scheduleJobId = (eventId: string, request: number) => `events.schedule-${eventId}-${request}`;

/** Both languages in one phrase: the message template around it is already in the caller's language. */
const CLASH_WORDS: Record<string, string> = {
  table_busy: '该桌此时段已有会谈 / the table is taken in this slot',
  person_busy: '参会者此时段已有会谈 / a participant already meets someone in this slot',
  pair: '双方已安排过会谈 / this pair already has a meeting',
  unavailable: '参会者此时段不便参加 / a participant is unavailable in this slot',
  max_meetings: '超过每人会谈上限 / over the per-participant maximum',
  sides: '须为一家企业与一位服务方 / an enterprise and a provider',
};
