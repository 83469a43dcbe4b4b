import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

/** What a saved search looks for: needs, capabilities, or (experts) the needs matching ranks them for. */
export const SAVED_SEARCH_KINDS = ['needs', 'capabilities', 'matches'] as const;
export type SavedSearchKind = (typeof SAVED_SEARCH_KINDS)[number];

/** 'immediate': a digest at the next sweep (after quiet hours); 'daily': one digest every morning at 08:00 China time. */
export const ALERT_FREQUENCIES = ['immediate', 'daily'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

/** A search a user saved, with how often new listings matching it are sent; private to that user. */
@Entity('saved_searches')
@Index('saved_searches_user_idx', ['userId', 'createdAt'])
export class SavedSearch extends BaseEntity {
  @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) kind: SavedSearchKind;
  @Column({ type: 'text', nullable: true }) query: string | null;
  /** Resolved codes, as the search index stores them. */
  @Column({ type: 'text', nullable: true }) fieldCode: string | null;
  @Column({ type: 'text', nullable: true }) regionCode: string | null;
  @Column({ type: 'text', nullable: true }) mode: string | null;
  @Column({ type: 'text', nullable: true }) providerType: string | null;
  /** For kind 'matches': the lowest match score (0–100) worth an alert. */
  @Column({ type: 'real', nullable: true }) minScore: number | null;
  @Column({ type: 'text', default: 'daily' }) frequency: AlertFrequency;
  /** Paused (by the user, or by the unsubscribe link): nothing is collected or sent. */
  @Column({ type: 'timestamptz', nullable: true }) pausedAt: Date | null;
}
