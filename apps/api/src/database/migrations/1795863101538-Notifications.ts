import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications, followers, the e-mail outbox, deadline stages; how each person wants e-mail, and their locale. */
export class Notifications1795863101538 implements MigrationInterface {
  name = 'Notifications1795863101538';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "deadline_event" ("key" character varying(300) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_eb14601072792989bee1d21b70c" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE TABLE "follow" ("user_id" uuid NOT NULL, "entity_type" "public"."entity_type" NOT NULL, "entity_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_565d6636b7059c4b3b85e5747e1" PRIMARY KEY ("user_id", "entity_type", "entity_id"))`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "entity_type" "public"."entity_type" NOT NULL, "entity_id" uuid NOT NULL, "reference" character varying(40) NOT NULL, "path" character varying(200) NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "actor_id" uuid, "dedupe_key" character varying(300), "read_at" TIMESTAMP WITH TIME ZONE, "digest_email_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b390c6bcca8179ba55a6eb95fac" UNIQUE ("dedupe_key"), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d34aa77b1cb788d36b3f750794" ON "notification"  ("recipient_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "outbox_email" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "to_address" character varying(320) NOT NULL, "language" "public"."language" NOT NULL, "subject" character varying(500) NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dedupe_key" character varying(300), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c497cf2985f02a2e5989a4a096e" UNIQUE ("dedupe_key"), CONSTRAINT "PK_b55f4d8ab961614aa75da7a668d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3a7420663d7ba7ad77ea67898d" ON "outbox_email"  ("status", "created_at") `);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "locale" "public"."language"`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "email_preference" character varying(10) NOT NULL DEFAULT 'IMMEDIATE'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email_preference"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "locale"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3a7420663d7ba7ad77ea67898d"`);
    await queryRunner.query(`DROP TABLE "outbox_email"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d34aa77b1cb788d36b3f750794"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "follow"`);
    await queryRunner.query(`DROP TABLE "deadline_event"`);
  }
}
