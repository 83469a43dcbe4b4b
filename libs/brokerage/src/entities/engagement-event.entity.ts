import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

/** agreement-confirmation: one side recorded the signed agreement; the engagement moves on once the other side does too. */
export type EngagementEventType = 'transition' | 'response' | 'note' | 'message' | 'agreement-confirmation';

/**
 * The timeline of an engagement: every transition and response (who, when, why), the coordinators' internal notes
 * (never shown to the parties) and the messages the parties exchange after both accepted.
 */
@Entity('engagement_events')
@Index(['engagementId', 'occurredAt'])
export class EngagementEvent extends BaseEntity {
  @Column({ type: 'uuid' }) engagementId: string;
  @Column({ type: 'text' }) type: EngagementEventType;
  /** Null when the platform itself acted (an invitation expiring). */
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;
  /** The side the actor acted for, or 'coordinator'. */
  @Column({ type: 'text', nullable: true }) actorRole: string | null;
  @Column({ type: 'text', nullable: true }) fromStatus: string | null;
  @Column({ type: 'text', nullable: true }) toStatus: string | null;
  /** The reason of a transition, the text of a note or message. */
  @Column({ type: 'text', nullable: true }) body: string | null;
  @Column({ type: 'jsonb', nullable: true }) data: Record<string, unknown> | null;
  /** On the platform clock (tests move it). */
  @Column({ type: 'timestamptz' }) occurredAt: Date;
}
