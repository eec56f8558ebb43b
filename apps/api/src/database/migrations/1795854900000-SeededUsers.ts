import { MigrationInterface, QueryRunner } from 'typeorm';

/** People of the demo register exist before they first sign in: they have no "last seen" yet. */
export class SeededUsers1795854900000 implements MigrationInterface {
  name = 'SeededUsers1795854900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "last_seen_at" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "app_user" SET "last_seen_at" = "created_at" WHERE "last_seen_at" IS NULL`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "last_seen_at" SET NOT NULL`);
  }
}
