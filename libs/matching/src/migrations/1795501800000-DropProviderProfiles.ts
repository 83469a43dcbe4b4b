import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ranker no longer reads stored concept profiles: features and reasons come from the evidence index, which is
 * rebuilt from the listings themselves. The table held derived data only, so dropping it loses nothing.
 */
export class DropProviderProfiles1795501800000 implements MigrationInterface {
  name = 'DropProviderProfiles1795501800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "provider_profiles"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "provider_profiles" ("provider_id" uuid NOT NULL, "revision" integer NOT NULL, "version" text NOT NULL, "profile" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_provider_profiles" PRIMARY KEY ("provider_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_profiles" ADD CONSTRAINT "FK_provider_profiles_provider" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
