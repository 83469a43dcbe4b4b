import { MigrationInterface, QueryRunner } from 'typeorm';

/** Listing lifecycle: pending revisions of published listings, and the review fields of capabilities. */
export class ListingLifecycle1795500000000 implements MigrationInterface {
  name = 'ListingLifecycle1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "listing_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "listing_type" text NOT NULL, "listing_id" uuid NOT NULL, "base_revision" integer NOT NULL, "status" text NOT NULL, "content" jsonb NOT NULL, "return_reason" text, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, CONSTRAINT "PK_listing_revisions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "listing_revisions_one_pending" ON "listing_revisions" ("listing_type", "listing_id") WHERE status in ('submitted', 'returned')`,
    );
    await queryRunner.query(
      `CREATE INDEX "listing_revisions_queue" ON "listing_revisions" ("status", "submitted_at") `,
    );
    await queryRunner.query(`ALTER TABLE "capabilities" ADD "return_reason" text`);
    await queryRunner.query(`ALTER TABLE "capabilities" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "capabilities" ADD "created_by" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "capabilities" DROP COLUMN "created_by"`);
    await queryRunner.query(`ALTER TABLE "capabilities" DROP COLUMN "submitted_at"`);
    await queryRunner.query(`ALTER TABLE "capabilities" DROP COLUMN "return_reason"`);
    await queryRunner.query(`DROP INDEX "public"."listing_revisions_queue"`);
    await queryRunner.query(`DROP INDEX "public"."listing_revisions_one_pending"`);
    await queryRunner.query(`DROP TABLE "listing_revisions"`);
  }
}
