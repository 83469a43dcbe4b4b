import { MigrationInterface, QueryRunner } from 'typeorm';

/** The contact person each side names when it accepts an introduction (name, role, phone, e-mail), shown to both once both accepted. */
export class EngagementContacts1795502200000 implements MigrationInterface {
  name = 'EngagementContacts1795502200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "engagements" ADD "enterprise_contact" jsonb, ADD "provider_contact" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "engagements" DROP COLUMN "provider_contact", DROP COLUMN "enterprise_contact"`,
    );
  }
}
