import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';
import type { ApplicationStatus, Attachment, ScheduleItem, TeamMember, UnsuccessfulReason } from '../challenge-rules';

/** A provider's proposal to a challenge (揭榜); one per provider, editable until the deadline. */
@Entity('challenge_applications')
@Index('challenge_applications_provider_idx', ['challengeId', 'providerId'], { unique: true })
export class ChallengeApplication extends BaseEntity {
  @Column({ type: 'uuid' }) challengeId: string;
  @Index('challenge_applications_by_provider_idx') @Column({ type: 'uuid' }) providerId: string;
  @Column({ type: 'text', default: 'submitted' }) status: ApplicationStatus;
  @Column({ type: 'text' }) approach: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) team: TeamMember[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) schedule: ScheduleItem[];
  @Column({ type: 'numeric' }) price: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) attachments: Attachment[];
  @Column({ type: 'uuid' }) submittedBy: string;
  @Column({ type: 'timestamptz' }) submittedAt: Date;
  @Column({ type: 'text', nullable: true }) outcomeReasonCode: UnsuccessfulReason | null;
  @Column({ type: 'text', nullable: true }) outcomeNote: string | null;
}
