import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved searches with alerts (libs/alerts): a user's saved search, the listings found for it (one row per listing and
 * search, so a listing is announced at most once) and how far the alert scan has read the listings.
 */
export class SavedSearches1795502300000 implements MigrationInterface {
  name = 'SavedSearches1795502300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "saved_searches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "query" text, "field_code" text, "region_code" text, "mode" text, "provider_type" text, "min_score" real, "frequency" text NOT NULL DEFAULT 'daily', "paused_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_saved_searches" PRIMARY KEY ("id"), CONSTRAINT "FK_saved_searches_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "saved_searches_user_idx" ON "saved_searches" ("user_id", "created_at")`);
    await queryRunner.query(
      `CREATE TABLE "saved_search_hits" ("saved_search_id" uuid NOT NULL, "listing_id" uuid NOT NULL, "listing_type" text NOT NULL, "score" real, "found_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, "digest_reminder_id" uuid, CONSTRAINT "PK_saved_search_hits" PRIMARY KEY ("saved_search_id", "listing_id"), CONSTRAINT "FK_saved_search_hits_search" FOREIGN KEY ("saved_search_id") REFERENCES "saved_searches"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "saved_search_hits_undelivered_idx" ON "saved_search_hits" ("saved_search_id") WHERE delivered_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "alert_scan_cursors" ("source" text NOT NULL, "since" TIMESTAMP WITH TIME ZONE NOT NULL, "pass_started_at" TIMESTAMP WITH TIME ZONE, "after_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_alert_scan_cursors" PRIMARY KEY ("source"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "alert_scan_cursors"`);
    await queryRunner.query(`DROP TABLE "saved_search_hits"`);
    await queryRunner.query(`DROP TABLE "saved_searches"`);
  }
}
