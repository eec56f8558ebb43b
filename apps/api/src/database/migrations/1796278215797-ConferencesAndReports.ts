import { MigrationInterface, QueryRunner } from 'typeorm';

export class ConferencesAndReports1796278215797 implements MigrationInterface {
  name = 'ConferencesAndReports1796278215797';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "conference" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "agenda_id" uuid NOT NULL, "date" date NOT NULL, "place" character varying(200) NOT NULL, "chair" character varying(200) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'PLANNED', CONSTRAINT "PK_e203a214f53b0eeefb3db00fdb2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_029ee38d8e5ebc6da3f1c619ea" ON "conference"  ("agenda_id", "date") `);
    await queryRunner.query(`CREATE TABLE "conference_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "conference_id" uuid NOT NULL, "bottleneck_id" uuid, "action_id" uuid, "purpose" character varying(20) NOT NULL, "decision" character varying(10), "note" text, "note_language" character varying(2), "position" integer NOT NULL DEFAULT '0', CONSTRAINT "conference_item_one_subject" CHECK ((bottleneck_id IS NULL) <> (action_id IS NULL)), CONSTRAINT "PK_87607a82c41c872953d06c200dd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_be94a557ed72012fab5bf2d721" ON "conference_item"  ("conference_id", "action_id") WHERE action_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b6892ddcb0a5ac79ea21847674" ON "conference_item"  ("conference_id", "bottleneck_id") WHERE bottleneck_id IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "generated_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "agenda_id" uuid, "agenda_ids" uuid array NOT NULL, "year" integer, "conference_id" uuid, "language" character varying(2) NOT NULL, "status" character varying(10) NOT NULL, "progress" integer NOT NULL DEFAULT '0', "requested_by_id" uuid NOT NULL, "requested_by_name" character varying(200) NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "state_at" TIMESTAMP WITH TIME ZONE, "last_history_id" bigint, "docx" bytea, "pdf" bytea, "docx_size" integer, "pdf_size" integer, "error" text, CONSTRAINT "PK_53e8e21d939cb60746d49aa06a3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_361535c1c74192f2ca019f4a86" ON "generated_report"  ("requested_at") `);
    await queryRunner.query(`ALTER TABLE "conference" ADD CONSTRAINT "FK_72bfe73f05b6c94239311bf0baf" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conference_item" ADD CONSTRAINT "FK_e535ff923b9fb36affd24a2f280" FOREIGN KEY ("conference_id") REFERENCES "conference"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conference_item" ADD CONSTRAINT "FK_fcdc4fe3ac100cd7e562fe62834" FOREIGN KEY ("bottleneck_id") REFERENCES "bottleneck"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conference_item" ADD CONSTRAINT "FK_7d8d6f88ce241d355b724e858ee" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "conference_item" DROP CONSTRAINT "FK_7d8d6f88ce241d355b724e858ee"`);
    await queryRunner.query(`ALTER TABLE "conference_item" DROP CONSTRAINT "FK_fcdc4fe3ac100cd7e562fe62834"`);
    await queryRunner.query(`ALTER TABLE "conference_item" DROP CONSTRAINT "FK_e535ff923b9fb36affd24a2f280"`);
    await queryRunner.query(`ALTER TABLE "conference" DROP CONSTRAINT "FK_72bfe73f05b6c94239311bf0baf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_361535c1c74192f2ca019f4a86"`);
    await queryRunner.query(`DROP TABLE "generated_report"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b6892ddcb0a5ac79ea21847674"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be94a557ed72012fab5bf2d721"`);
    await queryRunner.query(`DROP TABLE "conference_item"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_029ee38d8e5ebc6da3f1c619ea"`);
    await queryRunner.query(`DROP TABLE "conference"`);
  }
}
