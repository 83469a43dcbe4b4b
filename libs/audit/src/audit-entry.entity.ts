import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

@Entity('audit_entries')
@Index(['targetType', 'targetId'])
export class AuditEntry extends BaseEntity {
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;
  @Index() @Column({ type: 'text' }) action: string;
  @Column({ type: 'text' }) targetType: string;
  @Column({ type: 'text', nullable: true }) targetId: string | null;
  @Column({ type: 'jsonb', nullable: true }) before: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) requestId: string | null;
}
