import { MigrationInterface, QueryRunner } from 'typeorm';

/** Stored ranker profiles of providers (derived data, rebuilt when missing); removed with their provider. */
export class ProviderProfiles1795500400000 implements MigrationInterface {
  name = 'ProviderProfiles1795500400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "provider_profiles" ("provider_id" uuid NOT NULL, "revision" integer NOT NULL, "version" text NOT NULL, "profile" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_provider_profiles" PRIMARY KEY ("provider_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_profiles" ADD CONSTRAINT "FK_provider_profiles_provider" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "provider_profiles"`);
  }
}
