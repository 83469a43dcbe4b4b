import { DAY_MS } from '@app/common';
import { Localized, Notifier } from '@app/notifications';
import {
  obsolete,
  ReminderContext,
  ReminderDraft,
  ReminderHandler,
  ReminderHandlers,
  ReminderOf,
  ReminderOutcome,
  ReminderScheduler,
  unexpectedKind,
} from '@app/reminders';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventMeeting } from './entities/event-meeting.entity';
import { EventParticipant } from './entities/event-participant.entity';
import { MatchmakingEvent } from './entities/matchmaking-event.entity';
import { shanghaiDate } from './event-time';
import { EventsService } from './events.service';

/** Days before the event day (at 09:00 Shanghai time) that an unanswered invitation, then a missing wish list, is reminded. */
export const INVITATION_REMINDER_DAYS = 3;
export const WISHES_REMINDER_DAYS = 2;
/** Someone invited or registered less than this before a reminder's time is not reminded of it so soon. */
const GRACE_MS = DAY_MS;

/** 09:00 in Shanghai on the event day, minus some days. */
export const eventMorning = (eventDate: string, daysBefore: number) =>
  new Date(Date.parse(`${eventDate}T09:00:00+08:00`) - daysBefore * DAY_MS);
const eventStart = (eventDate: string) => new Date(Date.parse(`${eventDate}T00:00:00+08:00`));

interface Row {
  participant_id: string;
  event_date: string;
  since: Date;
}
const EVENT_REMINDER_KINDS = [
  'event.invitation-unanswered',
  'event.wishes-missing',
  'event.schedule-day-before',
] as const;
type EventReminderKind = (typeof EVENT_REMINDER_KINDS)[number];

/**
 * An event's reminders, through the reminders module (one row per participant and kind, its dedupe key unique, so each
 * goes out once): invitees who have not answered INVITATION_REMINDER_DAYS before the event; registered participants
 * with no wishes while the schedule is not built, WISHES_REMINDER_DAYS before (or a day after registering late); and
 * each registered participant's meetings the day before, once the schedule is ready. Delivery checks the state again:
 * whoever has since answered, wished, or has no meeting is not told.
 */
@Injectable()
export class EventReminders implements ReminderHandler<EventReminderKind>, OnModuleInit {
  readonly kinds = EVENT_REMINDER_KINDS;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly handlers: ReminderHandlers,
    private readonly scheduler: ReminderScheduler,
    private readonly notifier: Notifier,
    private readonly events: EventsService,
  ) {}

  onModuleInit(): void {
    this.handlers.register(this);
  }

  /** Upcoming events only (few rows): the participants each kind calls for that have no reminder of it yet. */
  async scan(now: Date): Promise<string[]> {
    const today = shanghaiDate(now);
    const missing = (kind: EventReminderKind, where: string): Promise<Row[]> =>
      this.db.query(
        `select p.id as participant_id, to_char(e.event_date, 'YYYY-MM-DD') as event_date, coalesce(p.responded_at, p.created_at) as since
         from event_participants p join matchmaking_events e on e.id = p.event_id
        where e.event_date > $1::date and ${where}
          and not exists (select 1 from reminders r where r.dedupe_key = $2 || ':' || p.id)`,
        [today, kind],
      );
    const drafts: ReminderDraft<EventReminderKind>[] = [];
    const draft = (kind: 'event.invitation-unanswered' | 'event.wishes-missing', r: Row, dueAt: Date) => {
      if (dueAt.getTime() < r.since.getTime() + GRACE_MS || dueAt >= eventStart(r.event_date)) return;
      drafts.push({
        kind,
        subjectType: 'event-participant',
        subjectId: r.participant_id,
        dueAt,
        dedupeKey: `${kind}:${r.participant_id}`,
        payload: { eventDate: r.event_date },
      });
    };
    for (const r of await missing('event.invitation-unanswered', `p.status = 'invited'`)) {
      draft('event.invitation-unanswered', r, eventMorning(r.event_date, INVITATION_REMINDER_DAYS));
    }
    for (const r of await missing(
      'event.wishes-missing',
      `p.status = 'registered' and cardinality(p.wishes) = 0 and e.schedule_status in ('none', 'failed')`,
    )) {
      const due = eventMorning(r.event_date, WISHES_REMINDER_DAYS);
      draft('event.wishes-missing', r, new Date(Math.max(due.getTime(), r.since.getTime() + GRACE_MS)));
    }
    for (const r of await missing(
      'event.schedule-day-before',
      `p.status = 'registered' and e.schedule_status = 'ready'`,
    )) {
      // A schedule ready later than the day before's morning is still sent that day (no grace: it is news).
      drafts.push({
        kind: 'event.schedule-day-before',
        subjectType: 'event-participant',
        subjectId: r.participant_id,
        dueAt: eventMorning(r.event_date, 1),
        dedupeKey: `event.schedule-day-before:${r.participant_id}`,
        payload: { eventDate: r.event_date },
      });
    }
    return this.scheduler.schedule(this.db.manager, drafts);
  }

  async deliver(reminder: ReminderOf<EventReminderKind>, { manager, now }: ReminderContext): Promise<ReminderOutcome> {
    const p = await manager.findOneBy(EventParticipant, { id: reminder.subjectId });
    const event = p ? await manager.findOneBy(MatchmakingEvent, { id: p.eventId }) : null;
    if (!p || !event) return obsolete('the participant or its event is gone');
    if (event.eventDate !== reminder.payload.eventDate) return obsolete('the event moved');
    if (shanghaiDate(now) >= event.eventDate) return obsolete('the event day has come');
    const base = {
      eventTitle: event.title,
      eventDate: event.eventDate,
      participantName: p.displayName,
      place: event.venue ?? event.onlineUrl ?? '',
    };
    let notice: {
      kind: 'event.invitation_reminder' | 'event.wishes_reminder' | 'event.schedule_reminder';
      params: Record<string, string | number | Localized>;
    };
    switch (reminder.kind) {
      case 'event.invitation-unanswered':
        if (p.status !== 'invited') return obsolete('answered');
        notice = {
          kind: 'event.invitation_reminder',
          params: {
            ...base,
            days: Math.max(1, Math.round((eventStart(event.eventDate).getTime() - now.getTime()) / DAY_MS)),
          },
        };
        break;
      case 'event.wishes-missing':
        if (p.status !== 'registered' || p.wishes.length) return obsolete('wishes marked, or no longer registered');
        if (event.scheduleStatus !== 'none' && event.scheduleStatus !== 'failed')
          return obsolete('the schedule is already being built');
        notice = { kind: 'event.wishes_reminder', params: base };
        break;
      case 'event.schedule-day-before': {
        if (p.status !== 'registered' || event.scheduleStatus !== 'ready')
          return obsolete('not registered, or no schedule ready');
        const meetings = await this.meetingLines(manager, event, p);
        if (!meetings) return obsolete('no meetings');
        notice = { kind: 'event.schedule_reminder', params: { ...base, meetings } };
        break;
      }
      default:
        return obsolete(unexpectedKind(reminder));
    }
    const recipients = await this.events.speakers(manager, p);
    if (!recipients.length) return obsolete('nobody speaks for the participant on the platform');
    const emailIds = await this.notifier.notify(manager, {
      ...notice,
      recipients,
      dedupeKey: `reminder:${reminder.id}`,
      channel: reminder.channel,
      subject: { type: 'event', id: event.id },
      link: `/events/${event.id}`,
    });
    return { outcome: 'sent', emailIds };
  }

  /** "14:00–14:20 · table 2 · X", one line per meeting, in both languages; null when there is none. */
  private async meetingLines(
    m: EntityManager,
    event: MatchmakingEvent,
    p: EventParticipant,
  ): Promise<Localized | null> {
    const own = await m
      .getRepository(EventMeeting)
      .createQueryBuilder('mt')
      .where('mt.event_id = :eventId and :pid in (mt.enterprise_participant_id, mt.provider_participant_id)', {
        eventId: event.id,
        pid: p.id,
      })
      .orderBy('mt.slot_index')
      .getMany();
    if (!own.length) return null;
    const others = await m.findBy(EventParticipant, { eventId: event.id });
    const names = new Map(others.map((o) => [o.id, o.displayName]));
    const line = (mt: EventMeeting, table: string) => {
      const slot = event.slots[mt.slotIndex];
      const other =
        names.get(mt.enterpriseParticipantId === p.id ? mt.providerParticipantId : mt.enterpriseParticipantId) ?? '';
      return `${slot ? `${slot.start}–${slot.end}` : ''} · ${table} ${event.tableNames[mt.tableIndex] ?? mt.tableIndex + 1} · ${other}`;
    };
    return { 'zh-CN': own.map((mt) => line(mt, '桌')).join('\n'), en: own.map((mt) => line(mt, 'table')).join('\n') };
  }
}
