import { MigrationInterface, QueryRunner } from 'typeorm';

/** A need's ranked list below its explained head: provider ids and scores in rank order, one row per need (derived data). */
export class MatchListTails1795501810000 implements MigrationInterface {
  name = 'MatchListTails1795501810000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_list_tails" ("need_id" uuid NOT NULL, "need_revision" integer NOT NULL, "algorithm_version" text NOT NULL, "provider_ids" uuid array NOT NULL, "scores" real array NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_match_list_tails" PRIMARY KEY ("need_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_list_tails" ADD CONSTRAINT "FK_match_list_tails_need" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "match_list_tails"`);
  }
}
