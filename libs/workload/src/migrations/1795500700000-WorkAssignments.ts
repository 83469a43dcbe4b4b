import { MigrationInterface, QueryRunner } from 'typeorm';

/** Broker workload: who a listing under review or an engagement is assigned to, when someone chose (libs/workload). */
export class WorkAssignments1795500700000 implements MigrationInterface {
  name = 'WorkAssignments1795500700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "work_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "item_type" text NOT NULL, "item_id" uuid NOT NULL, "assignee_id" uuid NOT NULL, "association_id" uuid NOT NULL, "assigned_by" uuid NOT NULL, "note" text, CONSTRAINT "PK_work_assignments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "work_assignments_item_idx" ON "work_assignments" ("item_type", "item_id") `,
    );
    await queryRunner.query(`CREATE INDEX "work_assignments_assignee_idx" ON "work_assignments" ("assignee_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."work_assignments_assignee_idx"`);
    await queryRunner.query(`DROP INDEX "public"."work_assignments_item_idx"`);
    await queryRunner.query(`DROP TABLE "work_assignments"`);
  }
}
