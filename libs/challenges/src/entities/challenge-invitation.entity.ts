import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

/** A provider invited to a challenge from the need's match list when the call opened, with the reasons it matched. */
@Entity('challenge_invitations')
@Index('challenge_invitations_provider_idx', ['challengeId', 'providerId'], { unique: true })
export class ChallengeInvitation extends BaseEntity {
  @Column({ type: 'uuid' }) challengeId: string;
  @Column({ type: 'uuid' }) providerId: string;
  @Column({ type: 'real' }) score: number;
  @Column({ type: 'jsonb' }) reasons: { 'zh-CN': string; en: string };
}
