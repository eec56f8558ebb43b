import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795849212416 implements MigrationInterface {
  name = 'Initial1795849212416';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."organisation_kind" AS ENUM('MINISTRY', 'PROVINCE', 'GERMAN_STATE', 'BEZIRKSREGIERUNG', 'FLEMISH_GOVERNMENT', 'FLEMISH_PROVINCE', 'EUREGIO', 'MUNICIPALITY')`);
    await queryRunner.query(`CREATE TYPE "public"."country" AS ENUM('NL', 'DE', 'BE')`);
    await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "kind" "public"."organisation_kind" NOT NULL, "country" "public"."country" NOT NULL, "name_nl" character varying(200) NOT NULL, "name_de" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6a3122daf3cb06cb4f1f87ae642" UNIQUE ("code"), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "agenda" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "reference_prefix" character varying(10) NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "name_nl" character varying(200) NOT NULL, "name_de" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "description_nl" character varying(1000) NOT NULL, "description_de" character varying(1000) NOT NULL, "description_en" character varying(1000) NOT NULL, "steering_organisation_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ea2a4102831621bb4534173c2e6" UNIQUE ("code"), CONSTRAINT "UQ_e8b878bbebfb08d195f0e284369" UNIQUE ("reference_prefix"), CONSTRAINT "PK_49397cfc20589bebaac8b43251d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "agenda_partner" ("agenda_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2b31a3bf7c3ef7dc819befbfa53" PRIMARY KEY ("agenda_id", "organisation_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4c8028e08e6fbb7bdb52233091" ON "agenda_partner"  ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "theme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(60) NOT NULL, "agenda_id" uuid NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "name_nl" character varying(200) NOT NULL, "name_de" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c1934d0b4403bf10c1ab0c18166" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f2794ec571fd7afcd58a52d0b8" ON "theme"  ("agenda_id", "code") `);
    await queryRunner.query(`ALTER TABLE "agenda" ADD CONSTRAINT "FK_6ac7dc65ea4d681529ea52adccf" FOREIGN KEY ("steering_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_partner" ADD CONSTRAINT "FK_0f6cf62e835e147a3563bb2a3dd" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_partner" ADD CONSTRAINT "FK_4c8028e08e6fbb7bdb52233091a" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "theme" ADD CONSTRAINT "FK_af401d156d22d112dfb0aae2563" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "theme" DROP CONSTRAINT "FK_af401d156d22d112dfb0aae2563"`);
    await queryRunner.query(`ALTER TABLE "agenda_partner" DROP CONSTRAINT "FK_4c8028e08e6fbb7bdb52233091a"`);
    await queryRunner.query(`ALTER TABLE "agenda_partner" DROP CONSTRAINT "FK_0f6cf62e835e147a3563bb2a3dd"`);
    await queryRunner.query(`ALTER TABLE "agenda" DROP CONSTRAINT "FK_6ac7dc65ea4d681529ea52adccf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2794ec571fd7afcd58a52d0b8"`);
    await queryRunner.query(`DROP TABLE "theme"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4c8028e08e6fbb7bdb52233091"`);
    await queryRunner.query(`DROP TABLE "agenda_partner"`);
    await queryRunner.query(`DROP TABLE "agenda"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TYPE "public"."country"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
  }
}
