import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refresh tokens rotate within a family (one sign-in). A token that comes back after it was used means someone
 * holds a copy: the whole family is revoked. Tokens issued before this migration are families of their own.
 */
export class RefreshTokenFamilies1795501710000 implements MigrationInterface {
  name = 'RefreshTokenFamilies1795501710000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "family_id" uuid`);
    await queryRunner.query(`UPDATE "refresh_tokens" SET "family_id" = "id"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ALTER COLUMN "family_id" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "refresh_tokens_family_id_idx" ON "refresh_tokens" ("family_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_family_id_idx"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "family_id"`);
  }
}
