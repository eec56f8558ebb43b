import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register in and out: every export is recorded (who took what out),
 * uploaded sheets are kept until committed, history names the import that
 * made a change, and bottlenecks and actions keep the key a partner's sheet
 * gave them, so that a re-import finds them again.
 */
export class RegisterExchange1796240146354 implements MigrationInterface {
  name = 'RegisterExchange1796240146354';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "export_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organisation_id" uuid, "kind" character varying(30) NOT NULL, "format" character varying(10) NOT NULL, "language" character varying(5) NOT NULL, "filters" jsonb NOT NULL, "total" integer NOT NULL, "rows_written" integer NOT NULL DEFAULT '0', "status" character varying(12) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_64cb9e435d4d136b4a64325de66" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5cc42a6b9bc96ae77d67d80c09" ON "export_record"  ("user_id", "started_at") `);
    await queryRunner.query(`CREATE TABLE "register_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organisation_id" uuid, "agenda_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "mapping" jsonb, "result" jsonb, "committed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e7996c182149063791086fa53eb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_df5d3eaf2ea7244848cdcab72d" ON "register_import"  ("user_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "history_entry" ADD "source" jsonb`);
    await queryRunner.query(`ALTER TABLE "action" ADD "external_id" character varying(120)`);
    await queryRunner.query(`ALTER TABLE "bottleneck" ADD "external_id" character varying(100)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_eddbe8e1fc94981ace6f9209d5" ON "action"  ("agenda_id", "external_id") WHERE "external_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_722753c65dc4445bdbb50eb74b" ON "bottleneck"  ("reporting_organisation_id", "external_id") WHERE "external_id" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_722753c65dc4445bdbb50eb74b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eddbe8e1fc94981ace6f9209d5"`);
    await queryRunner.query(`ALTER TABLE "bottleneck" DROP COLUMN "external_id"`);
    await queryRunner.query(`ALTER TABLE "action" DROP COLUMN "external_id"`);
    await queryRunner.query(`ALTER TABLE "history_entry" DROP COLUMN "source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_df5d3eaf2ea7244848cdcab72d"`);
    await queryRunner.query(`DROP TABLE "register_import"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5cc42a6b9bc96ae77d67d80c09"`);
    await queryRunner.query(`DROP TABLE "export_record"`);
  }
}
