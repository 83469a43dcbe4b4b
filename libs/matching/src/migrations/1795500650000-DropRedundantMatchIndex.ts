import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `matches (need_id)` duplicates the leading column of the unique `(need_id, provider_id)` index, which serves every
 * lookup by need as well; it only cost upkeep on each of the 500 pairs a need's run writes.
 */
export class DropRedundantMatchIndex1795500650000 implements MigrationInterface {
  name = 'DropRedundantMatchIndex1795500650000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_53700350f1815df6cdec2f93f5"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_53700350f1815df6cdec2f93f5" ON "matches" ("need_id") `);
  }
}
