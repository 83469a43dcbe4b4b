import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';
import type { NotificationParams } from '../notification-templates';

/** One entry in a user's in-app inbox. Rendered in the reader's language when read; written at most once per dedupe key. */
@Entity('notifications')
@Index(['userId', 'occurredAt'])
export class Notification extends BaseEntity {
  @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) params: NotificationParams;
  /** Where the web console shows the subject, e.g. /engagements/{id}. */
  @Column({ type: 'text', nullable: true }) link: string | null;
  @Column({ type: 'text', nullable: true }) subjectType: string | null;
  @Column({ type: 'uuid', nullable: true }) subjectId: string | null;
  @Index({ unique: true }) @Column({ type: 'text' }) dedupeKey: string;
  /** On the platform clock (tests move it), unlike created_at. */
  @Column({ type: 'timestamptz' }) occurredAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) readAt: Date | null;
  /** When the task it announced was dealt with (by this user or another): shown as done, no longer unread. */
  @Column({ type: 'timestamptz', nullable: true }) doneAt: Date | null;
}
