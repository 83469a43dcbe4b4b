import { DEFAULT_REMINDER_PERIODS, withDefaults } from '@app/reminders';
import { followUpDueAt } from './overdue';

describe('followUpDueAt', () => {
  const monday = new Date('2026-03-02T02:00:00Z'); // 10:00 in Shanghai

  it('gives a review its working days, an invitation the reminder and escalation days', () => {
    expect(
      followUpDueAt({ kind: 'review', stage: 'submitted', since: monday, meetingAt: null }, DEFAULT_REMINDER_PERIODS),
    ).toEqual(new Date('2026-03-04T02:00:00Z'));
    expect(
      followUpDueAt(
        { kind: 'introduction', stage: 'introduced', since: monday, meetingAt: null },
        DEFAULT_REMINDER_PERIODS,
      ),
    ).toEqual(new Date('2026-03-09T02:00:00Z'));
  });

  it('follows the association’s own periods and the meeting time', () => {
    const periods = withDefaults({ meetingOutcomeHours: 2, agreementFollowUpDays: [10] });
    const meetingAt = new Date('2026-03-05T02:00:00Z');
    expect(
      followUpDueAt({ kind: 'engagement', stage: 'meeting_scheduled', since: monday, meetingAt }, periods),
    ).toEqual(new Date('2026-03-05T04:00:00Z'));
    expect(
      followUpDueAt({ kind: 'engagement', stage: 'agreement_signed', since: monday, meetingAt: null }, periods),
    ).toEqual(new Date('2026-03-12T02:00:00Z'));
    expect(
      followUpDueAt({ kind: 'engagement', stage: 'negotiating', since: monday, meetingAt: null }, periods),
    ).toEqual(new Date('2026-04-01T02:00:00Z'));
  });
});
