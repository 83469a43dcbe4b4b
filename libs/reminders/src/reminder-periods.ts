/** How long the platform waits before each reminder. Every association may override any of these. */
export interface ReminderPeriods {
  /** An invitation unanswered this many days → remind the party (N). */
  invitationReminderDays: number;
  /** … and this many days more → alert the coordinator (M). */
  invitationEscalationDays: number;
  /** An invitation still unanswered this many days after it was sent expires. */
  invitationExpiryDays: number;
  /** Hours after the meeting time before both sides are asked for the outcome. */
  meetingOutcomeHours: number;
  /** Follow-ups this many days after an agreement is signed. */
  agreementFollowUpDays: number[];
  /** A need published this many days without an accepted introduction → alert and re-match (X). */
  needWithoutIntroductionDays: number;
  /** A submitted listing not reviewed within this many working days → alert the coordinators. */
  reviewWorkingDays: number;
  /** A published listing untouched this many days → ask its owner to re-confirm. */
  reconfirmAfterDays: number;
  /** … and unconfirmed this many days more → it expires. */
  expireAfterReconfirmDays: number;
}

export const DEFAULT_REMINDER_PERIODS: Readonly<ReminderPeriods> = Object.freeze({
  invitationReminderDays: 3,
  invitationEscalationDays: 4,
  invitationExpiryDays: 14,
  meetingOutcomeHours: 24,
  agreementFollowUpDays: [30, 90],
  needWithoutIntroductionDays: 30,
  reviewWorkingDays: 2,
  reconfirmAfterDays: 180,
  expireAfterReconfirmDays: 14,
});

export function withDefaults(overrides: Partial<ReminderPeriods> | null | undefined): ReminderPeriods {
  const merged = { ...DEFAULT_REMINDER_PERIODS, ...(overrides ?? {}) };
  return { ...merged, agreementFollowUpDays: [...merged.agreementFollowUpDays] };
}
