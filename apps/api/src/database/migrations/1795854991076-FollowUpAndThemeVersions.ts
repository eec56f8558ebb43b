import { MigrationInterface, QueryRunner } from 'typeorm';

/** Follow-up: an action's owner can be asked for an update; themes are renamed under optimistic locking. */
export class FollowUpAndThemeVersions1795854991076 implements MigrationInterface {
  name = 'FollowUpAndThemeVersions1795854991076';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action" ADD "update_requested_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "action" ADD "update_requested_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "theme" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "theme" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "action" DROP COLUMN "update_requested_by_id"`);
    await queryRunner.query(`ALTER TABLE "action" DROP COLUMN "update_requested_at"`);
  }
}
