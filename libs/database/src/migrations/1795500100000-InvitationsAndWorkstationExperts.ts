import { MigrationInterface, QueryRunner } from 'typeorm';

/** Identity: single-use organisation invitations (token hashes only) and the experts in station at workstations. */
export class InvitationsAndWorkstationExperts1795500100000 implements MigrationInterface {
  name = 'InvitationsAndWorkstationExperts1795500100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "purpose" text NOT NULL DEFAULT 'join', "organization_id" uuid, "role" text NOT NULL DEFAULT 'member', "email" text, "mobile" text, "user_id" uuid, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "invited_by" uuid NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_42d1dbb4d85dc3643fdc6560af" ON "invitations" ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_872ac94a64b3d44fc4b554780c" ON "invitations" ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "workstation_experts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "workstation_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "added_by" uuid, CONSTRAINT "PK_090a3f104bd6808f8b24157621d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_129cbccf897f1d199fd5397d84" ON "workstation_experts" ("provider_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_9bc1de07ab09a96a0d466356a3" ON "workstation_experts" ("workstation_id", "provider_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_9bc1de07ab09a96a0d466356a3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_129cbccf897f1d199fd5397d84"`);
    await queryRunner.query(`DROP TABLE "workstation_experts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_872ac94a64b3d44fc4b554780c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_42d1dbb4d85dc3643fdc6560af"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
  }
}
