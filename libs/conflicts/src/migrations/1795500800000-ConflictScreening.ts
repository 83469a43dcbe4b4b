import { MigrationInterface, QueryRunner } from 'typeorm';

/** Conflict-of-interest screening (libs/conflicts): declared organisations of enterprises and providers, and coordinators' overrides. */
export class ConflictScreening1795500800000 implements MigrationInterface {
  name = 'ConflictScreening1795500800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "conflict_declarations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "owner_type" text NOT NULL, "owner_id" uuid NOT NULL, "relation" text NOT NULL, "name" text, "aliases" text array NOT NULL DEFAULT '{}', "credit_code" text, "created_by" uuid, CONSTRAINT "PK_conflict_declarations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "conflict_declarations_owner_idx" ON "conflict_declarations" ("owner_type", "owner_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "conflict_overrides" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "need_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "reason" text NOT NULL, "created_by" uuid NOT NULL, CONSTRAINT "PK_conflict_overrides" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "conflict_overrides_pair_idx" ON "conflict_overrides" ("need_id", "provider_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."conflict_overrides_pair_idx"`);
    await queryRunner.query(`DROP TABLE "conflict_overrides"`);
    await queryRunner.query(`DROP INDEX "public"."conflict_declarations_owner_idx"`);
    await queryRunner.query(`DROP TABLE "conflict_declarations"`);
  }
}
