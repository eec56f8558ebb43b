import { MigrationInterface, QueryRunner } from 'typeorm';

export class DomainCore1795853295048 implements MigrationInterface {
  name = 'DomainCore1795853295048';

  async up(queryRunner: QueryRunner): Promise<void> {
    // entity_type is shared by history_entry and comment: created once, dropped once (TypeORM generated it twice).
    await queryRunner.query(`CREATE TYPE "public"."entity_type" AS ENUM('BOTTLENECK', 'ACTION', 'ASSIGNMENT', 'COMMENT')`);
    await queryRunner.query(`CREATE TABLE "history_entry" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "entity_type" "public"."entity_type" NOT NULL, "entity_id" uuid NOT NULL, "agenda_id" uuid NOT NULL, "version" integer NOT NULL, "actor_id" uuid, "organisation_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(40) NOT NULL, "transition" character varying(40), "changes" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_b65bd95b0d2929668589d57b97a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_02fa2929c435fceb78c85e6299" ON "history_entry"  ("agenda_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0322b75f6feaecc359a54fe09d" ON "history_entry"  ("entity_type", "entity_id", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."action_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'ON_HOLD', 'DONE', 'CANCELLED')`);
    await queryRunner.query(`CREATE TYPE "public"."action_instrument" AS ENUM('DEVIATION_CLAUSE', 'LAW_AMENDMENT', 'ADMINISTRATIVE_PRACTICE', 'TREATY', 'INFORMATION', 'FUNDING', 'PILOT')`);
    await queryRunner.query(`CREATE TYPE "public"."priority" AS ENUM('LOW', 'NORMAL', 'HIGH')`);
    await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`, ["public","action","GENERATED_COLUMN","search_text","lower(coalesce(\"title\"->>'text', '') || ' ' || coalesce(\"title\"->'tr'->'nl'->>'text', '') || ' ' || coalesce(\"title\"->'tr'->'de'->>'text', '') || ' ' || coalesce(\"title\"->'tr'->'en'->>'text', '') || ' ' || coalesce(\"description\"->>'text', '') || ' ' || coalesce(\"description\"->'tr'->'nl'->>'text', '') || ' ' || coalesce(\"description\"->'tr'->'de'->>'text', '') || ' ' || coalesce(\"description\"->'tr'->'en'->>'text', ''))"]);
    await queryRunner.query(`CREATE TABLE "action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_id" uuid NOT NULL, "title" jsonb NOT NULL, "description" jsonb, "owner_organisation_id" uuid NOT NULL, "owner_user_id" uuid, "due_date" date NOT NULL, "status" "public"."action_status" NOT NULL DEFAULT 'PLANNED', "status_reason" text, "progress" integer NOT NULL DEFAULT '0', "instrument" "public"."action_instrument" NOT NULL, "priority" "public"."priority" NOT NULL DEFAULT 'NORMAL', "last_progress_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_id" uuid, "search_text" text GENERATED ALWAYS AS (lower(coalesce("title"->>'text', '') || ' ' || coalesce("title"->'tr'->'nl'->>'text', '') || ' ' || coalesce("title"->'tr'->'de'->>'text', '') || ' ' || coalesce("title"->'tr'->'en'->>'text', '') || ' ' || coalesce("description"->>'text', '') || ' ' || coalesce("description"->'tr'->'nl'->>'text', '') || ' ' || coalesce("description"->'tr'->'de'->>'text', '') || ' ' || coalesce("description"->'tr'->'en'->>'text', ''))) STORED NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_1636e5cdfaaec288f392fb4a00" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "PK_2d9db9cf5edfbbae74eb56e3a39" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3ad8b2e5e435af02c71598acda" ON "action"  ("owner_organisation_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_76b48f265e643d7e8c00690a00" ON "action"  ("agenda_id", "status", "due_date") `);
    await queryRunner.query(`CREATE TYPE "public"."bottleneck_status" AS ENUM('DRAFT', 'SUBMITTED', 'IDENTIFICATION', 'ANALYSIS', 'ADVICE', 'DECISION', 'CLOSED')`);
    await queryRunner.query(`CREATE TYPE "public"."bottleneck_outcome" AS ENUM('SOLVED_ADMINISTRATIVE', 'SOLVED_LEGISLATIVE', 'NOT_SOLVABLE', 'WITHDRAWN', 'DUPLICATE', 'NO_OBSTACLE', 'INCOMPLETE')`);
    await queryRunner.query(`CREATE TYPE "public"."bottleneck_type" AS ENUM('LEGISLATION', 'ADMINISTRATIVE_RULE', 'ADMINISTRATIVE_PRACTICE', 'INFORMATION', 'INFRASTRUCTURE')`);
    await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`, ["public","bottleneck","GENERATED_COLUMN","search_text","lower(reference || ' ' || coalesce(\"title\"->>'text', '') || ' ' || coalesce(\"title\"->'tr'->'nl'->>'text', '') || ' ' || coalesce(\"title\"->'tr'->'de'->>'text', '') || ' ' || coalesce(\"title\"->'tr'->'en'->>'text', '') || ' ' || coalesce(\"description\"->>'text', '') || ' ' || coalesce(\"description\"->'tr'->'nl'->>'text', '') || ' ' || coalesce(\"description\"->'tr'->'de'->>'text', '') || ' ' || coalesce(\"description\"->'tr'->'en'->>'text', ''))"]);
    await queryRunner.query(`CREATE TABLE "bottleneck" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(30) NOT NULL, "reference_year" integer NOT NULL, "reference_number" integer NOT NULL, "agenda_id" uuid NOT NULL, "theme_id" uuid, "reporting_organisation_id" uuid NOT NULL, "created_by_id" uuid, "status" "public"."bottleneck_status" NOT NULL DEFAULT 'DRAFT', "outcome" "public"."bottleneck_outcome", "status_reason" text, "duplicate_of_id" uuid, "type" "public"."bottleneck_type" NOT NULL, "title" jsonb NOT NULL, "description" jsonb, "why_to_solve" jsonb, "impact" jsonb, "area" character varying(1000) NOT NULL DEFAULT '', "expected_duration_months" integer, "search_text" text GENERATED ALWAYS AS (lower(reference || ' ' || coalesce("title"->>'text', '') || ' ' || coalesce("title"->'tr'->'nl'->>'text', '') || ' ' || coalesce("title"->'tr'->'de'->>'text', '') || ' ' || coalesce("title"->'tr'->'en'->>'text', '') || ' ' || coalesce("description"->>'text', '') || ' ' || coalesce("description"->'tr'->'nl'->>'text', '') || ' ' || coalesce("description"->'tr'->'de'->>'text', '') || ' ' || coalesce("description"->'tr'->'en'->>'text', ''))) STORED NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c1974416b92649e8f2573ed7bfd" UNIQUE ("reference"), CONSTRAINT "CHK_7b9912b055d20aa859a5ca92c5" CHECK ("expected_duration_months" IS NULL OR "expected_duration_months" BETWEEN 1 AND 600), CONSTRAINT "PK_4cabbe0f431248f234b06df8222" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a8d8b8cc811778ecd124a63240" ON "bottleneck"  ("agenda_id", "reference_year", "reference_number") `);
    await queryRunner.query(`CREATE INDEX "IDX_1838e26e94d5c17e2c68d02097" ON "bottleneck"  ("updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ba2230c8e7036a2137e4741940" ON "bottleneck"  ("reporting_organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_088afd240224677a58cb320d45" ON "bottleneck"  ("agenda_id", "status") `);
    await queryRunner.query(`CREATE TABLE "action_bottleneck" ("action_id" uuid NOT NULL, "bottleneck_id" uuid NOT NULL, CONSTRAINT "PK_ecb80622aaa0c7ed73c7c4a987b" PRIMARY KEY ("action_id", "bottleneck_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5acd7002b724a29627ac25ac11" ON "action_bottleneck"  ("bottleneck_id") `);
    await queryRunner.query(`CREATE TABLE "progress_update" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action_id" uuid NOT NULL, "agenda_id" uuid NOT NULL, "author_id" uuid, "organisation_id" uuid, "progress" integer NOT NULL, "note" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_a41cedfa7d0eb7b6728cae67aa" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "PK_5ac3567b3caf930f1bad30796f8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_24fbfae141195b36c5e8af12cf" ON "progress_update"  ("action_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."assignment_status" AS ENUM('OPEN', 'ANSWERED', 'ACCEPTED', 'RETURNED', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TABLE "assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_id" uuid NOT NULL, "bottleneck_id" uuid NOT NULL, "ministry_id" uuid NOT NULL, "question" jsonb NOT NULL, "due_date" date NOT NULL, "status" "public"."assignment_status" NOT NULL DEFAULT 'OPEN', "status_reason" text, "asked_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_168f43d728e3bd9be4db499718" ON "assignment"  ("bottleneck_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cabccc675f3f4a653efa5dd9a3" ON "assignment"  ("agenda_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_e86c0e2791f8efc762d88fbc62" ON "assignment"  ("ministry_id", "status", "due_date") `);
    await queryRunner.query(`CREATE TYPE "public"."answer_review" AS ENUM('PENDING', 'ACCEPTED', 'RETURNED')`);
    await queryRunner.query(`CREATE TABLE "answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "author_id" uuid, "organisation_id" uuid, "text" jsonb NOT NULL, "review" "public"."answer_review" NOT NULL DEFAULT 'PENDING', "return_reason" text, "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9232db17b63fb1e94f97e5c224f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_33fb8f97f60c6faf56f3606ccc" ON "answer"  ("assignment_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."bottleneck_link_type" AS ENUM('RELATED', 'DUPLICATE_OF', 'SAME_OBSTACLE_OTHER_BORDER')`);
    await queryRunner.query(`CREATE TABLE "bottleneck_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "from_id" uuid NOT NULL, "to_id" uuid NOT NULL, "type" "public"."bottleneck_link_type" NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eec93997e260705183ca3e14856" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e199da5cc923f8c7dbda5cd5c0" ON "bottleneck_link"  ("to_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dc3da534b23dceac4fa5fd9945" ON "bottleneck_link"  ("from_id", "to_id", "type") `);
    await queryRunner.query(`CREATE TABLE "reference_counter" ("agenda_id" uuid NOT NULL, "year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_8bcbfe1dc8f4612d5e4b20c6376" PRIMARY KEY ("agenda_id", "year"))`);
    await queryRunner.query(`CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_id" uuid NOT NULL, "entity_type" "public"."entity_type" NOT NULL, "entity_id" uuid NOT NULL, "author_id" uuid, "organisation_id" uuid, "body" text NOT NULL, "language" "public"."language" NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_24a5d21c260f112b9add9d3012" ON "comment"  ("entity_type", "entity_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "action" ADD CONSTRAINT "FK_c22d66d875a86cb8e34acc42331" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action" ADD CONSTRAINT "FK_005b3c4400d6d4be1a370efec68" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action" ADD CONSTRAINT "FK_3b91cac371c83c27dab433c11f1" FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bottleneck" ADD CONSTRAINT "FK_450d89e0ce8365b054549c58ef1" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bottleneck" ADD CONSTRAINT "FK_830d009c2161974779a60683cff" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bottleneck" ADD CONSTRAINT "FK_ba2230c8e7036a2137e47419403" FOREIGN KEY ("reporting_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bottleneck" ADD CONSTRAINT "FK_35ae55d82a9e5e5ed00ee6aef1a" FOREIGN KEY ("duplicate_of_id") REFERENCES "bottleneck"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_bottleneck" ADD CONSTRAINT "FK_34fc74227e9eb0e9815af1532b8" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_bottleneck" ADD CONSTRAINT "FK_5acd7002b724a29627ac25ac115" FOREIGN KEY ("bottleneck_id") REFERENCES "bottleneck"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_update" ADD CONSTRAINT "FK_d88e17a4bdde83d52c707f679f6" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assignment" ADD CONSTRAINT "FK_168f43d728e3bd9be4db499718c" FOREIGN KEY ("bottleneck_id") REFERENCES "bottleneck"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assignment" ADD CONSTRAINT "FK_124947ed3ec3c49fca5e868084b" FOREIGN KEY ("ministry_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "answer" ADD CONSTRAINT "FK_9ba5983658013e46749c989ccae" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bottleneck_link" ADD CONSTRAINT "FK_a6e901cb344c4ff2be52f449556" FOREIGN KEY ("from_id") REFERENCES "bottleneck"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bottleneck_link" ADD CONSTRAINT "FK_e199da5cc923f8c7dbda5cd5c03" FOREIGN KEY ("to_id") REFERENCES "bottleneck"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Search in any language and on any part of a word (Dutch stemming alone misses fiets/fietsen): trigram indexes.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "IDX_bottleneck_search_trgm" ON "bottleneck" USING gin ("search_text" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_action_search_trgm" ON "action" USING gin ("search_text" gin_trgm_ops)`);
    // History is append-only, for every database role including the owner: refuse UPDATE and DELETE.
    await queryRunner.query(`CREATE FUNCTION history_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'history_entry is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER history_entry_append_only BEFORE UPDATE OR DELETE ON "history_entry" FOR EACH ROW EXECUTE FUNCTION history_entry_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER history_entry_append_only ON "history_entry"`);
    await queryRunner.query(`DROP FUNCTION history_entry_is_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_action_search_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bottleneck_search_trgm"`);
    await queryRunner.query(`ALTER TABLE "bottleneck_link" DROP CONSTRAINT "FK_e199da5cc923f8c7dbda5cd5c03"`);
    await queryRunner.query(`ALTER TABLE "bottleneck_link" DROP CONSTRAINT "FK_a6e901cb344c4ff2be52f449556"`);
    await queryRunner.query(`ALTER TABLE "answer" DROP CONSTRAINT "FK_9ba5983658013e46749c989ccae"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_124947ed3ec3c49fca5e868084b"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_168f43d728e3bd9be4db499718c"`);
    await queryRunner.query(`ALTER TABLE "progress_update" DROP CONSTRAINT "FK_d88e17a4bdde83d52c707f679f6"`);
    await queryRunner.query(`ALTER TABLE "action_bottleneck" DROP CONSTRAINT "FK_5acd7002b724a29627ac25ac115"`);
    await queryRunner.query(`ALTER TABLE "action_bottleneck" DROP CONSTRAINT "FK_34fc74227e9eb0e9815af1532b8"`);
    await queryRunner.query(`ALTER TABLE "bottleneck" DROP CONSTRAINT "FK_35ae55d82a9e5e5ed00ee6aef1a"`);
    await queryRunner.query(`ALTER TABLE "bottleneck" DROP CONSTRAINT "FK_ba2230c8e7036a2137e47419403"`);
    await queryRunner.query(`ALTER TABLE "bottleneck" DROP CONSTRAINT "FK_830d009c2161974779a60683cff"`);
    await queryRunner.query(`ALTER TABLE "bottleneck" DROP CONSTRAINT "FK_450d89e0ce8365b054549c58ef1"`);
    await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_3b91cac371c83c27dab433c11f1"`);
    await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_005b3c4400d6d4be1a370efec68"`);
    await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_c22d66d875a86cb8e34acc42331"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_24a5d21c260f112b9add9d3012"`);
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`DROP TABLE "reference_counter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dc3da534b23dceac4fa5fd9945"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e199da5cc923f8c7dbda5cd5c0"`);
    await queryRunner.query(`DROP TABLE "bottleneck_link"`);
    await queryRunner.query(`DROP TYPE "public"."bottleneck_link_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_33fb8f97f60c6faf56f3606ccc"`);
    await queryRunner.query(`DROP TABLE "answer"`);
    await queryRunner.query(`DROP TYPE "public"."answer_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e86c0e2791f8efc762d88fbc62"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cabccc675f3f4a653efa5dd9a3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_168f43d728e3bd9be4db499718"`);
    await queryRunner.query(`DROP TABLE "assignment"`);
    await queryRunner.query(`DROP TYPE "public"."assignment_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_24fbfae141195b36c5e8af12cf"`);
    await queryRunner.query(`DROP TABLE "progress_update"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5acd7002b724a29627ac25ac11"`);
    await queryRunner.query(`DROP TABLE "action_bottleneck"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_088afd240224677a58cb320d45"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba2230c8e7036a2137e4741940"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1838e26e94d5c17e2c68d02097"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a8d8b8cc811778ecd124a63240"`);
    await queryRunner.query(`DROP TABLE "bottleneck"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`, ["GENERATED_COLUMN","search_text","public","bottleneck"]);
    await queryRunner.query(`DROP TYPE "public"."bottleneck_type"`);
    await queryRunner.query(`DROP TYPE "public"."bottleneck_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."bottleneck_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_76b48f265e643d7e8c00690a00"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ad8b2e5e435af02c71598acda"`);
    await queryRunner.query(`DROP TABLE "action"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`, ["GENERATED_COLUMN","search_text","public","action"]);
    await queryRunner.query(`DROP TYPE "public"."priority"`);
    await queryRunner.query(`DROP TYPE "public"."action_instrument"`);
    await queryRunner.query(`DROP TYPE "public"."action_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0322b75f6feaecc359a54fe09d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_02fa2929c435fceb78c85e6299"`);
    await queryRunner.query(`DROP TABLE "history_entry"`);
    await queryRunner.query(`DROP TYPE "public"."entity_type"`);
  }
}
