import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answers and progress notes get a version, so two translations of one text
 * cannot overwrite each other. Notifications no longer store a web path: it is
 * built from the item when read (paths.ts); a mention is now about the item
 * commented on (the comment's id is in its params), so earlier mentions are
 * moved onto their item first.
 */
export class TranslationVersionsAndNotificationPaths1796219860080 implements MigrationInterface {
  name = 'TranslationVersionsAndNotificationPaths1796219860080';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "notification" n SET entity_type = c.entity_type, entity_id = c.entity_id, params = n.params || jsonb_build_object('commentId', c.id::text)
                               FROM "comment" c WHERE n.entity_type = 'COMMENT' AND c.id = n.entity_id`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "path"`);
    await queryRunner.query(`ALTER TABLE "progress_update" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "answer" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "answer" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "progress_update" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "path" character varying(200) NOT NULL DEFAULT ''`);
    await queryRunner.query(`UPDATE "notification" SET path = CASE WHEN entity_type = 'ASSIGNMENT' THEN '/questions/' || entity_id ELSE '/bottlenecks/' || reference END`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "path" DROP DEFAULT`);
  }
}
