import { BaseEntity } from '@app/database';
import { Check, Column, Entity, Index } from 'typeorm';

export type ContactChannel = 'email' | 'mobile';

/** A one-time code sent to an account's e-mail address or mobile number; only its hash is kept. */
@Entity('contact_confirmations')
@Check('contact_confirmations_channel_check', `"channel" IN ('email', 'mobile')`)
@Index('contact_confirmations_user_channel_idx', ['userId', 'channel', 'createdAt'])
export class ContactConfirmation extends BaseEntity {
  @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) channel: ContactChannel;
  /** The address the code went to: a code confirms that address only, not whatever the account holds later. */
  @Column({ type: 'text' }) address: string;
  @Column({ type: 'text' }) codeHash: string;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @Column({ type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
}
