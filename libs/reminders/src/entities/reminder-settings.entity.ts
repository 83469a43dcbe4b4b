import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';
import type { ReminderPeriods } from '../reminder-periods';

/** An association's own reminder periods; anything it has not set falls back to the platform defaults. */
@Entity('reminder_settings')
export class ReminderSettings extends BaseEntity {
  @Index({ unique: true }) @Column({ type: 'uuid' }) organizationId: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) periods: Partial<ReminderPeriods>;
  @Column({ type: 'uuid', nullable: true }) updatedBy: string | null;
}
