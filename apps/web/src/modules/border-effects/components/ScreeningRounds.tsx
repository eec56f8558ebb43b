import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, type Column, DataTable, Fieldset, FormField, Heading, Select, StatusBadge, TextInput } from '@grensportaal/web-ui';
import { ErrorSummary } from '@web/app/forms/ErrorSummary';
import { useFormFields } from '@web/app/forms/useFormFields';
import { useFormat } from '@web/app/format';
import type { BorderEffectsQuery, ScreeningCountsFieldsFragment, ScreeningRoundFiguresFieldsFragment } from '@web/gql/graphql';
import { useCloseScreeningRound, useOpenScreeningRound, useReopenScreeningRound } from '../hooks/useBorderEffectsMutations';

type Round = BorderEffectsQuery['screeningRounds'][number];
type RoundFigures = ScreeningRoundFiguresFieldsFragment;

/** The secretariat opens the round of a half-year. */
function OpenRoundForm() {
  const { t } = useTranslation('borderEffects');
  const now = new Date();
  const [year, setYear] = useState(String(now.getFullYear()));
  const [half, setHalf] = useState(now.getMonth() < 6 ? '1' : '2');
  const { run, busy, problem } = useOpenScreeningRound();
  const fields = useFormFields(problem, { year: t('rounds.year'), half: t('rounds.half') });
  return (
    <form
      noValidate
      className="gp-section"
      onSubmit={(event) => {
        event.preventDefault();
        void run({ input: { year: Number(year), half: Number(half) } }, t('rounds.opened'));
      }}
    >
      <ErrorSummary fields={fields} />
      <Fieldset legend={t('rounds.open')}>
        <FormField {...fields.field('year')} required>
          {(control) => <TextInput {...control} inputMode="numeric" value={year} maxLength={4} onChange={(e) => setYear(e.target.value)} />}
        </FormField>
        <FormField {...fields.field('half')} required>
          {(control) => (
            <Select {...control} value={half} onChange={(e) => setHalf(e.target.value)}>
              <option value="1">{t('rounds.halfName.1')}</option>
              <option value="2">{t('rounds.halfName.2')}</option>
            </Select>
          )}
        </FormField>
        <Button type="submit" busy={busy}>
          {t('rounds.openSubmit')}
        </Button>
      </Fieldset>
    </form>
  );
}

/** Close (every consultation screened) or reopen a round. */
function RoundStep({ round }: { round: Round }) {
  const { t } = useTranslation('borderEffects');
  const close = useCloseScreeningRound();
  const reopen = useReopenScreeningRound();
  const step = round.status === 'OPEN' ? close : reopen;
  const problems = step.problem ? [step.problem.message, ...Object.values(step.problem.fields ?? {}).map((f) => f.message)] : [];
  return (
    <>
      <Button busy={step.busy} onClick={() => void step.run({ input: { id: round.id, version: round.version } }, t(round.status === 'OPEN' ? 'rounds.closed' : 'rounds.reopened', { round: round.code }))}>
        {t(round.status === 'OPEN' ? 'rounds.close' : 'rounds.reopen', { round: round.code })}
      </Button>
      {problems.length ? (
        <p className="utrecht-form-field-error-message" role="alert">
          {problems[problems.length - 1]}
        </p>
      ) : null}
    </>
  );
}

/** A share as a percentage, or a dash when nothing was border-relevant. */
function useShare() {
  const format = useFormat();
  return (counts: ScreeningCountsFieldsFragment) => (counts.testedShare === null || counts.testedShare === undefined ? '–' : format.percent(Math.round(counts.testedShare * 100)));
}

/** The figures of each round, oldest first (the trend), with the columns a page adds (status, steps). */
export function RoundFiguresTable<R extends RoundFigures>({ rows, caption, before = [], after = [] }: { rows: R[]; caption: string; before?: Array<Column<R>>; after?: Array<Column<R>> }) {
  const { t } = useTranslation('borderEffects');
  const format = useFormat();
  const share = useShare();
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.round.id}
      columns={[
        { key: 'round', header: t('rounds.round'), rowHeader: true, cell: (r) => <span className="gp-nowrap">{r.round.code}</span> },
        ...before,
        { key: 'consultations', header: t('figures.consultations'), numeric: true, cell: (r) => format.number(r.totals.consultations) },
        { key: 'screened', header: t('figures.screened'), numeric: true, cell: (r) => format.number(r.totals.screened) },
        { key: 'relevant', header: t('figures.borderRelevant'), numeric: true, cell: (r) => format.number(r.totals.borderRelevant) },
        { key: 'tested', header: t('figures.testCarriedOut'), numeric: true, cell: (r) => format.number(r.totals.testCarriedOut) },
        { key: 'reported', header: t('figures.testReported'), numeric: true, cell: (r) => format.number(r.totals.testReported) },
        { key: 'share', header: t('figures.testedShare'), numeric: true, cell: (r) => share(r.totals) },
        ...after,
      ]}
    />
  );
}

/** The rounds with their figures (the trend, oldest first), and what the secretariat may do with each. */
export function ScreeningRounds({ rounds, figures, canKeep }: { rounds: Round[]; figures: RoundFigures[]; canKeep: boolean }) {
  const { t } = useTranslation('borderEffects');
  const byId = new Map(rounds.map((r) => [r.id, r]));
  const rows = figures.map((f) => ({ ...f, status: byId.get(f.round.id)?.status ?? 'OPEN', full: byId.get(f.round.id) }));
  return (
    <section aria-labelledby="rounds-heading" className="gp-section">
      <Heading level={2} id="rounds-heading">
        {t('rounds.title')}
      </Heading>
      {rows.length ? (
        <RoundFiguresTable
          caption={t('rounds.caption')}
          rows={rows}
          before={[{ key: 'status', header: t('rounds.status'), cell: (r) => <StatusBadge tone={r.status === 'OPEN' ? 'info' : 'neutral'}>{t(`roundStatus.${r.status}`)}</StatusBadge> }]}
          after={canKeep ? [{ key: 'step', header: t('rounds.step'), cell: (r) => (r.full ? <RoundStep round={r.full} /> : null) }] : []}
        />
      ) : (
        <p className="utrecht-paragraph">{t('rounds.none')}</p>
      )}
      {canKeep ? <OpenRoundForm /> : null}
    </section>
  );
}

/** One round's figures per ministry. */
export function MinistryFigures({ figures }: { figures: RoundFigures }) {
  const { t } = useTranslation('borderEffects');
  const format = useFormat();
  const share = useShare();
  if (!figures.byMinistry.length) return null;
  return (
    <DataTable
      caption={t('figures.byMinistry', { round: figures.round.code })}
      rows={figures.byMinistry}
      rowKey={(m) => m.ministry.id}
      columns={[
        { key: 'ministry', header: t('figures.ministry'), rowHeader: true, cell: (m) => m.ministry.name },
        { key: 'consultations', header: t('figures.consultations'), numeric: true, cell: (m) => format.number(m.counts.consultations) },
        { key: 'relevant', header: t('figures.borderRelevant'), numeric: true, cell: (m) => format.number(m.counts.borderRelevant) },
        { key: 'tested', header: t('figures.testCarriedOut'), numeric: true, cell: (m) => format.number(m.counts.testCarriedOut) },
        { key: 'without', header: t('figures.withoutTest'), numeric: true, cell: (m) => format.number(m.counts.withoutTest) },
        { key: 'share', header: t('figures.testedShare'), numeric: true, cell: (m) => share(m.counts) },
      ]}
    />
  );
}
