import { DAY_MS, HOUR_MS, addWorkingDays } from '@app/common';
import type { ReminderPeriods } from '@app/reminders';

/** An open stage left this long without a change needs the coordinator, whatever the stage. */
export const STALE_DAYS = 30;

export interface OverdueFacts {
  kind: 'review' | 'introduction' | 'engagement';
  stage: string;
  since: Date;
  meetingAt: Date | null;
}

/**
 * When an item falls due for its coordinator, by the association's reminder periods: a review past its working days; a
 * request undecided as long; an invitation unanswered past the point the coordinator is alerted; a meeting whose outcome
 * is due; an agreement due for its first follow-up; anything else untouched for 30 days.
 */
export function followUpDueAt(item: OverdueFacts, periods: ReminderPeriods): Date {
  const after = (ms: number) => new Date(item.since.getTime() + ms);
  switch (item.kind === 'review' ? 'review' : item.stage) {
    case 'review':
      return addWorkingDays(item.since, periods.reviewWorkingDays);
    case 'requested':
      return addWorkingDays(item.since, periods.reviewWorkingDays);
    case 'introduced':
      return after((periods.invitationReminderDays + periods.invitationEscalationDays) * DAY_MS);
    case 'meeting_scheduled':
      return item.meetingAt
        ? new Date(item.meetingAt.getTime() + periods.meetingOutcomeHours * HOUR_MS)
        : after(STALE_DAYS * DAY_MS);
    case 'agreement_signed':
      return after((periods.agreementFollowUpDays[0] ?? STALE_DAYS) * DAY_MS);
    default:
      return after(STALE_DAYS * DAY_MS);
  }
}
