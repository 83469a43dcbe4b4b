import { DAY_MS, HOUR_MS } from '@app/common';
import { ReminderDraft, ReminderKind, ReminderPeriods } from '@app/reminders';
import type { Engagement } from '../entities/engagement.entity';
import type { Side } from '../engagement-pipeline';

/** The reminders each stage of an engagement calls for; their dedupe keys make scheduling twice harmless. */
export const INVITATION_KINDS: ReminderKind[] = ['invitation.remind', 'invitation.escalate', 'invitation.expire'];

export const invitationRemindKey = (engagementId: string, side: Side) =>
  `engagement:${engagementId}:invitation.remind:${side}`;

const base = <K extends ReminderKind>(e: Engagement, kind: K, associationId: string | null) => ({
  kind,
  subjectType: 'engagement',
  subjectId: e.id,
  associationId,
});

/** An introduction is out: remind each side that has not answered, then alert the coordinator, then let it expire. */
export function invitationPlan(
  e: Engagement,
  periods: ReminderPeriods,
  associationId: string | null,
): ReminderDraft<'invitation.remind' | 'invitation.escalate' | 'invitation.expire'>[] {
  const sentAt = e.introducedAt!.getTime();
  const drafts: ReminderDraft<'invitation.remind' | 'invitation.escalate' | 'invitation.expire'>[] = [];
  for (const side of ['enterprise', 'provider'] as const) {
    const response = side === 'enterprise' ? e.enterpriseResponse : e.providerResponse;
    if (response !== 'pending') continue;
    drafts.push({
      ...base(e, 'invitation.remind', associationId),
      dueAt: new Date(sentAt + periods.invitationReminderDays * DAY_MS),
      dedupeKey: invitationRemindKey(e.id, side),
      payload: { side, days: periods.invitationReminderDays },
    });
  }
  const escalationDays = periods.invitationReminderDays + periods.invitationEscalationDays;
  drafts.push({
    ...base(e, 'invitation.escalate', associationId),
    dueAt: new Date(sentAt + escalationDays * DAY_MS),
    dedupeKey: `engagement:${e.id}:invitation.escalate`,
    payload: { days: escalationDays },
  });
  const expiryDays = Math.max(periods.invitationExpiryDays, escalationDays + 1);
  drafts.push({
    ...base(e, 'invitation.expire', associationId),
    dueAt: new Date(sentAt + expiryDays * DAY_MS),
    dedupeKey: `engagement:${e.id}:invitation.expire`,
    payload: { days: expiryDays },
  });
  return drafts;
}

/** A meeting is set: once it is past (plus a grace period) with no update, ask both sides how it went. */
export function meetingPlan(
  e: Engagement,
  periods: ReminderPeriods,
  associationId: string | null,
): ReminderDraft<'meeting.outcome'>[] {
  const at = e.meetingAt!;
  return [
    {
      ...base(e, 'meeting.outcome', associationId),
      dueAt: new Date(at.getTime() + periods.meetingOutcomeHours * HOUR_MS),
      dedupeKey: `engagement:${e.id}:meeting.outcome:${at.getTime()}`,
      payload: { meetingAt: at.toISOString() },
    },
  ];
}

/** An agreement is signed: follow-ups after 30 and 90 days (by default) — is the technology in use, with what results? */
export function followUpPlan(
  e: Engagement,
  periods: ReminderPeriods,
  associationId: string | null,
): ReminderDraft<'agreement.followup'>[] {
  const signedAt = e.signedAt!.getTime();
  return [...new Set(periods.agreementFollowUpDays)].map((days) => ({
    ...base(e, 'agreement.followup', associationId),
    dueAt: new Date(signedAt + days * DAY_MS),
    dedupeKey: `engagement:${e.id}:agreement.followup:${days}`,
    payload: { days },
  }));
}
