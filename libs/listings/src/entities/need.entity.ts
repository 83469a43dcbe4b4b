import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';
import { CooperationMode, ListingStatus } from './listing-status';

/** An enterprise's technical need (技术需求). The confidential part never leaves PostgreSQL for the index. */
@Entity('needs')
@Index('needs_import_scope_external_id_key', ['importScope', 'externalId'], {
  unique: true,
  where: 'external_id is not null',
})
@Index('needs_updated_at_idx', ['updatedAt'])
export class Need extends BaseEntity {
  @Column({ type: 'text', nullable: true }) externalId: string | null;
  /** Whose externalId it is: the importing association's id, or "platform" for platform admins. */
  @Column({ type: 'text', nullable: true }) importScope: string | null;
  @Index() @Column({ type: 'uuid' }) organizationId: string;
  @Index() @Column({ type: 'text', default: 'draft' }) status: ListingStatus;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text', array: true, default: '{}' }) fields: string[];
  @Column({ type: 'text', array: true, default: '{}' }) keywords: string[];
  @Index() @Column({ type: 'text', nullable: true }) regionCode: string | null;
  @Column({ type: 'text', array: true, default: '{}' }) cooperationModes: CooperationMode[];
  @Column({ type: 'numeric', nullable: true }) budgetMin: string | null;
  @Column({ type: 'numeric', nullable: true }) budgetMax: string | null;
  @Column({ type: 'date', nullable: true }) deadline: string | null;
  @Column({ type: 'text', nullable: true }) confidentialDetails: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) confidentialAttachments: { name: string; url: string }[];
  /** Bumped on every content change; matches record the revision they were computed for. */
  @Column({ type: 'int', default: 1 }) revision: number;
  @Column({ type: 'text', nullable: true }) returnReason: string | null;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  /** The association whose coordinator posted it on the enterprise's behalf. */
  @Column({ type: 'uuid', nullable: true }) stewardOrganizationId: string | null;
  /** Fingerprint of the last imported row, so re-importing an unchanged row changes nothing. */
  @Column({ type: 'text', nullable: true }) sourceHash: string | null;
}
