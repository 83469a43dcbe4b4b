import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';
import { CooperationMode, ListingStatus } from './listing-status';

/** What a provider can do (科技所能): an offering, an achievement to transfer, or a service. */
@Entity('capabilities')
@Index('capabilities_import_scope_external_id_key', ['importScope', 'externalId'], {
  unique: true,
  where: 'external_id is not null',
})
@Index('capabilities_updated_at_idx', ['updatedAt'])
export class Capability extends BaseEntity {
  @Column({ type: 'text', nullable: true }) externalId: string | null;
  /** Whose externalId it is: the importing association's id, or "platform" for platform admins. */
  @Column({ type: 'text', nullable: true }) importScope: string | null;
  @Index() @Column({ type: 'uuid' }) providerId: string;
  @Index() @Column({ type: 'text', default: 'draft' }) status: ListingStatus;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text', array: true, default: '{}' }) fields: string[];
  @Column({ type: 'text', array: true, default: '{}' }) keywords: string[];
  @Column({ type: 'text', array: true, default: '{}' }) serviceModes: CooperationMode[];
  @Column({ type: 'text', array: true, default: '{}' }) regionCodes: string[];
  @Column({ type: 'text', nullable: true }) availability: string | null;
  @Column({ type: 'int', default: 1 }) revision: number;
  /** Fingerprint of the last imported row, so re-importing an unchanged row changes nothing. */
  @Column({ type: 'text', nullable: true }) sourceHash: string | null;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  /** Why a reviewer returned the draft; shown to the owner until the next submission. */
  @Column({ type: 'text', nullable: true }) returnReason: string | null;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
}
