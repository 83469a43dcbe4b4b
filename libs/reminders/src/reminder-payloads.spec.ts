import { Reminder } from './entities/reminder.entity';
import { REMINDER_KINDS, ReminderOf, typedReminder } from './reminder-kinds';
import { ReminderDraft } from './reminder-scheduler.service';

const row = (kind: string, payload: object) =>
  Object.assign(new Reminder(), { id: 'r1', kind, subjectType: 'engagement', subjectId: 's1', payload });

describe('reminder payloads typed by kind (issue 18)', () => {
  it('reads a row as the reminder of its kind, its payload narrowed by a switch on the kind', () => {
    const reminder = typedReminder(row('invitation.remind', { side: 'provider', days: 3 }));
    const described = (r: ReminderOf) => {
      switch (r.kind) {
        case 'invitation.remind':
          return `${r.payload.side} after ${r.payload.days} days`;
        case 'meeting.outcome':
          return r.payload.meetingAt;
        default:
          return r.kind;
      }
    };
    expect(described(reminder)).toBe('provider after 3 days');
  });

  it('refuses a row of a kind nobody declared (delivery records it as failed rather than guessing its payload)', () => {
    expect(() => typedReminder(row('invitation.nudge', {}))).toThrow('unknown reminder kind invitation.nudge');
    expect(REMINDER_KINDS).toContain('alerts.digest');
  });

  it('types drafts by kind: the payload must be the one of its kind (checked by tsc, which runs over the specs)', () => {
    const due = new Date('2026-03-02T02:00:00Z');
    const drafts: ReminderDraft[] = [
      {
        kind: 'challenge.deadline',
        subjectType: 'challenge',
        subjectId: 'c1',
        dueAt: due,
        dedupeKey: 'k1',
        payload: { deadline: due.toISOString() },
      },
      { kind: 'alerts.digest', subjectType: 'saved_search', subjectId: 's1', dueAt: due, dedupeKey: 'k2' },
      {
        kind: 'event.wishes-missing',
        subjectType: 'event-participant',
        subjectId: 'p1',
        dueAt: due,
        dedupeKey: 'k3',
        // @ts-expect-error an event reminder carries the event's date, not a deadline
        payload: { deadline: 'x' },
      },
      // @ts-expect-error a meeting reminder without the meeting's time could not tell a moved meeting
      { kind: 'meeting.outcome', subjectType: 'engagement', subjectId: 'e1', dueAt: due, dedupeKey: 'k4' },
    ];
    // Stored as before: the payload object itself is the JSON column.
    expect(JSON.stringify(drafts[0].payload)).toBe(`{"deadline":"${due.toISOString()}"}`);
  });
});
