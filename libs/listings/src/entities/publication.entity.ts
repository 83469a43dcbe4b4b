import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

export const PUBLICATION_KINDS = ['publication', 'patent', 'achievement'] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

@Entity('publications')
export class Publication extends BaseEntity {
  @Index() @Column({ type: 'uuid' }) providerId: string;
  @Column({ type: 'text', default: 'publication' }) kind: PublicationKind;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', default: '' }) abstract: string;
  @Column({ type: 'int', nullable: true }) year: number | null;
  @Column({ type: 'int', default: 0 }) position: number;
}
