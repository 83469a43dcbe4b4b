import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

/** A coordinator's decision that a flagged pair may be introduced after all, with the reason (audited). */
@Entity('conflict_overrides')
@Index('conflict_overrides_pair_idx', ['needId', 'providerId'], { unique: true })
export class ConflictOverride extends BaseEntity {
  @Column({ type: 'uuid' }) needId: string;
  @Column({ type: 'uuid' }) providerId: string;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'uuid' }) createdBy: string;
}
