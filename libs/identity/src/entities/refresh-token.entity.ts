import { BaseEntity } from '@app/database/base.entity';
import { Column, Entity, Index } from 'typeorm';

@Entity('refresh_tokens')
export class RefreshToken extends BaseEntity {
  @Index() @Column({ type: 'uuid' }) userId: string;
  @Index({ unique: true }) @Column({ type: 'text' }) tokenHash: string;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
