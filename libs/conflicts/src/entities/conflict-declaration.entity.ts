import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

/** An enterprise's own other names, its competitors and the organisations it wants to avoid. */
export const ORGANIZATION_RELATIONS = ['identity', 'competitor', 'avoid'] as const;
/** An expert's (or a provider's) ties: affiliations, employers, shareholdings, and organisations they avoid. */
export const PROVIDER_RELATIONS = ['affiliation', 'employer', 'shareholding', 'avoid'] as const;
export type DeclarationRelation = (typeof ORGANIZATION_RELATIONS)[number] | (typeof PROVIDER_RELATIONS)[number];

/** One organisation named by an enterprise or a provider for conflict-of-interest screening. Private to its owner and the coordinators in charge. */
@Entity('conflict_declarations')
@Index('conflict_declarations_owner_idx', ['ownerType', 'ownerId'])
export class ConflictDeclaration extends BaseEntity {
  @Column({ type: 'text' }) ownerType: 'organization' | 'provider';
  @Column({ type: 'uuid' }) ownerId: string;
  @Column({ type: 'text' }) relation: DeclarationRelation;
  /** For `identity`: null (the owner's own name is on its record); else the organisation named. */
  @Column({ type: 'text', nullable: true }) name: string | null;
  @Column({ type: 'text', array: true, default: '{}' }) aliases: string[];
  @Column({ type: 'text', nullable: true }) creditCode: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
}
