import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

/** A coordinator's decision about a candidate: pin it to the top, or exclude it for good. */
@Entity('match_overrides')
@Index(['needId', 'providerId'], { unique: true })
export class MatchOverride extends BaseEntity {
  @Column({ type: 'uuid' }) needId: string;
  @Column({ type: 'uuid' }) providerId: string;
  @Column({ type: 'text' }) action: 'pin' | 'exclude';
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'uuid' }) createdBy: string;
}
