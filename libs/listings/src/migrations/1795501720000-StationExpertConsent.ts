import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An expert is "in station" at a workstation only once they consented: until then the workstation's managers see the
 * entry as awaiting consent and nobody else sees it. Entries made before this migration count as consented.
 */
export class StationExpertConsent1795501720000 implements MigrationInterface {
  name = 'StationExpertConsent1795501720000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workstation_experts" ADD "consented_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "workstation_experts" SET "consented_at" = "created_at"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workstation_experts" DROP COLUMN "consented_at"`);
  }
}
