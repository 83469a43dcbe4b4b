import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';
import type { MembershipRole } from './membership.entity';

/**
 * - join: an organisation admin invites an e-mail address or mobile number to join with a role.
 * - set-password: the hand-over of an account a coordinator created on the user's behalf (concierge service);
 *   redeeming it sets the password and, when an organisation is named, grants its role.
 */
export const INVITATION_PURPOSES = ['join', 'set-password'] as const;
export type InvitationPurpose = (typeof INVITATION_PURPOSES)[number];

/** A single-use, expiring invitation. Only the SHA-256 of its token is stored. */
@Entity('invitations')
export class Invitation extends BaseEntity {
  @Column({ type: 'text', default: 'join' }) purpose: InvitationPurpose;
  @Index() @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ type: 'text', default: 'member' }) role: MembershipRole;
  /** The invitee's account identifier, lower-cased; one of the two is set. */
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'text', nullable: true }) mobile: string | null;
  /** For set-password invitations: the account created on the user's behalf. */
  @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Index({ unique: true }) @Column({ type: 'text' }) tokenHash: string;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'uuid' }) invitedBy: string;
  @Column({ type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) acceptedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
