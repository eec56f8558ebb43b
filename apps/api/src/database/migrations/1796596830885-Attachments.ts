import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents on bottlenecks, actions and questions. `attachment` holds what
 * the register knows of a file (its item, title, language, name, type found
 * from the content, size, SHA-256, the virus scanner's verdict, removal and
 * purge); `attachment_blob` holds the content of files kept in PostgreSQL
 * (ATTACHMENT_STORE=postgres, the default), in chunks (256 KB), so that it
 * streams both ways. Its storage is EXTERNAL: the files are mostly
 * compressed already (PDF, DOCX, JPEG), and PostgreSQL need not try again.
 */
export class Attachments1796596830885 implements MigrationInterface {
  name = 'Attachments1796596830885';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."attachment_scan_status" AS ENUM('PENDING', 'CLEAN', 'INFECTED', 'NOT_SCANNED')`);
    await queryRunner.query(`CREATE TABLE "attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "agenda_id" uuid NOT NULL, "entity_type" "public"."entity_type" NOT NULL, "entity_id" uuid NOT NULL, "title" text NOT NULL, "description" text, "language" "public"."language" NOT NULL, "file_name" text NOT NULL, "media_type" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "scan_status" "public"."attachment_scan_status" NOT NULL, "scan_signature" text, "scanned_at" TIMESTAMP WITH TIME ZONE, "store_name" character varying(10) NOT NULL, "storage_key" uuid NOT NULL, "author_id" uuid, "organisation_id" uuid, "removed_at" TIMESTAMP WITH TIME ZONE, "removed_by_id" uuid, "purged_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "attachment_pending" ON "attachment"  ("scan_status", "created_at") WHERE scan_status IN ('PENDING', 'NOT_SCANNED') AND removed_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_4d924b4a541802e030c1be376f" ON "attachment"  ("entity_type", "entity_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE attachment_blob (key uuid NOT NULL, seq integer NOT NULL, data bytea NOT NULL, PRIMARY KEY (key, seq))`);
    await queryRunner.query(`ALTER TABLE attachment_blob ALTER COLUMN data SET STORAGE EXTERNAL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE attachment_blob`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d924b4a541802e030c1be376f"`);
    await queryRunner.query(`DROP INDEX "public"."attachment_pending"`);
    await queryRunner.query(`DROP TABLE "attachment"`);
    await queryRunner.query(`DROP TYPE "public"."attachment_scan_status"`);
  }
}
