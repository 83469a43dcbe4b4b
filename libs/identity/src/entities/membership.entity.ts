import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

export const MEMBERSHIP_ROLES = ['member', 'admin'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** A user's place in an organisation. Members of an association are its coordinators. */
@Entity('memberships')
@Index(['userId', 'organizationId'], { unique: true })
export class Membership extends BaseEntity {
  @Column({ type: 'uuid' }) userId: string;
  @Index() @Column({ type: 'uuid' }) organizationId: string;
  @Column({ type: 'text', default: 'member' }) role: MembershipRole;
}
