import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddUsersAndRateLimits1795850833967 implements MigrationInterface {
  name = 'AddUsersAndRateLimits1795850833967';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."language" AS ENUM('nl', 'de', 'en')`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "issuer" character varying(300) NOT NULL, "subject" character varying(255) NOT NULL, "username" character varying(255) NOT NULL, "display_name" character varying(300) NOT NULL, "email" character varying(320), "organisation_id" uuid, "roles" text array NOT NULL DEFAULT '{}', "preferred_language" "public"."language", "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c480e576dd71729addbc2d51b6" ON "app_user"  ("username") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_cb6a44b32885604a1a003c46ad" ON "app_user"  ("issuer", "subject") `);
    // UNLOGGED: counters need no crash safety, and skipping the WAL keeps every mutation cheaper.
    await queryRunner.query(`CREATE UNLOGGED TABLE "rate_limit_bucket" ("key" character varying(200) NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "PK_297f92caac7bd103dfaf6d95490" PRIMARY KEY ("key", "window_start"))`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd"`);
    await queryRunner.query(`DROP TABLE "rate_limit_bucket"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cb6a44b32885604a1a003c46ad"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c480e576dd71729addbc2d51b6"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."language"`);
  }
}
