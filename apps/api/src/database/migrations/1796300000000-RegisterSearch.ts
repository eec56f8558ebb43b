import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One search over the register. `search_entry` holds one row per searchable
 * thing (bottleneck, action, question, answer, progress note, comment) with
 * every text of it in every language, kept by triggers in the same
 * transaction as the change, so no write path can forget it:
 *
 * - `tsv`: each language's text parsed with that language's configuration
 *   (gp_dutch, gp_german, gp_english: the stock stemmers behind `unaccent`, so
 *   é = e and ß = ss), weighted A title, B description/question/answer,
 *   C other fields and progress notes, D comments;
 * - `fold`: all of it lower-cased and unaccented, for trigram matching of
 *   compounds, partial words and typos;
 * - `texts`: the text per language, for snippets in the language shown.
 *
 * The `search_source_*` views say what each kind contributes; the triggers
 * and `search_rebuild()` (used after a bulk load) both read them.
 * `search_word` is the vocabulary (words as written) for corrections and "did you mean".
 */
export class RegisterSearch1796300000000 implements MigrationInterface {
  name = 'RegisterSearch1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    for (const [name, stem] of [
      ['gp_dutch', 'dutch'],
      ['gp_german', 'german'],
      ['gp_english', 'english'],
    ]) {
      await q.query(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = pg_catalog.${stem})`);
      await q.query(`ALTER TEXT SEARCH CONFIGURATION ${name} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${stem}_stem`);
    }
    await q.query(`CREATE FUNCTION gp_config(l text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT (CASE l WHEN 'nl' THEN 'gp_dutch' WHEN 'de' THEN 'gp_german' ELSE 'gp_english' END)::regconfig $$`);
    // Typographic variants folded: curly quotes and dashes to ASCII, then accents (unaccent also makes ß ss).
    await q.query(`CREATE FUNCTION gp_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate(coalesce(t, ''), '’‘‚´\`“”„–—‐‑', '''''''''''"""----'))) $$`);
    // Any of the tsqueries, each once: a term widened by the thesaurus and three configurations repeats lexemes, and each repeat costs on every row tested.
    await q.query(`CREATE FUNCTION gp_any(VARIADIC alternatives tsquery[]) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT coalesce((SELECT string_agg(DISTINCT '(' || a::text || ')', ' | ')::tsquery FROM unnest(alternatives) a WHERE numnode(a) > 0), ''::tsquery) $$`);
    await q.query(`CREATE FUNCTION gp_text(t jsonb, l text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT CASE WHEN t IS NULL THEN NULL WHEN t->>'lang' = l THEN t->>'text' ELSE t->'tr'->l->>'text' END $$`);
    await q.query(`CREATE FUNCTION gp_vector(t jsonb, w "char") RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT setweight(to_tsvector('gp_dutch', coalesce(gp_text(t, 'nl'), '')), w)
             || setweight(to_tsvector('gp_german', coalesce(gp_text(t, 'de'), '')), w)
             || setweight(to_tsvector('gp_english', coalesce(gp_text(t, 'en'), '')), w) $$`);
    await q.query(`CREATE FUNCTION gp_plain_vector(t text, l text, w "char") RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT setweight(to_tsvector(gp_config(l), coalesce(t, '')), w) $$`);
    /** The texts of one language joined into one, skipping missing ones. */
    await q.query(`CREATE FUNCTION gp_join(VARIADIC parts text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT nullif(array_to_string(array_remove(array_remove(parts, NULL), ''), ' · '), '') $$`);
    await q.query(`CREATE FUNCTION gp_texts(VARIADIC fields jsonb[]) RETURNS jsonb LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT jsonb_strip_nulls(jsonb_build_object(
           'nl', (SELECT gp_join(VARIADIC array_agg(gp_text(f, 'nl'))) FROM unnest(fields) f),
           'de', (SELECT gp_join(VARIADIC array_agg(gp_text(f, 'de'))) FROM unnest(fields) f),
           'en', (SELECT gp_join(VARIADIC array_agg(gp_text(f, 'en'))) FROM unnest(fields) f))) $$`);
    /** A plain (untranslated) text as a stored text of the given language, so the functions above treat it alike. */
    await q.query(`CREATE FUNCTION gp_plain(t text, l text) RETURNS jsonb LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT CASE WHEN coalesce(t, '') = '' THEN NULL ELSE jsonb_build_object('lang', l, 'text', t, 'tr', '{}'::jsonb) END $$`);

    await q.query(`CREATE TABLE search_entry (
      id uuid PRIMARY KEY,
      kind varchar(12) NOT NULL,
      agenda_id uuid NOT NULL REFERENCES agenda(id) ON DELETE CASCADE,
      bottleneck_id uuid REFERENCES bottleneck(id) ON DELETE CASCADE,
      action_id uuid REFERENCES action(id) ON DELETE CASCADE,
      assignment_id uuid REFERENCES assignment(id) ON DELETE CASCADE,
      status varchar(30),
      theme_id uuid,
      type varchar(30),
      organisation_id uuid,
      draft_org uuid,
      lang varchar(2) NOT NULL,
      texts jsonb NOT NULL,
      fold text NOT NULL,
      tsv tsvector NOT NULL,
      updated_at timestamptz NOT NULL)`);

    const item = (field: string) => `gp_vector(${field}, 'A')`;
    const ALL = `x.texts->>'nl', x.texts->>'de', x.texts->>'en'`;
    // Whose draft an entry belongs to (the reporting organisation of a bottleneck in DRAFT, for it and everything on it), so the read scope needs no join.
    const DRAFT = (b: string) => `CASE WHEN ${b}.status = 'DRAFT' THEN ${b}.reporting_organisation_id END AS draft_org`;
    await q.query(`CREATE VIEW search_source_bottleneck AS
      SELECT b.id, 'BOTTLENECK'::varchar AS kind, b.agenda_id, b.id AS bottleneck_id, NULL::uuid AS action_id, NULL::uuid AS assignment_id,
             b.status::varchar AS status, b.theme_id, b.type::varchar AS type, b.reporting_organisation_id AS organisation_id, ${DRAFT('b')}, b.title->>'lang' AS lang,
             x.texts, gp_fold(concat_ws(' ', b.reference, b.external_id, ${ALL})) AS fold,
             ${item('b.title')} || setweight(to_tsvector('simple', b.reference || ' ' || coalesce(b.external_id, '')), 'A') || gp_vector(b.description, 'B')
               || gp_vector(b.why_to_solve, 'C') || gp_vector(b.impact, 'C') || gp_plain_vector(b.area, b.title->>'lang', 'C') || gp_plain_vector(b.status_reason, b.title->>'lang', 'C') AS tsv,
             b.updated_at
        FROM bottleneck b,
        LATERAL (SELECT gp_texts(b.title, b.description, b.why_to_solve, b.impact, gp_plain(b.area, b.title->>'lang'), gp_plain(b.status_reason, b.title->>'lang')) AS texts) x`);
    await q.query(`CREATE VIEW search_source_action AS
      SELECT a.id, 'ACTION'::varchar AS kind, a.agenda_id, NULL::uuid AS bottleneck_id, a.id AS action_id, NULL::uuid AS assignment_id,
             a.status::varchar AS status, NULL::uuid AS theme_id, NULL::varchar AS type, a.owner_organisation_id AS organisation_id, NULL::uuid AS draft_org, a.title->>'lang' AS lang,
             x.texts, gp_fold(concat_ws(' ', a.external_id, ${ALL})) AS fold,
             ${item('a.title')} || gp_vector(a.description, 'B') || gp_plain_vector(a.status_reason, a.title->>'lang', 'C') AS tsv,
             a.updated_at
        FROM action a, LATERAL (SELECT gp_texts(a.title, a.description, gp_plain(a.status_reason, a.title->>'lang')) AS texts) x`);
    await q.query(`CREATE VIEW search_source_question AS
      SELECT s.id, 'QUESTION'::varchar AS kind, s.agenda_id, s.bottleneck_id, NULL::uuid AS action_id, s.id AS assignment_id,
             s.status::varchar AS status, b.theme_id, b.type::varchar AS type, s.ministry_id AS organisation_id, ${DRAFT('b')}, s.question->>'lang' AS lang,
             x.texts, gp_fold(concat_ws(' ', ${ALL})) AS fold,
             gp_vector(s.question, 'B') || gp_plain_vector(s.status_reason, s.question->>'lang', 'C') AS tsv,
             s.updated_at
        FROM assignment s JOIN bottleneck b ON b.id = s.bottleneck_id, LATERAL (SELECT gp_texts(s.question, gp_plain(s.status_reason, s.question->>'lang')) AS texts) x`);
    await q.query(`CREATE VIEW search_source_answer AS
      SELECT r.id, 'ANSWER'::varchar AS kind, s.agenda_id, s.bottleneck_id, NULL::uuid AS action_id, s.id AS assignment_id,
             r.review::varchar AS status, b.theme_id, b.type::varchar AS type, r.organisation_id, ${DRAFT('b')}, r.text->>'lang' AS lang,
             x.texts, gp_fold(concat_ws(' ', ${ALL})) AS fold, gp_vector(r.text, 'B') AS tsv,
             coalesce(r.reviewed_at, r.created_at) AS updated_at
        FROM answer r JOIN assignment s ON s.id = r.assignment_id JOIN bottleneck b ON b.id = s.bottleneck_id, LATERAL (SELECT gp_texts(r.text) AS texts) x`);
    await q.query(`CREATE VIEW search_source_progress AS
      SELECT p.id, 'PROGRESS'::varchar AS kind, p.agenda_id, NULL::uuid AS bottleneck_id, p.action_id, NULL::uuid AS assignment_id,
             NULL::varchar AS status, NULL::uuid AS theme_id, NULL::varchar AS type, p.organisation_id, NULL::uuid AS draft_org, p.note->>'lang' AS lang,
             x.texts, gp_fold(concat_ws(' ', ${ALL})) AS fold, gp_vector(p.note, 'C') AS tsv, p.created_at AS updated_at
        FROM progress_update p, LATERAL (SELECT gp_texts(p.note) AS texts) x`);
    await q.query(`CREATE VIEW search_source_comment AS
      SELECT c.id, 'COMMENT'::varchar AS kind, c.agenda_id,
             CASE c.entity_type WHEN 'BOTTLENECK' THEN c.entity_id WHEN 'ASSIGNMENT' THEN s.bottleneck_id END AS bottleneck_id,
             CASE WHEN c.entity_type = 'ACTION' THEN c.entity_id END AS action_id,
             CASE WHEN c.entity_type = 'ASSIGNMENT' THEN c.entity_id END AS assignment_id,
             NULL::varchar AS status, b.theme_id, b.type::varchar AS type, c.organisation_id, ${DRAFT('b')}, c.language::varchar AS lang,
             gp_texts(gp_plain(c.body, c.language::text)) AS texts, gp_fold(c.body) AS fold, gp_plain_vector(c.body, c.language::text, 'D') AS tsv,
             coalesce(c.edited_at, c.created_at) AS updated_at
        FROM comment c
        LEFT JOIN assignment s ON c.entity_type = 'ASSIGNMENT' AND s.id = c.entity_id
        LEFT JOIN bottleneck b ON b.id = CASE c.entity_type WHEN 'BOTTLENECK' THEN c.entity_id WHEN 'ASSIGNMENT' THEN s.bottleneck_id END
       WHERE c.entity_type IN ('BOTTLENECK', 'ACTION', 'ASSIGNMENT')`);

    await q.query(`CREATE TABLE search_word (word text PRIMARY KEY)`);
    const upsert = `ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, agenda_id = EXCLUDED.agenda_id, bottleneck_id = EXCLUDED.bottleneck_id,
      action_id = EXCLUDED.action_id, assignment_id = EXCLUDED.assignment_id, status = EXCLUDED.status, theme_id = EXCLUDED.theme_id, type = EXCLUDED.type,
      organisation_id = EXCLUDED.organisation_id, draft_org = EXCLUDED.draft_org, lang = EXCLUDED.lang, texts = EXCLUDED.texts, fold = EXCLUDED.fold, tsv = EXCLUDED.tsv, updated_at = EXCLUDED.updated_at`;
    // The words as written (lower case, accents kept), so that "did you mean" offers Grenzgänger, not grenzganger.
    await q.query(`CREATE FUNCTION gp_words(t text) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT DISTINCT w FROM regexp_split_to_table(lower(t), '[^0-9a-zäöüßáàâéèêëíìîïóòôúùûçñæœ]+') w WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]+$' $$`);
    await q.query(`CREATE FUNCTION gp_all_texts(texts jsonb) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT concat_ws(' ', texts->>'nl', texts->>'de', texts->>'en') $$`);
    for (const kind of ['bottleneck', 'action', 'question', 'answer', 'progress', 'comment']) {
      await q.query(`CREATE FUNCTION search_index_${kind}(item uuid) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE written jsonb;
        BEGIN
          INSERT INTO search_entry SELECT * FROM search_source_${kind} WHERE id = item ${upsert} RETURNING texts INTO written;
          IF written IS NOT NULL THEN
            INSERT INTO search_word (word) SELECT gp_words(gp_all_texts(written)) ON CONFLICT DO NOTHING;
          END IF;
        END $$`);
    }
    const triggers: Array<[string, string]> = [
      ['bottleneck', 'bottleneck'],
      ['action', 'action'],
      ['assignment', 'question'],
      ['answer', 'answer'],
      ['progress_update', 'progress'],
      ['comment', 'comment'],
    ];
    for (const [table, kind] of triggers) {
      await q.query(`CREATE FUNCTION search_on_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            DELETE FROM search_entry WHERE id = OLD.id;
            RETURN OLD;
          END IF;
          PERFORM search_index_${kind}(NEW.id);
          ${
            table === 'bottleneck'
              ? `IF TG_OP = 'UPDATE' AND (OLD.theme_id IS DISTINCT FROM NEW.theme_id OR OLD.type IS DISTINCT FROM NEW.type
                                     OR OLD.status IS DISTINCT FROM NEW.status OR OLD.reporting_organisation_id IS DISTINCT FROM NEW.reporting_organisation_id) THEN
            UPDATE search_entry SET theme_id = NEW.theme_id, type = NEW.type,
                   draft_org = CASE WHEN NEW.status = 'DRAFT' THEN NEW.reporting_organisation_id END
             WHERE bottleneck_id = NEW.id AND kind <> 'BOTTLENECK';
          END IF;`
              : ''
          }
          RETURN NEW;
        END $$`);
      await q.query(`CREATE TRIGGER search_${table} AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION search_on_${table}()`);
    }
    await q.query(`CREATE FUNCTION search_rebuild() RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE n bigint;
      BEGIN
        TRUNCATE search_entry;
        INSERT INTO search_entry
          SELECT * FROM search_source_bottleneck UNION ALL SELECT * FROM search_source_action UNION ALL SELECT * FROM search_source_question
          UNION ALL SELECT * FROM search_source_answer UNION ALL SELECT * FROM search_source_progress UNION ALL SELECT * FROM search_source_comment;
        GET DIAGNOSTICS n = ROW_COUNT;
        TRUNCATE search_word;
        INSERT INTO search_word (word) SELECT DISTINCT gp_words(gp_all_texts(texts)) FROM search_entry;
        RETURN n;
      END $$`);
    await q.query(`SELECT search_rebuild()`);
    await q.query(`CREATE INDEX search_entry_tsv ON search_entry USING gin (tsv)`);
    await q.query(`CREATE INDEX search_entry_fold ON search_entry USING gin (fold gin_trgm_ops)`);
    await q.query(`CREATE INDEX search_entry_recent ON search_entry (updated_at DESC, id)`);
    await q.query(`CREATE INDEX search_entry_agenda_recent ON search_entry (agenda_id, updated_at DESC, id)`);
    await q.query(`CREATE INDEX search_entry_bottleneck ON search_entry (bottleneck_id)`);
    await q.query(`CREATE INDEX search_entry_action ON search_entry (action_id)`);
    await q.query(`CREATE INDEX search_entry_assignment ON search_entry (assignment_id)`);
    await q.query(`CREATE INDEX search_word_trgm ON search_word USING gist (gp_fold(word) gist_trgm_ops)`);
    await q.query(`CREATE INDEX search_word_folded ON search_word (gp_fold(word))`);

    await q.query(`CREATE TABLE thesaurus_concept (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), version integer NOT NULL DEFAULT 1,
      code varchar(60) NOT NULL UNIQUE,
      terms_nl text[] NOT NULL DEFAULT '{}', terms_de text[] NOT NULL DEFAULT '{}', terms_en text[] NOT NULL DEFAULT '{}',
      updated_by_id uuid)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE thesaurus_concept`);
    for (const table of ['bottleneck', 'action', 'assignment', 'answer', 'progress_update', 'comment']) {
      await q.query(`DROP TRIGGER search_${table} ON "${table}"`);
      await q.query(`DROP FUNCTION search_on_${table}()`);
    }
    await q.query(`DROP FUNCTION search_rebuild()`);
    for (const kind of ['bottleneck', 'action', 'question', 'answer', 'progress', 'comment']) {
      await q.query(`DROP FUNCTION search_index_${kind}(uuid)`);
      await q.query(`DROP VIEW search_source_${kind}`);
    }
    await q.query(`DROP TABLE search_word`);
    await q.query(`DROP TABLE search_entry`);
    await q.query(`DROP FUNCTION gp_all_texts(jsonb)`);
    await q.query(`DROP FUNCTION gp_words(text)`);
    await q.query(`DROP FUNCTION gp_plain(text, text)`);
    await q.query(`DROP FUNCTION gp_texts(jsonb[])`);
    await q.query(`DROP FUNCTION gp_join(text[])`);
    await q.query(`DROP FUNCTION gp_plain_vector(text, text, "char")`);
    await q.query(`DROP FUNCTION gp_vector(jsonb, "char")`);
    await q.query(`DROP FUNCTION gp_text(jsonb, text)`);
    await q.query(`DROP FUNCTION gp_any(tsquery[])`);
    await q.query(`DROP FUNCTION gp_fold(text)`);
    await q.query(`DROP FUNCTION gp_config(text)`);
    for (const name of ['gp_dutch', 'gp_german', 'gp_english']) await q.query(`DROP TEXT SEARCH CONFIGURATION ${name}`);
  }
}
