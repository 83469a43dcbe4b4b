import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open challenges (揭榜挂帅, libs/challenges): the call raised from a need with its criteria and milestones, providers'
 * applications, the providers invited from matching, invited reviewers with their conflict declarations, and scores.
 */
export class Challenges1795502000000 implements MigrationInterface {
  name = 'Challenges1795502000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const base = `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`;
    await queryRunner.query(
      `CREATE TABLE "challenges" (${base}, "need_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "region_code" text, "steward_organization_id" uuid, "status" text NOT NULL, "title" text NOT NULL, "call_text" text NOT NULL, "fields" text array NOT NULL DEFAULT '{}', "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "reward_min" numeric, "reward_max" numeric, "eligible_regions" text array NOT NULL DEFAULT '{}', "eligible_kinds" text array NOT NULL DEFAULT '{}', "min_qualifications" text, "criteria" jsonb NOT NULL, "invite_count" integer NOT NULL DEFAULT 5, "raised_by" uuid NOT NULL, "return_reason" text, "approved_by" uuid, "opened_at" TIMESTAMP WITH TIME ZONE, "awarded_application_id" uuid, "award_reason" text, "awarded_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_challenges" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "challenges_board_idx" ON "challenges" ("status", "deadline") `);
    await queryRunner.query(`CREATE INDEX "challenges_need_idx" ON "challenges" ("need_id") `);
    await queryRunner.query(`CREATE INDEX "challenges_organization_idx" ON "challenges" ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "challenges_region_idx" ON "challenges" ("region_code") `);
    await queryRunner.query(
      `CREATE TABLE "challenge_milestones" (${base}, "challenge_id" uuid NOT NULL, "seq" integer NOT NULL, "title" text NOT NULL, "acceptance_criteria" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'planned', "evidence" jsonb NOT NULL DEFAULT '[]', "submission_note" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "review_note" text, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by" uuid, CONSTRAINT "PK_challenge_milestones" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "challenge_milestones_seq_idx" ON "challenge_milestones" ("challenge_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_applications" (${base}, "challenge_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'submitted', "approach" text NOT NULL, "team" jsonb NOT NULL DEFAULT '[]', "schedule" jsonb NOT NULL DEFAULT '[]', "price" numeric NOT NULL, "attachments" jsonb NOT NULL DEFAULT '[]', "submitted_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "outcome_reason_code" text, "outcome_note" text, CONSTRAINT "PK_challenge_applications" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "challenge_applications_provider_idx" ON "challenge_applications" ("challenge_id", "provider_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_applications_by_provider_idx" ON "challenge_applications" ("provider_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_invitations" (${base}, "challenge_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "score" real NOT NULL, "reasons" jsonb NOT NULL, CONSTRAINT "PK_challenge_invitations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "challenge_invitations_provider_idx" ON "challenge_invitations" ("challenge_id", "provider_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_reviewers" (${base}, "challenge_id" uuid NOT NULL, "user_id" uuid NOT NULL, "invited_by" uuid NOT NULL, "declared_at" TIMESTAMP WITH TIME ZONE, "conflicted_application_ids" uuid array NOT NULL DEFAULT '{}', "declaration_statement" text, CONSTRAINT "PK_challenge_reviewers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "challenge_reviewers_user_idx" ON "challenge_reviewers" ("challenge_id", "user_id") `,
    );
    await queryRunner.query(`CREATE INDEX "challenge_reviewers_by_user_idx" ON "challenge_reviewers" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "challenge_scores" (${base}, "challenge_id" uuid NOT NULL, "application_id" uuid NOT NULL, "scorer_id" uuid NOT NULL, "scorer_role" text NOT NULL, "scores" jsonb NOT NULL, "weighted_total" real NOT NULL, "comment" text, CONSTRAINT "PK_challenge_scores" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "challenge_scores_scorer_idx" ON "challenge_scores" ("application_id", "scorer_id") `,
    );
    await queryRunner.query(`CREATE INDEX "challenge_scores_challenge_idx" ON "challenge_scores" ("challenge_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'challenge_scores',
      'challenge_reviewers',
      'challenge_invitations',
      'challenge_applications',
      'challenge_milestones',
      'challenges',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
