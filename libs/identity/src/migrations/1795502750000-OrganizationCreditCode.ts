import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organisation's 统一社会信用代码 (GB 32100-2015), optional: many societies, workstations and cooperatives are set up
 * before anyone has the licence at hand. When present it identifies one organisation, so it is unique.
 */
export class OrganizationCreditCode1795502750000 implements MigrationInterface {
  name = 'OrganizationCreditCode1795502750000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" ADD "credit_code" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organizations_credit_code_key" ON "organizations" ("credit_code") WHERE credit_code is not null`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "organizations_credit_code_key"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "credit_code"`);
  }
}
