import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

@Entity('users')
export class User extends BaseEntity {
  @Index({ unique: true, where: 'email is not null' })
  @Column({ type: 'text', nullable: true })
  email: string | null;
  @Index({ unique: true, where: 'mobile is not null' })
  @Column({ type: 'text', nullable: true })
  mobile: string | null;
  @Column({ type: 'text', select: false }) passwordHash: string;
  @Column({ type: 'text' }) displayName: string;
  @Column({ type: 'text', default: 'zh-CN' }) locale: 'zh-CN' | 'en';
  @Column({ type: 'boolean', default: false }) isPlatformAdmin: boolean;
  @Column({ type: 'uuid', nullable: true }) createdOnBehalfBy: string | null;
  /** When the owner proved they receive mail at `email` (a one-time code); null until then, and again after a change. */
  @Column({ type: 'timestamptz', nullable: true }) emailConfirmedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) mobileConfirmedAt: Date | null;
  /** Signed into every access token; bumped on a password or role change so older access tokens stop working. */
  @Column({ type: 'integer', default: 0, select: false }) tokenVersion: number;
}
