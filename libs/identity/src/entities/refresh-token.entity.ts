import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

@Entity('refresh_tokens')
export class RefreshToken extends BaseEntity {
  /** The sign-in this token descends from by rotation; reuse of a rotated token revokes the whole family. */
  @Index('refresh_tokens_family_id_idx') @Column({ type: 'uuid' }) familyId: string;
  @Index() @Column({ type: 'uuid' }) userId: string;
  @Index({ unique: true }) @Column({ type: 'text' }) tokenHash: string;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
