import { MigrationInterface, QueryRunner } from 'typeorm';

/** A task's notification is done for every recipient once one of them acted (a review, an approved request). */
export class NotificationsDone1795502210000 implements MigrationInterface {
  name = 'NotificationsDone1795502210000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ADD "done_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "notifications_subject_idx" ON "notifications" ("subject_id", "kind") WHERE done_at IS NULL AND subject_id IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "notifications_subject_idx"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "done_at"`);
  }
}
