import { MigrationInterface, QueryRunner } from 'typeorm';

/** Brokerage (engagements, their timeline, match labels), reminders with per-association periods, notifications and the e-mail outbox. */
export class Brokerage1795500200000 implements MigrationInterface {
  name = 'Brokerage1795500200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "engagement_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "engagement_id" uuid NOT NULL, "type" text NOT NULL, "actor_id" uuid, "actor_role" text, "from_status" text, "to_status" text, "body" text, "data" jsonb, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_94b6116fa037a6976fabb815b39" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_01c3b719cd47d9f84e2aad5db9" ON "engagement_events" ("engagement_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "engagements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "need_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "status" text NOT NULL, "origin" text NOT NULL, "requested_by" uuid, "request_message" text, "introduced_by" uuid, "introduced_at" TIMESTAMP WITH TIME ZONE, "introduction_note" text, "match_score" real, "enterprise_response" text NOT NULL DEFAULT 'pending', "enterprise_responded_at" TIMESTAMP WITH TIME ZONE, "enterprise_responded_by" uuid, "provider_response" text NOT NULL DEFAULT 'pending', "provider_responded_at" TIMESTAMP WITH TIME ZONE, "provider_responded_by" uuid, "declined_by_side" text, "decline_reason_code" text, "decline_reason_text" text, "revealed_at" TIMESTAMP WITH TIME ZONE, "meeting_at" TIMESTAMP WITH TIME ZONE, "meeting_mode" text, "meeting_location" text, "agreement_type" text, "contract_value" numeric, "signed_at" TIMESTAMP WITH TIME ZONE, "closed_reason" text, "closed_at" TIMESTAMP WITH TIME ZONE, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_aec8c95c82a37a5791001cdb9ae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6f18e797c6fabcd8abd2c04367" ON "engagements" ("need_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5465fe5d8afcc0007b3ed9a92a" ON "engagements" ("provider_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_badf62e3fb3d81b9d32a0723f2" ON "engagements" ("status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_38e301f0c66c32eb0d4cea4edd" ON "engagements" ("need_id", "provider_id") WHERE status <> 'closed'`,
    );
    await queryRunner.query(
      `CREATE TABLE "match_labels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "need_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "label" text NOT NULL, "reason_code" text, "reason" text, "score" real, "algorithm_version" text, "engagement_id" uuid, "created_by" uuid, CONSTRAINT "PK_b69d5e986651c7b7775c85a9e37" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a15019201c7f3dbea31183fd8a" ON "match_labels" ("label") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_e3c6791b2338c8c1911f91def4" ON "match_labels" ("need_id", "provider_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "email_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "notification_id" uuid, "user_id" uuid NOT NULL, "to_address" text NOT NULL, "kind" text NOT NULL, "locale" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "dedupe_key" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "not_before" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "sent_by" text, "message_id" text, CONSTRAINT "PK_b6fbfc201f705fbf1ac87bd7197" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3de86bb629a008d332321b13d9" ON "email_outbox" ("dedupe_key") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_5ffbb40635f981d54205d34546" ON "email_outbox" ("status", "not_before") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "email_muted_kinds" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_e94e2b543f2f218ee68e4f4fad2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_64c90edc7310c6be7c10c96f67" ON "notification_preferences" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "link" text, "subject_type" text, "subject_id" uuid, "dedupe_key" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1ce34a3c9fd97cd56bcb734ca9" ON "notifications" ("dedupe_key") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_1abb2fc60288713171c2415542" ON "notifications" ("user_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reminder_settings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "periods" jsonb NOT NULL DEFAULT '{}', "updated_by" uuid, CONSTRAINT "PK_8967b53d42011ef8628dc889979" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5614108de4c60b2f04c0661c1f" ON "reminder_settings" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'pending', "channel" text NOT NULL DEFAULT 'email', "dedupe_key" text NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "association_id" uuid, "processed_at" TIMESTAMP WITH TIME ZONE, "processed_by" text, "cancel_reason" text, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_38715fec7f634b72c6cf7ea4893" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2d655c27551436438136cd94be" ON "reminders" ("dedupe_key") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_91d55325b7a9cdd255da566a89" ON "reminders" ("subject_type", "subject_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a4c19ed3b84261e3573542be29" ON "reminders" ("status", "due_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_a4c19ed3b84261e3573542be29"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_91d55325b7a9cdd255da566a89"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2d655c27551436438136cd94be"`);
    await queryRunner.query(`DROP TABLE "reminders"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5614108de4c60b2f04c0661c1f"`);
    await queryRunner.query(`DROP TABLE "reminder_settings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1abb2fc60288713171c2415542"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1ce34a3c9fd97cd56bcb734ca9"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_64c90edc7310c6be7c10c96f67"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5ffbb40635f981d54205d34546"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3de86bb629a008d332321b13d9"`);
    await queryRunner.query(`DROP TABLE "email_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e3c6791b2338c8c1911f91def4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a15019201c7f3dbea31183fd8a"`);
    await queryRunner.query(`DROP TABLE "match_labels"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_38e301f0c66c32eb0d4cea4edd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_badf62e3fb3d81b9d32a0723f2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5465fe5d8afcc0007b3ed9a92a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6f18e797c6fabcd8abd2c04367"`);
    await queryRunner.query(`DROP TABLE "engagements"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_01c3b719cd47d9f84e2aad5db9"`);
    await queryRunner.query(`DROP TABLE "engagement_events"`);
  }
}
