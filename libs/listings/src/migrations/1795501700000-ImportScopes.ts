import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An imported record's externalId is unique within its import scope (the importing association's id, or
 * "platform" for platform admins), no longer across the platform: two associations may use the same ids without
 * touching each other's records. Existing imported rows take their steward association's scope; capabilities
 * take their provider's.
 */
export class ImportScopes1795501700000 implements MigrationInterface {
  name = 'ImportScopes1795501700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['providers', 'needs']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "import_scope" text`);
      await queryRunner.query(
        `UPDATE "${table}" SET "import_scope" = coalesce("steward_organization_id"::text, 'platform') WHERE "external_id" IS NOT NULL`,
      );
    }
    await queryRunner.query(`ALTER TABLE "capabilities" ADD "import_scope" text`);
    await queryRunner.query(
      `UPDATE "capabilities" c SET "import_scope" = coalesce(p."import_scope", 'platform') FROM "providers" p WHERE p."id" = c."provider_id" AND c."external_id" IS NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_a116e05e40de6b73f107b1f095"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1318f69fa88483ef370f37640f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f5ac2a79dedca4c0b992a9b373"`);
    for (const table of ['providers', 'needs', 'capabilities']) {
      await queryRunner.query(
        `CREATE UNIQUE INDEX "${table}_import_scope_external_id_key" ON "${table}" ("import_scope", "external_id") WHERE external_id is not null`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['providers', 'needs', 'capabilities']) {
      await queryRunner.query(`DROP INDEX "public"."${table}_import_scope_external_id_key"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "import_scope"`);
    }
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f5ac2a79dedca4c0b992a9b373" ON "capabilities" ("external_id") WHERE external_id is not null`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1318f69fa88483ef370f37640f" ON "needs" ("external_id") WHERE external_id is not null`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a116e05e40de6b73f107b1f095" ON "providers" ("external_id") WHERE external_id is not null`,
    );
  }
}
