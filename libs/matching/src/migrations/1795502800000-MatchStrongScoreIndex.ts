import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a need has a candidate at or above a score (the association report's "matched" step and its fields without
 * strong supply): one index probe per need, instead of reading the need's pairs from the heap one by one (the unique
 * `(need_id, provider_id)` index is in provider order) or hashing every pair above the score. On the 250 000-need
 * benchmark database the province report's test went from 1.4 s to 0.45 s of PostgreSQL CPU (docs/benchmarks.md).
 * Upkeep: one more B-tree entry per pair a need's run writes (its explained head, at most 50 pairs).
 */
export class MatchStrongScoreIndex1795502800000 implements MigrationInterface {
  name = 'MatchStrongScoreIndex1795502800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "matches_need_score_idx" ON "matches" ("need_id", "score") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."matches_need_score_idx"`);
  }
}
