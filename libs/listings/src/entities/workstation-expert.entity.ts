import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

/** An expert "in station" (进站专家) at a workstation organisation; the expert is a provider of kind 'expert'. */
@Entity('workstation_experts')
@Index(['workstationId', 'providerId'], { unique: true })
export class WorkstationExpert extends BaseEntity {
  @Column({ type: 'uuid' }) workstationId: string;
  @Index() @Column({ type: 'uuid' }) providerId: string;
  @Column({ type: 'uuid', nullable: true }) addedBy: string | null;
  /** When the expert agreed to be listed in station; until then only the workstation's managers see the entry. */
  @Column({ type: 'timestamptz', nullable: true }) consentedAt: Date | null;
}
