import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * How far the alert scan has read one source (needs, capabilities, matches). A pass reads the rows changed after
 * `since` in id order, a batch per scan (`afterId` marks where it stopped); when it ends, `since` moves to the pass's
 * start less a margin. Kept in PostgreSQL so that a new worker does not announce the whole history again.
 */
@Entity('alert_scan_cursors')
export class AlertScanCursor {
  @PrimaryColumn({ type: 'text' }) source: string;
  @Column({ type: 'timestamptz' }) since: Date;
  @Column({ type: 'timestamptz', nullable: true }) passStartedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) afterId: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
