import { MigrationInterface, QueryRunner } from 'typeorm';

/** History of agendas (changes to their partners). Written by hand: TypeORM mishandles the enum shared by two tables. */
export class AgendaHistory1795853838167 implements MigrationInterface {
  name = 'AgendaHistory1795853838167';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."entity_type" ADD VALUE IF NOT EXISTS 'AGENDA'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Fails (on purpose) once agenda history exists: history is never thrown away.
    await queryRunner.query(`CREATE TYPE "public"."entity_type_old" AS ENUM('BOTTLENECK', 'ACTION', 'ASSIGNMENT', 'COMMENT')`);
    await queryRunner.query(`ALTER TABLE "comment" ALTER COLUMN "entity_type" TYPE "public"."entity_type_old" USING "entity_type"::"text"::"public"."entity_type_old"`);
    await queryRunner.query(`ALTER TABLE "history_entry" ALTER COLUMN "entity_type" TYPE "public"."entity_type_old" USING "entity_type"::"text"::"public"."entity_type_old"`);
    await queryRunner.query(`DROP TYPE "public"."entity_type"`);
    await queryRunner.query(`ALTER TYPE "public"."entity_type_old" RENAME TO "entity_type"`);
  }
}
