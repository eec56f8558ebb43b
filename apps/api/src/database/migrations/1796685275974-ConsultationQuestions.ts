import { MigrationInterface, QueryRunner } from 'typeorm';

const DRAFT = `CASE WHEN b.status = 'DRAFT' THEN b.reporting_organisation_id END AS draft_org`;

/** The comments the register search indexes: those of an agenda (a comment about a consultation, or on a question about one, has none). */
const commentSource = (agendaOnly: boolean) => `CREATE OR REPLACE VIEW search_source_comment AS
  SELECT c.id, 'COMMENT'::varchar AS kind, c.agenda_id,
         CASE c.entity_type WHEN 'BOTTLENECK' THEN c.entity_id WHEN 'ASSIGNMENT' THEN s.bottleneck_id END AS bottleneck_id,
         CASE WHEN c.entity_type = 'ACTION' THEN c.entity_id END AS action_id,
         CASE WHEN c.entity_type = 'ASSIGNMENT' THEN c.entity_id END AS assignment_id,
         NULL::varchar AS status, b.theme_id, b.type::varchar AS type, c.organisation_id, ${DRAFT}, c.language::varchar AS lang,
         gp_texts(gp_plain(c.body, c.language::text)) AS texts, gp_fold(c.body) AS fold, gp_plain_vector(c.body, c.language::text, 'D') AS tsv,
         coalesce(c.edited_at, c.created_at) AS updated_at
    FROM comment c
    LEFT JOIN assignment s ON c.entity_type = 'ASSIGNMENT' AND s.id = c.entity_id
    LEFT JOIN bottleneck b ON b.id = CASE c.entity_type WHEN 'BOTTLENECK' THEN c.entity_id WHEN 'ASSIGNMENT' THEN s.bottleneck_id END
   WHERE c.entity_type IN ('BOTTLENECK', 'ACTION', 'ASSIGNMENT')${agendaOnly ? ' AND c.agenda_id IS NOT NULL' : ''}`;

/**
 * Questions to a ministry about a screened consultation, and comments on consultations: a question is about
 * exactly one bottleneck (and so has its agenda) or one consultation (no agenda, like the consultation, read by
 * every signed-in user); comments and documents on such items carry no agenda either.
 */
export class ConsultationQuestions1796685275974 implements MigrationInterface {
  name = 'ConsultationQuestions1796685275974';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assignment" ADD "consultation_id" uuid`);
    await queryRunner.query(`ALTER TABLE "assignment" ALTER COLUMN "agenda_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "assignment" ALTER COLUMN "bottleneck_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "attachment" ALTER COLUMN "agenda_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "comment" ALTER COLUMN "agenda_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_b973a3db6b6bcafd4adbe74040" ON "assignment"  ("consultation_id") `);
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "assignment_one_subject" CHECK (("bottleneck_id" IS NULL) <> ("consultation_id" IS NULL) AND ("bottleneck_id" IS NULL OR "agenda_id" IS NOT NULL))`,
    );
    await queryRunner.query(`ALTER TABLE "assignment" ADD CONSTRAINT "FK_b973a3db6b6bcafd4adbe740409" FOREIGN KEY ("consultation_id") REFERENCES "consultation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(commentSource(true));
  }

  /** Only possible while no question, comment or document without an agenda exists. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(commentSource(false));
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_b973a3db6b6bcafd4adbe740409"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "assignment_one_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b973a3db6b6bcafd4adbe74040"`);
    await queryRunner.query(`ALTER TABLE "comment" ALTER COLUMN "agenda_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "attachment" ALTER COLUMN "agenda_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "assignment" ALTER COLUMN "bottleneck_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "assignment" ALTER COLUMN "agenda_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP COLUMN "consultation_id"`);
  }
}
