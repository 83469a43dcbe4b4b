import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

export type ParticipantSide = 'enterprise' | 'provider';
export type ParticipantStatus = 'invited' | 'registered' | 'declined';

/**
 * An invitee of an event: an enterprise, for one of its published needs, or a provider. It registers or declines,
 * then marks whom it wants to meet (other participants of the other side) and the slots it cannot attend.
 */
@Entity('event_participants')
@Index('event_participants_need_idx', ['eventId', 'needId'], { unique: true, where: 'need_id is not null' })
@Index('event_participants_provider_idx', ['eventId', 'providerId'], { unique: true, where: 'provider_id is not null' })
export class EventParticipant extends BaseEntity {
  @Index('event_participants_event_idx') @Column({ type: 'uuid' }) eventId: string;
  @Column({ type: 'text' }) side: ParticipantSide;
  @Column({ type: 'uuid', nullable: true }) needId: string | null;
  @Column({ type: 'uuid', nullable: true }) providerId: string | null;
  /** Who speaks for it: the enterprise, or the provider's organisation and/or the expert's own account. */
  @Index('event_participants_organization_idx') @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ type: 'uuid', nullable: true }) userId: string | null;
  /** As shown in lists and on print-outs: the enterprise and its need, or the provider's name. */
  @Column({ type: 'text' }) displayName: string;
  @Column({ type: 'text', default: 'invited' }) status: ParticipantStatus;
  @Column({ type: 'uuid' }) invitedBy: string;
  @Column({ type: 'timestamptz', nullable: true }) respondedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) respondedBy: string | null;
  /** Participants (of the other side) it asked to meet. */
  @Column({ type: 'uuid', array: true, default: '{}' }) wishes: string[];
  @Column({ type: 'int', array: true, default: '{}' }) unavailableSlots: number[];
}
