import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a label's pair looked like when people decided on it, for fitting past outcomes and load into the ranking:
 * the provider's open introductions then, and the track-record adjustment inside the score they saw.
 * Labels are read per provider at ranking time.
 */
export class LabelContext1795500600000 implements MigrationInterface {
  name = 'LabelContext1795500600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_labels" ADD "provider_open_engagements" integer`);
    await queryRunner.query(`ALTER TABLE "match_labels" ADD "score_adjustment" real`);
    await queryRunner.query(`CREATE INDEX "match_labels_provider_idx" ON "match_labels" ("provider_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."match_labels_provider_idx"`);
    await queryRunner.query(`ALTER TABLE "match_labels" DROP COLUMN "score_adjustment"`);
    await queryRunner.query(`ALTER TABLE "match_labels" DROP COLUMN "provider_open_engagements"`);
  }
}
