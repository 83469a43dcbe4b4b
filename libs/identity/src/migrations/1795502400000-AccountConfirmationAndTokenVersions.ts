import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts confirm their e-mail address or mobile number with a one-time code before they can accept an invitation
 * (`contact_confirmations` keeps only the code's hash); `token_version` is signed into every access token and bumped
 * on a password or role change, so tokens issued before it stop working at once. Existing accounts start unconfirmed:
 * an address nobody proved is exactly what an attacker could have pre-registered.
 */
export class AccountConfirmationAndTokenVersions1795502400000 implements MigrationInterface {
  name = 'AccountConfirmationAndTokenVersions1795502400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "email_confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "mobile_confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `CREATE TABLE "contact_confirmations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "channel" text NOT NULL, "address" text NOT NULL, "code_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT 0, "confirmed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_contact_confirmations" PRIMARY KEY ("id"), CONSTRAINT "contact_confirmations_channel_check" CHECK ("channel" IN ('email', 'mobile')), CONSTRAINT "FK_contact_confirmations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "contact_confirmations_user_channel_idx" ON "contact_confirmations" ("user_id", "channel", "created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "contact_confirmations"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "token_version"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "mobile_confirmed_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_confirmed_at"`);
  }
}
