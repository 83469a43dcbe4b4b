import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, organisations, listings, matches, the search outbox and the audit log. */

export class Initial1795433366908 implements MigrationInterface {
  name = 'Initial1795433366908';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" text NOT NULL, "target_type" text NOT NULL, "target_id" text, "before" jsonb, "after" jsonb, "request_id" text, CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7064857330342779b2bbd4584c" ON "audit_entries" ("action") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_f6bc1ad9882adb5f677c7e4b2f" ON "audit_entries" ("target_type", "target_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" text NOT NULL DEFAULT 'member', CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e5380c394ec7912046d07b5429" ON "memberships" ("organization_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d43d9c8d18fcd49de0fa44bbd7" ON "memberships" ("user_id", "organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "type" text NOT NULL, "name" text NOT NULL, "region_code" text, "jurisdiction_region_code" text, "workstation_kind" text, "host_organization_id" uuid, "created_on_behalf_by" uuid, "external_id" text, "description" text, CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8c51a8fb3a60f867da41726760" ON "organizations" ("external_id") WHERE external_id is not null`,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3ddc983c5f7bcf132fd8732c3f" ON "refresh_tokens" ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a7838d2ba25be1342091b6695f" ON "refresh_tokens" ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" text, "mobile" text, "password_hash" text NOT NULL, "display_name" text NOT NULL, "locale" text NOT NULL DEFAULT 'zh-CN', "is_platform_admin" boolean NOT NULL DEFAULT false, "created_on_behalf_by" uuid, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d8500675ab29630718d0927496" ON "users" ("email") WHERE email is not null`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_9bd3452931b772ddbfc1f23e5f" ON "users" ("mobile") WHERE mobile is not null`,
    );
    await queryRunner.query(
      `CREATE TABLE "capabilities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "external_id" text, "provider_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'draft', "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "fields" text array NOT NULL DEFAULT '{}', "keywords" text array NOT NULL DEFAULT '{}', "service_modes" text array NOT NULL DEFAULT '{}', "region_codes" text array NOT NULL DEFAULT '{}', "availability" text, "revision" integer NOT NULL DEFAULT '1', "source_hash" text, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c94fe6cafdb7646522a915893fd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f5ac2a79dedca4c0b992a9b373" ON "capabilities" ("external_id") WHERE external_id is not null`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_951e8b128790ace8d120829a37" ON "capabilities" ("provider_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e84fe86ebc5a9239e3a6de3773" ON "capabilities" ("status") `);
    await queryRunner.query(
      `CREATE TABLE "needs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "external_id" text, "organization_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'draft', "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "fields" text array NOT NULL DEFAULT '{}', "keywords" text array NOT NULL DEFAULT '{}', "region_code" text, "cooperation_modes" text array NOT NULL DEFAULT '{}', "budget_min" numeric, "budget_max" numeric, "deadline" date, "confidential_details" text, "confidential_attachments" jsonb NOT NULL DEFAULT '[]', "revision" integer NOT NULL DEFAULT '1', "return_reason" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "steward_organization_id" uuid, "source_hash" text, CONSTRAINT "PK_fdb71d393bc390a1a09ac047dd1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1318f69fa88483ef370f37640f" ON "needs" ("external_id") WHERE external_id is not null`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7238fa481416cd29fed606b832" ON "needs" ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7444e5cedadaa73b50e0c36228" ON "needs" ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_8911a7f9fc883dc439ca7125bd" ON "needs" ("region_code") `);
    await queryRunner.query(
      `CREATE TABLE "providers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "external_id" text, "kind" text NOT NULL, "name" text NOT NULL, "title" text, "affiliation" text, "region_code" text, "fields" text array NOT NULL DEFAULT '{}', "keywords" text array NOT NULL DEFAULT '{}', "bio" text NOT NULL DEFAULT '', "contact_email" text, "contact_phone" text, "organization_id" uuid, "user_id" uuid, "steward_organization_id" uuid, "available" boolean NOT NULL DEFAULT true, "revision" integer NOT NULL DEFAULT '1', "source_hash" text, CONSTRAINT "PK_af13fc2ebf382fe0dad2e4793aa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a116e05e40de6b73f107b1f095" ON "providers" ("external_id") WHERE external_id is not null`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ca4cfd2d8b84aecac40d02f658" ON "providers" ("region_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_5e2d2ca13834072877463e8174" ON "providers" ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "publications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "provider_id" uuid NOT NULL, "kind" text NOT NULL DEFAULT 'publication', "title" text NOT NULL, "abstract" text NOT NULL DEFAULT '', "year" integer, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_2c4e732b044e09139d2f1065fae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_dbce7d09f401073a7daf96a6da" ON "publications" ("provider_id") `);
    await queryRunner.query(
      `CREATE TABLE "match_overrides" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "need_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "action" text NOT NULL, "reason" text, "created_by" uuid NOT NULL, CONSTRAINT "PK_7f16213807f7ae2081afe8ac629" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f556daf1e70b1e2a611aae4dd1" ON "match_overrides" ("need_id", "provider_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "match_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "revision" integer NOT NULL, "status" text NOT NULL DEFAULT 'pending', "algorithm_version" text, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "duration_ms" integer, CONSTRAINT "PK_1e9ec070b43e5b98acfb9f1979d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4523c68b9cf159a1a720586d03" ON "match_runs" ("status", "requested_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_9d8cfebe9f65a0cb70a1f5bd30" ON "match_runs" ("subject_type", "subject_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "matches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "need_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "capability_id" uuid, "score" real NOT NULL, "reasons" jsonb NOT NULL, "algorithm_version" text NOT NULL, "need_revision" integer NOT NULL, "provider_revision" integer NOT NULL, CONSTRAINT "PK_8a22c7b2e0828988d51256117f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_53700350f1815df6cdec2f93f5" ON "matches" ("need_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5f21c37728a31dceff508225ef" ON "matches" ("provider_id", "score") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_9fc574c2732bbbaa24c4b841f3" ON "matches" ("need_id", "provider_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_events" ("id" BIGSERIAL NOT NULL, "aggregate_type" text NOT NULL, "aggregate_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "outbox_pending_idx" ON "outbox_events" ("id") WHERE processed_at is null`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_pending_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9fc574c2732bbbaa24c4b841f3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5f21c37728a31dceff508225ef"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_53700350f1815df6cdec2f93f5"`);
    await queryRunner.query(`DROP TABLE "matches"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d8cfebe9f65a0cb70a1f5bd30"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4523c68b9cf159a1a720586d03"`);
    await queryRunner.query(`DROP TABLE "match_runs"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f556daf1e70b1e2a611aae4dd1"`);
    await queryRunner.query(`DROP TABLE "match_overrides"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dbce7d09f401073a7daf96a6da"`);
    await queryRunner.query(`DROP TABLE "publications"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e2d2ca13834072877463e8174"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ca4cfd2d8b84aecac40d02f658"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a116e05e40de6b73f107b1f095"`);
    await queryRunner.query(`DROP TABLE "providers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8911a7f9fc883dc439ca7125bd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7444e5cedadaa73b50e0c36228"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7238fa481416cd29fed606b832"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1318f69fa88483ef370f37640f"`);
    await queryRunner.query(`DROP TABLE "needs"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e84fe86ebc5a9239e3a6de3773"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_951e8b128790ace8d120829a37"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f5ac2a79dedca4c0b992a9b373"`);
    await queryRunner.query(`DROP TABLE "capabilities"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9bd3452931b772ddbfc1f23e5f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d8500675ab29630718d0927496"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a7838d2ba25be1342091b6695f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ddc983c5f7bcf132fd8732c3f"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c51a8fb3a60f867da41726760"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d43d9c8d18fcd49de0fa44bbd7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e5380c394ec7912046d07b5429"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f6bc1ad9882adb5f677c7e4b2f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7064857330342779b2bbd4584c"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
  }
}
