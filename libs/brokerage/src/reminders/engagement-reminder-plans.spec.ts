import { DEFAULT_REMINDER_PERIODS, withDefaults } from '@app/reminders';
import { Engagement } from '../entities/engagement.entity';
import { followUpPlan, invitationPlan, meetingPlan } from './engagement-reminder-plans';

const DAY = 24 * 3600 * 1000;
const sent = new Date('2026-03-02T02:00:00Z');
const engagement = (patch: Partial<Engagement>) =>
  Object.assign(new Engagement(), {
    id: 'e1',
    introducedAt: sent,
    enterpriseResponse: 'pending',
    providerResponse: 'pending',
    ...patch,
  });

describe('engagement reminder plans', () => {
  it('reminds each unanswered side after N days, alerts the coordinator after M more, then expires', () => {
    const plan = invitationPlan(engagement({ enterpriseResponse: 'accepted' }), withDefaults(null), 'a1');
    expect(
      plan.map((d) => [
        d.kind,
        d.kind === 'invitation.remind' ? d.payload.side : null,
        (d.dueAt.getTime() - sent.getTime()) / DAY,
      ]),
    ).toEqual([
      ['invitation.remind', 'provider', 3],
      ['invitation.escalate', null, 7],
      ['invitation.expire', null, 14],
    ]);
    expect(new Set(plan.map((d) => d.dedupeKey)).size).toBe(3);
  });

  it('uses the association’s periods, and never expires before the escalation', () => {
    const plan = invitationPlan(
      engagement({}),
      withDefaults({ invitationReminderDays: 5, invitationEscalationDays: 10, invitationExpiryDays: 7 }),
      null,
    );
    expect(plan.map((d) => (d.dueAt.getTime() - sent.getTime()) / DAY)).toEqual([5, 5, 15, 16]);
  });

  it('asks for the meeting outcome after the meeting, keyed by its time so a new date gets a new reminder', () => {
    const at = new Date('2026-03-05T06:00:00Z');
    const [draft] = meetingPlan(engagement({ meetingAt: at }), withDefaults(null), null);
    expect(draft.dueAt).toEqual(new Date(at.getTime() + DEFAULT_REMINDER_PERIODS.meetingOutcomeHours * 3600 * 1000));
    expect(draft.dedupeKey).toContain(String(at.getTime()));
  });

  it('follows up 30 and 90 days after signing', () => {
    const signedAt = new Date('2026-04-01T00:00:00Z');
    expect(
      followUpPlan(engagement({ signedAt }), withDefaults(null), null).map((d) => [
        d.payload.days,
        d.dueAt.getTime() - signedAt.getTime(),
      ]),
    ).toEqual([
      [30, 30 * DAY],
      [90, 90 * DAY],
    ]);
  });
});
