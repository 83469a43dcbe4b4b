import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

export type EmailStatus = 'pending' | 'sent' | 'failed';

/**
 * The e-mail outbox: written in the same transaction as the notification, sent after commit.
 * The dedupe key is unique, and a row is sent while locked (FOR UPDATE SKIP LOCKED), so no two workers send it.
 */
@Entity('email_outbox')
@Index(['status', 'notBefore'])
export class EmailMessage extends BaseEntity {
  @Column({ type: 'uuid', nullable: true }) notificationId: string | null;
  @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) toAddress: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text' }) locale: string;
  @Column({ type: 'text' }) subject: string;
  @Column({ type: 'text' }) textBody: string;
  @Index({ unique: true }) @Column({ type: 'text' }) dedupeKey: string;
  @Column({ type: 'text', default: 'pending' }) status: EmailStatus;
  /** Not before this time: the end of quiet hours, or the next retry after a failure. */
  @Column({ type: 'timestamptz' }) notBefore: Date;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ type: 'text', nullable: true }) lastError: string | null;
  @Column({ type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ type: 'text', nullable: true }) sentBy: string | null;
  @Column({ type: 'text', nullable: true }) messageId: string | null;
}
