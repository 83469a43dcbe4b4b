import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

export const ORGANIZATION_TYPES = [
  'enterprise',
  'society',
  'workstation',
  'university',
  'institute',
  'association',
  'platform',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const WORKSTATION_KINDS = ['academician', 'expert', 'society_service'] as const; // 院士专家工作站, 科技专家工作站, 学会服务站
export type WorkstationKind = (typeof WORKSTATION_KINDS)[number];

@Entity('organizations')
@Index('organizations_type_name_idx', ['type', 'name']) // bulk import finds enterprises by name
export class Organization extends BaseEntity {
  @Column({ type: 'text' }) type: OrganizationType;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) regionCode: string | null;
  /** For associations (科协): the region whose listings its coordinators review and broker. */
  @Column({ type: 'text', nullable: true }) jurisdictionRegionCode: string | null;
  @Column({ type: 'text', nullable: true }) workstationKind: WorkstationKind | null;
  /** For workstations: the enterprise hosting it. */
  @Column({ type: 'uuid', nullable: true }) hostOrganizationId: string | null;
  /** Set when a coordinator created it on the owner's behalf (the concierge service). */
  @Column({ type: 'uuid', nullable: true }) createdOnBehalfBy: string | null;
  @Index({ unique: true, where: 'external_id is not null' })
  @Column({ type: 'text', nullable: true })
  externalId: string | null;
  @Column({ type: 'text', nullable: true }) description: string | null;
  /** 统一社会信用代码 (GB 32100-2015), upper case; optional, unique when present. */
  @Index('organizations_credit_code_key', { unique: true, where: 'credit_code is not null' })
  @Column({ type: 'text', nullable: true })
  creditCode: string | null;
}
