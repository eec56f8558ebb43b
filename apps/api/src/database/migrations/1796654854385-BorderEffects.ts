import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Border-effects monitoring: half-yearly screening rounds, the internet
 * consultations screened in them, the bottlenecks they touch or led to and
 * the partners' flags. Their history is kept like every other item's, under
 * two new item types and without an agenda: the register is read by every
 * signed-in user.
 */
export class BorderEffects1796654854385 implements MigrationInterface {
  name = 'BorderEffects1796654854385';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "screening_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "year" integer NOT NULL, "half" integer NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'OPEN', "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_35257922d7cbcd5ca03995baa3" CHECK ("half" IN (1, 2)), CONSTRAINT "PK_1c32c98c6bf580d0e84be094d79" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9069885fdc9db7993b19d0edfa" ON "screening_round"  ("year", "half") `);
    await queryRunner.query(`CREATE TABLE "consultation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "round_id" uuid NOT NULL, "title" jsonb NOT NULL, "ministry_id" uuid NOT NULL, "url" character varying(2000) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "kind" character varying(40) NOT NULL, "border_relevant" boolean, "relevance_reason" jsonb, "test_carried_out" boolean, "test_report" character varying(30), "test_reference" character varying(500) NOT NULL DEFAULT '', "effect_direction" character varying(10), "effects" jsonb, "affected_groups" jsonb NOT NULL DEFAULT '[]', "neighbours" jsonb NOT NULL DEFAULT '[]', "mitigations" jsonb NOT NULL DEFAULT '[]', "response_submitted" boolean NOT NULL DEFAULT false, "response" jsonb, "response_url" character varying(2000), "created_by_id" uuid, CONSTRAINT "CHK_c9ae81d8d4344175f72cb24fb2" CHECK ("period_end" >= "period_start"), CONSTRAINT "PK_5203569fac28a4a626c42abe70b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f60346236fa1c8f1e53e2e59a2" ON "consultation"  ("ministry_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6e60fe6477606114d035b58a52" ON "consultation"  ("round_id") `);
    await queryRunner.query(`CREATE TABLE "consultation_bottleneck" ("consultation_id" uuid NOT NULL, "bottleneck_id" uuid NOT NULL, "type" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c61f2ed0f4038faf0aeb93cdbd0" PRIMARY KEY ("consultation_id", "bottleneck_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e6d23459e12fa7beb76dc1648a" ON "consultation_bottleneck"  ("bottleneck_id") `);
    await queryRunner.query(`CREATE TABLE "consultation_flag" ("consultation_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "note" character varying(2000) NOT NULL DEFAULT '', "flagged_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_341ca882de8a12af9c535a73cc1" PRIMARY KEY ("consultation_id", "organisation_id"))`);
    await queryRunner.query(`ALTER TABLE "consultation" ADD CONSTRAINT "FK_6e60fe6477606114d035b58a527" FOREIGN KEY ("round_id") REFERENCES "screening_round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consultation" ADD CONSTRAINT "FK_f60346236fa1c8f1e53e2e59a28" FOREIGN KEY ("ministry_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consultation_bottleneck" ADD CONSTRAINT "FK_1e206bc1cee14c5bab77959fa78" FOREIGN KEY ("consultation_id") REFERENCES "consultation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consultation_bottleneck" ADD CONSTRAINT "FK_e6d23459e12fa7beb76dc1648a6" FOREIGN KEY ("bottleneck_id") REFERENCES "bottleneck"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consultation_flag" ADD CONSTRAINT "FK_6ad7923ce2e00796e00ddc44d3c" FOREIGN KEY ("consultation_id") REFERENCES "consultation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consultation_flag" ADD CONSTRAINT "FK_ca3c85c52d29a927768b03f332f" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TYPE "public"."entity_type" ADD VALUE IF NOT EXISTS 'SCREENING_ROUND'`);
    await queryRunner.query(`ALTER TYPE "public"."entity_type" ADD VALUE IF NOT EXISTS 'CONSULTATION'`);
    await queryRunner.query(`ALTER TABLE "history_entry" ALTER COLUMN "agenda_id" DROP NOT NULL`);
  }

  /** The tables go; the two item types stay in the enum (PostgreSQL cannot drop enum values) and so may their history (append-only). */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "consultation_flag"`);
    await queryRunner.query(`DROP TABLE "consultation_bottleneck"`);
    await queryRunner.query(`DROP TABLE "consultation"`);
    await queryRunner.query(`DROP TABLE "screening_round"`);
  }
}
