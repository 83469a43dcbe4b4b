import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes found by profiling a 250 000-row import: enterprises looked up by name (one sequential scan per new name),
 * the drain reading all pending outbox rows of a batch's records, and pending match runs looked up by subject.
 */
export class IngestIndexes1795500300000 implements MigrationInterface {
  name = 'IngestIndexes1795500300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "organizations_type_name_idx" ON "organizations" ("type", "name") `);
    await queryRunner.query(
      `CREATE INDEX "outbox_pending_aggregate_idx" ON "outbox_events" ("aggregate_type", "aggregate_id") WHERE processed_at is null`,
    );
    await queryRunner.query(`CREATE INDEX "match_runs_subject_id_idx" ON "match_runs" ("subject_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."match_runs_subject_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_pending_aggregate_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organizations_type_name_idx"`);
  }
}
