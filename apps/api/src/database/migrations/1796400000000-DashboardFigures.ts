import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stages of each bottleneck's life as rows: `bottleneck_stay` holds one
 * row per status a bottleneck took (from the history entry that recorded the
 * change), when it entered it and when it left it again (null: it is still
 * there). The dashboard counts quarters, time in each stage and who waits
 * longest from it with indexes, instead of unfolding the whole history's
 * change lists on every request.
 *
 * It is derived from history and nothing else: a trigger on history_entry
 * keeps it in the same transaction as the change (whatever order entries
 * arrive in, a stay ends where the next one by time begins), and
 * `bottleneck_stays_rebuild()` writes it anew from history after a bulk load.
 *
 * Two covering indexes let the dashboard count actions per owner and the
 * register by theme, type and area from the index alone, without reading
 * the wide rows (texts in every language) of the tables.
 */
export class DashboardFigures1796400000000 implements MigrationInterface {
  name = 'DashboardFigures1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE bottleneck_stay (
      history_id bigint PRIMARY KEY REFERENCES history_entry (id) ON DELETE CASCADE,
      bottleneck_id uuid NOT NULL REFERENCES bottleneck (id) ON DELETE CASCADE,
      agenda_id uuid NOT NULL,
      status bottleneck_status NOT NULL,
      outcome bottleneck_outcome,
      entered_at timestamptz NOT NULL,
      left_at timestamptz
    )`);
    await q.query(`CREATE INDEX bottleneck_stay_bottleneck ON bottleneck_stay (bottleneck_id, entered_at, history_id)`);
    await q.query(`CREATE INDEX bottleneck_stay_entered ON bottleneck_stay (agenda_id, status, entered_at)`);
    await q.query(`CREATE INDEX bottleneck_stay_left ON bottleneck_stay (agenda_id, left_at)`);
    // The status (and outcome) a history entry of a bottleneck changed to, if it changed the status.
    await q.query(`CREATE FUNCTION bottleneck_stay_change(changes jsonb, field text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT c->>'to' FROM jsonb_array_elements(changes) c WHERE c->>'field' = field LIMIT 1 $$`);
    await q.query(`CREATE FUNCTION bottleneck_stay_on_history() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        next_status text := bottleneck_stay_change(NEW.changes, 'status');
      BEGIN
        IF next_status IS NULL OR NOT EXISTS (SELECT 1 FROM bottleneck WHERE id = NEW.entity_id) THEN RETURN NULL; END IF;
        -- The stay before this one (by time, then by entry) ends here; this one ends where the next one begins.
        UPDATE bottleneck_stay SET left_at = NEW.occurred_at
         WHERE history_id = (SELECT s.history_id FROM bottleneck_stay s WHERE s.bottleneck_id = NEW.entity_id AND (s.entered_at, s.history_id) < (NEW.occurred_at, NEW.id)
                              ORDER BY s.entered_at DESC, s.history_id DESC LIMIT 1);
        INSERT INTO bottleneck_stay (history_id, bottleneck_id, agenda_id, status, outcome, entered_at, left_at)
        VALUES (NEW.id, NEW.entity_id, NEW.agenda_id, next_status::bottleneck_status, bottleneck_stay_change(NEW.changes, 'outcome')::bottleneck_outcome, NEW.occurred_at,
                (SELECT min(s.entered_at) FROM bottleneck_stay s WHERE s.bottleneck_id = NEW.entity_id AND (s.entered_at, s.history_id) > (NEW.occurred_at, NEW.id)));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER bottleneck_stay_history AFTER INSERT ON history_entry FOR EACH ROW WHEN (NEW.entity_type = 'BOTTLENECK') EXECUTE FUNCTION bottleneck_stay_on_history()`);
    await q.query(`CREATE FUNCTION bottleneck_stays_rebuild() RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE n bigint;
      BEGIN
        DELETE FROM bottleneck_stay;
        INSERT INTO bottleneck_stay (history_id, bottleneck_id, agenda_id, status, outcome, entered_at, left_at)
        SELECT h.id, h.entity_id, h.agenda_id, m.status::bottleneck_status, bottleneck_stay_change(h.changes, 'outcome')::bottleneck_outcome, h.occurred_at,
               lead(h.occurred_at) OVER (PARTITION BY h.entity_id ORDER BY h.occurred_at, h.id)
          FROM history_entry h CROSS JOIN LATERAL (SELECT bottleneck_stay_change(h.changes, 'status') AS status) m
         WHERE h.entity_type = 'BOTTLENECK' AND m.status IS NOT NULL AND EXISTS (SELECT 1 FROM bottleneck b WHERE b.id = h.entity_id);
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
      END $$`);
    await q.query(`SELECT bottleneck_stays_rebuild()`);
    await q.query(`CREATE INDEX action_figures ON action (agenda_id) INCLUDE (id, owner_organisation_id, status, due_date, last_progress_at)`);
    await q.query(`CREATE INDEX bottleneck_figures ON bottleneck (agenda_id) INCLUDE (status, reporting_organisation_id, theme_id, type, area)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX bottleneck_figures`);
    await q.query(`DROP INDEX action_figures`);
    await q.query(`DROP TRIGGER bottleneck_stay_history ON history_entry`);
    await q.query(`DROP FUNCTION bottleneck_stay_on_history()`);
    await q.query(`DROP FUNCTION bottleneck_stays_rebuild()`);
    await q.query(`DROP TABLE bottleneck_stay`);
    await q.query(`DROP FUNCTION bottleneck_stay_change(jsonb, text)`);
  }
}
