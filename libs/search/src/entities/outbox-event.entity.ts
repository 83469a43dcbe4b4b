import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const INDEXED_TYPES = ['need', 'capability', 'provider'] as const;
export type IndexedType = (typeof INDEXED_TYPES)[number];

/** Written in the same transaction as a listing change; drained in id order into Meilisearch. */
@Entity('outbox_events')
@Index('outbox_pending_idx', ['id'], { where: 'processed_at is null' })
@Index('outbox_pending_aggregate_idx', ['aggregateType', 'aggregateId'], { where: 'processed_at is null' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column({ type: 'text' }) aggregateType: IndexedType;
  @Column({ type: 'uuid' }) aggregateId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) processedAt: Date | null;
  @Column({ type: 'int', default: 0 }) attempts: number;
}
