import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A provider's ranker profile (concept bags of its keywords, capabilities, publications and bio), stored once per
 * revision so that ranking a need loads it instead of segmenting every candidate's texts again. Derived data:
 * rebuilt from the provider's rows whenever it is missing, outdated or of an older `version`.
 */
@Entity('provider_profiles')
export class StoredProviderProfile {
  @PrimaryColumn({ type: 'uuid' }) providerId: string;
  @Column({ type: 'int' }) revision: number;
  @Column({ type: 'text' }) version: string;
  /** JSON of `StoredProfile` (libs/matching/src/profiles/profile-codec.ts). */
  @Column({ type: 'text' }) profile: string;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
