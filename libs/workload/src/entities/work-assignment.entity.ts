import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

export const WORK_ITEM_TYPES = ['need', 'capability', 'engagement'] as const;
export type WorkItemType = (typeof WORK_ITEM_TYPES)[number];

/**
 * The coordinator a coordinator chose for a listing under review or an engagement. An item without a row is the
 * default coordinator's (the longest-serving member of the association in charge), so every item has one.
 */
@Entity('work_assignments')
@Index('work_assignments_item_idx', ['itemType', 'itemId'], { unique: true })
@Index('work_assignments_assignee_idx', ['assigneeId'])
export class WorkAssignment extends BaseEntity {
  @Column({ type: 'text' }) itemType: WorkItemType;
  @Column({ type: 'uuid' }) itemId: string;
  @Column({ type: 'uuid' }) assigneeId: string;
  /** The association the assignee acts for on this item. */
  @Column({ type: 'uuid' }) associationId: string;
  @Column({ type: 'uuid' }) assignedBy: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
}
