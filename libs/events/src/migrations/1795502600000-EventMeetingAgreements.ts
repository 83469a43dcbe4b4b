import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A meeting's "signed" outcome carries the agreement (type, contract value) that libs/events records on the pair's
 * engagement through libs/brokerage, and where that stands: pending (the engagement is not yet accepted by both
 * sides), awaiting_other_side (one side's record, the brokerage waits for the other's), recorded, or not_possible.
 */
export class EventMeetingAgreements1795502600000 implements MigrationInterface {
  name = 'EventMeetingAgreements1795502600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_meetings" ADD "agreement" jsonb`);
    await queryRunner.query(`ALTER TABLE "event_meetings" ADD "agreement_status" text`);
    await queryRunner.query(
      `CREATE INDEX "event_meetings_agreement_pending_idx" ON "event_meetings" ("agreement_status") WHERE agreement_status = 'pending'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."event_meetings_agreement_pending_idx"`);
    await queryRunner.query(`ALTER TABLE "event_meetings" DROP COLUMN "agreement_status"`);
    await queryRunner.query(`ALTER TABLE "event_meetings" DROP COLUMN "agreement"`);
  }
}
