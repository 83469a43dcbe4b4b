import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

export const MEETING_OUTCOMES = ['no_interest', 'follow_up', 'introduction', 'signed'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

/** Where a "signed" outcome's agreement stands on the pair's engagement (see EventAgreements). */
export type MeetingAgreementStatus = 'pending' | 'awaiting_other_side' | 'recorded' | 'not_possible';
export interface MeetingAgreement {
  type: string;
  contractValue: number | null;
}

/**
 * One 1:1 meeting of an event: an enterprise participant and a provider participant at a table in a slot. The unique
 * indexes are the last word on double booking (a person or a table twice in one slot, a pair twice).
 */
@Entity('event_meetings')
@Index('event_meetings_table_idx', ['eventId', 'slotIndex', 'tableIndex'], { unique: true })
@Index('event_meetings_enterprise_idx', ['eventId', 'slotIndex', 'enterpriseParticipantId'], { unique: true })
@Index('event_meetings_provider_idx', ['eventId', 'slotIndex', 'providerParticipantId'], { unique: true })
@Index('event_meetings_pair_idx', ['eventId', 'enterpriseParticipantId', 'providerParticipantId'], { unique: true })
export class EventMeeting extends BaseEntity {
  @Column({ type: 'uuid' }) eventId: string;
  @Column({ type: 'uuid' }) enterpriseParticipantId: string;
  @Column({ type: 'uuid' }) providerParticipantId: string;
  @Column({ type: 'int' }) slotIndex: number;
  @Column({ type: 'int' }) tableIndex: number;
  /** The match score of the pair and the value the optimiser gave the meeting (boosted by wishes). */
  @Column({ type: 'real', default: 0 }) score: number;
  @Column({ type: 'real', default: 0 }) value: number;
  /** Placed or moved by a coordinator: the optimiser keeps it. */
  @Column({ type: 'boolean', default: false }) pinned: boolean;
  @Column({ type: 'text', nullable: true }) outcome: MeetingOutcome | null;
  @Column({ type: 'text', nullable: true }) outcomeNote: string | null;
  @Column({ type: 'uuid', nullable: true }) outcomeBy: string | null;
  @Column({ type: 'text', nullable: true }) outcomeRole: string | null;
  @Column({ type: 'timestamptz', nullable: true }) outcomeAt: Date | null;
  /** The introduction or engagement (libs/brokerage) the outcome became. */
  @Column({ type: 'uuid', nullable: true }) engagementId: string | null;
  /** A "signed" outcome's agreement, recorded on the engagement once both sides have accepted it. */
  @Column({ type: 'jsonb', nullable: true }) agreement: MeetingAgreement | null;
  @Index('event_meetings_agreement_pending_idx', { where: "agreement_status = 'pending'" })
  @Column({ type: 'text', nullable: true })
  agreementStatus: MeetingAgreementStatus | null;
}
