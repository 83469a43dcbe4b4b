import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The rest of a need's ranked list below its explained head (the head is rows in `matches`): provider ids and scores
 * in rank order, one row per need. Writing 500 explained rows per need was most of a re-match's cost; a coordinator
 * reads the head, and the tail keeps every counterpart with evidence in the list.
 */
@Entity('match_list_tails')
export class MatchListTail {
  @PrimaryColumn({ type: 'uuid' }) needId: string;
  @Column({ type: 'int' }) needRevision: number;
  @Column({ type: 'text' }) algorithmVersion: string;
  @Column({ type: 'uuid', array: true }) providerIds: string[];
  @Column({ type: 'real', array: true }) scores: number[];
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
