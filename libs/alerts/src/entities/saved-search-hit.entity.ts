import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A listing found for a saved search. The key (search, listing) is what makes a listing reach a search's owner at most
 * once: a listing changed again finds its row already there. `deliveredAt` is set by the digest that announced it.
 */
@Entity('saved_search_hits')
@Index('saved_search_hits_undelivered_idx', ['savedSearchId'], { where: 'delivered_at IS NULL' })
export class SavedSearchHit {
  @PrimaryColumn({ type: 'uuid' }) savedSearchId: string;
  @PrimaryColumn({ type: 'uuid' }) listingId: string;
  @Column({ type: 'text' }) listingType: 'need' | 'capability';
  /** For match alerts: the score that qualified the need. */
  @Column({ type: 'real', nullable: true }) score: number | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) foundAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) deliveredAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) digestReminderId: string | null;
}
