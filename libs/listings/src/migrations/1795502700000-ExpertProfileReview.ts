import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A profile an expert writes is public only once a coordinator in charge of its region approved it. Every provider
 * that exists before this migration (imported by coordinators, seeded, or written by experts until now) counts as
 * reviewed. Edits of an approved profile wait in listing_revisions (listing_type 'provider').
 */
export class ExpertProfileReview1795502700000 implements MigrationInterface {
  name = 'ExpertProfileReview1795502700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "providers" ADD "review_status" text NOT NULL DEFAULT 'approved'`);
    await queryRunner.query(
      `ALTER TABLE "providers" ADD CONSTRAINT "providers_review_status_check" CHECK ("review_status" in ('submitted', 'returned', 'approved'))`,
    );
    await queryRunner.query(`ALTER TABLE "providers" ADD "return_reason" text`);
    await queryRunner.query(`ALTER TABLE "providers" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "providers_awaiting_review" ON "providers" ("submitted_at") WHERE "review_status" <> 'approved'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."providers_awaiting_review"`);
    await queryRunner.query(`ALTER TABLE "providers" DROP COLUMN "submitted_at"`);
    await queryRunner.query(`ALTER TABLE "providers" DROP COLUMN "return_reason"`);
    await queryRunner.query(`ALTER TABLE "providers" DROP CONSTRAINT "providers_review_status_check"`);
    await queryRunner.query(`ALTER TABLE "providers" DROP COLUMN "review_status"`);
  }
}
