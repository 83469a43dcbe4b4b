import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';
import type { ContactPerson } from '../contact-person';
import type { DeclineReason, EngagementOrigin, EngagementStatus, PartyResponse, Side } from '../engagement-pipeline';

/**
 * One introduction between a need and a provider and everything after it: the double opt-in, the meeting, the
 * agreement (合作签约). At most one open engagement per pair; the history lives in engagement_events.
 */
@Entity('engagements')
@Index(['needId', 'providerId'], { unique: true, where: `status <> 'closed'` })
export class Engagement extends BaseEntity {
  @Index() @Column({ type: 'uuid' }) needId: string;
  @Index() @Column({ type: 'uuid' }) providerId: string;
  @Index() @Column({ type: 'text' }) status: EngagementStatus;
  @Column({ type: 'text' }) origin: EngagementOrigin;
  /** For requests: who asked, and what they wrote to the coordinator. */
  @Column({ type: 'uuid', nullable: true }) requestedBy: string | null;
  @Column({ type: 'text', nullable: true }) requestMessage: string | null;
  /** The coordinator who sent the introduction. */
  @Column({ type: 'uuid', nullable: true }) introducedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) introducedAt: Date | null;
  /** The coordinator's words to both sides, shown with the invitation. */
  @Column({ type: 'text', nullable: true }) introductionNote: string | null;
  /** The match score when introduced (null for a provider introduced by hand). */
  @Column({ type: 'real', nullable: true }) matchScore: number | null;
  @Column({ type: 'text', default: 'pending' }) enterpriseResponse: PartyResponse;
  @Column({ type: 'timestamptz', nullable: true }) enterpriseRespondedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) enterpriseRespondedBy: string | null;
  @Column({ type: 'text', default: 'pending' }) providerResponse: PartyResponse;
  @Column({ type: 'timestamptz', nullable: true }) providerRespondedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) providerRespondedBy: string | null;
  @Column({ type: 'text', nullable: true }) declinedBySide: Side | null;
  @Column({ type: 'text', nullable: true }) declineReasonCode: DeclineReason | null;
  @Column({ type: 'text', nullable: true }) declineReasonText: string | null;
  /** When both had accepted and contact details and the confidential part were opened to both. */
  @Column({ type: 'timestamptz', nullable: true }) revealedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) meetingAt: Date | null;
  @Column({ type: 'text', nullable: true }) meetingMode: 'online' | 'in_person' | null;
  /** The address, or the link of an online meeting. */
  @Column({ type: 'text', nullable: true }) meetingLocation: string | null;
  @Column({ type: 'text', nullable: true }) agreementType: string | null;
  @Column({ type: 'numeric', nullable: true }) contractValue: string | null;
  @Column({ type: 'timestamptz', nullable: true }) signedAt: Date | null;
  @Column({ type: 'text', nullable: true }) closedReason: string | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  /** On the platform clock. */
  @Column({ type: 'timestamptz' }) statusChangedAt: Date;
  /** The contact person each side named when it accepted (see contact-person.ts); shown to both once both accepted. */
  @Column({ type: 'jsonb', nullable: true }) enterpriseContact: ContactPerson | null;
  @Column({ type: 'jsonb', nullable: true }) providerContact: ContactPerson | null;
}
