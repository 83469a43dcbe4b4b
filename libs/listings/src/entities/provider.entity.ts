import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

export const PROVIDER_KINDS = ['expert', 'society', 'workstation'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** Who can serve a need: an expert, a society (学会) or an expert workstation, with its public profile. */
@Entity('providers')
@Index('providers_import_scope_external_id_key', ['importScope', 'externalId'], {
  unique: true,
  where: 'external_id is not null',
})
export class Provider extends BaseEntity {
  @Column({ type: 'text', nullable: true }) externalId: string | null;
  /** Whose externalId it is: the importing association's id, or "platform" for platform admins. */
  @Column({ type: 'text', nullable: true }) importScope: string | null;
  @Column({ type: 'text' }) kind: ProviderKind;
  @Column({ type: 'text' }) name: string;
  /** 院士, 教授, 研究员, 高级工程师 … for experts. */
  @Column({ type: 'text', nullable: true }) title: string | null;
  @Column({ type: 'text', nullable: true }) affiliation: string | null;
  @Index() @Column({ type: 'text', nullable: true }) regionCode: string | null;
  @Column({ type: 'text', array: true, default: '{}' }) fields: string[];
  @Column({ type: 'text', array: true, default: '{}' }) keywords: string[];
  @Column({ type: 'text', default: '' }) bio: string;
  @Column({ type: 'text', nullable: true }) contactEmail: string | null;
  @Column({ type: 'text', nullable: true }) contactPhone: string | null;
  /** The society or workstation organisation publishing this profile, when there is one. */
  @Index() @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  /** The expert's own account, when the expert has one. */
  @Column({ type: 'uuid', nullable: true }) userId: string | null;
  /** The association whose coordinators manage an imported profile. */
  @Column({ type: 'uuid', nullable: true }) stewardOrganizationId: string | null;
  @Column({ type: 'boolean', default: true }) available: boolean;
  @Column({ type: 'int', default: 1 }) revision: number;
  /** Fingerprint of the last imported row, so re-importing an unchanged row changes nothing. */
  @Column({ type: 'text', nullable: true }) sourceHash: string | null;
}
