import { MigrationInterface, QueryRunner } from 'typeorm';

/** Listings by last change: the reminders sweep looks only at listings touched since its previous scan. */
export class ReminderScanIndexes1795500500000 implements MigrationInterface {
  name = 'ReminderScanIndexes1795500500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "needs_updated_at_idx" ON "needs" ("updated_at") `);
    await queryRunner.query(`CREATE INDEX "capabilities_updated_at_idx" ON "capabilities" ("updated_at") `);
    await queryRunner.query(
      `CREATE INDEX "listing_revisions_updated_idx" ON "listing_revisions" ("listing_type", "updated_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."listing_revisions_updated_idx"`);
    await queryRunner.query(`DROP INDEX "public"."capabilities_updated_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."needs_updated_at_idx"`);
  }
}
