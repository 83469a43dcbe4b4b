import { MigrationInterface, QueryRunner } from 'typeorm';

/** Matchmaking events (供需对接会): the event, its invitees and the 1:1 meeting schedule (libs/events). */
export class MatchmakingEvents1795502100000 implements MigrationInterface {
  name = 'MatchmakingEvents1795502100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const base = `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`;
    await queryRunner.query(
      `CREATE TABLE "matchmaking_events" (${base}, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "region_code" text NOT NULL, "organizer_organization_id" uuid, "created_by" uuid NOT NULL, "event_date" date NOT NULL, "venue" text, "online_url" text, "slots" jsonb NOT NULL, "table_names" text array NOT NULL, "capacity" integer NOT NULL, "theme_fields" text array NOT NULL DEFAULT '{}', "theme_keywords" text array NOT NULL DEFAULT '{}', "max_meetings_per_participant" integer NOT NULL DEFAULT 4, "schedule_status" text NOT NULL DEFAULT 'none', "schedule_request" integer NOT NULL DEFAULT 0, "schedule_value" real, "schedule_bound" real, "schedule_method" text, "scheduled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_matchmaking_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "matchmaking_events_region_idx" ON "matchmaking_events" ("region_code") `);
    await queryRunner.query(
      `CREATE TABLE "event_participants" (${base}, "event_id" uuid NOT NULL, "side" text NOT NULL, "need_id" uuid, "provider_id" uuid, "organization_id" uuid, "user_id" uuid, "display_name" text NOT NULL, "status" text NOT NULL DEFAULT 'invited', "invited_by" uuid NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE, "responded_by" uuid, "wishes" uuid array NOT NULL DEFAULT '{}', "unavailable_slots" integer array NOT NULL DEFAULT '{}', CONSTRAINT "PK_event_participants" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "event_participants_event_idx" ON "event_participants" ("event_id") `);
    await queryRunner.query(
      `CREATE INDEX "event_participants_organization_idx" ON "event_participants" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "event_participants_need_idx" ON "event_participants" ("event_id", "need_id") WHERE need_id is not null`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "event_participants_provider_idx" ON "event_participants" ("event_id", "provider_id") WHERE provider_id is not null`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_meetings" (${base}, "event_id" uuid NOT NULL, "enterprise_participant_id" uuid NOT NULL, "provider_participant_id" uuid NOT NULL, "slot_index" integer NOT NULL, "table_index" integer NOT NULL, "score" real NOT NULL DEFAULT 0, "value" real NOT NULL DEFAULT 0, "pinned" boolean NOT NULL DEFAULT false, "outcome" text, "outcome_note" text, "outcome_by" uuid, "outcome_role" text, "outcome_at" TIMESTAMP WITH TIME ZONE, "engagement_id" uuid, CONSTRAINT "PK_event_meetings" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "event_meetings_table_idx" ON "event_meetings" ("event_id", "slot_index", "table_index") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "event_meetings_enterprise_idx" ON "event_meetings" ("event_id", "slot_index", "enterprise_participant_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "event_meetings_provider_idx" ON "event_meetings" ("event_id", "slot_index", "provider_participant_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "event_meetings_pair_idx" ON "event_meetings" ("event_id", "enterprise_participant_id", "provider_participant_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "event_meetings"`);
    await queryRunner.query(`DROP TABLE "event_participants"`);
    await queryRunner.query(`DROP TABLE "matchmaking_events"`);
  }
}
