import { useState, type FormEvent } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@web/app/auth/AuthProvider';
import { Link, useParams } from 'react-router';
import { paths, type ConsultationImportPlan } from '@grensportaal/shared-domain';
import { Alert, Button, ErrorState, Heading, LoadingState, Paragraph } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { usePageTitle } from '@web/app/usePageTitle';
import { sendScreeningSheet } from '@web/modules/border-effects/consultation-import';
import { ScreeningRoundQuery } from '@web/modules/border-effects/graphql/border-effects.graphql';
import { ImportRowsTable } from '@web/modules/exchange/components/ImportRowsTable';
import { SheetFields } from '@web/modules/exchange/components/SheetFields';

/**
 * The secretariat reads a round's consultations from the screening sheet:
 * choose the file and the language of its texts, check it (a dry run, row by
 * row), then record the accepted rows. Nothing is kept before the last step.
 */
export function ImportConsultationsPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['borderEffects', 'exchange', 'common', 'errors']);
  usePageTitle(t('borderEffects:import.title'));
  const auth = useAuth();
  const apollo = useApolloClient();
  const { data, loading, error, refetch } = useQuery(ScreeningRoundQuery, { variables: { id } });
  const [file, setFile] = useState<File | null>(null);
  const [language, setLanguage] = useState(i18n.language);
  const [plan, setPlan] = useState<ConsultationImportPlan | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const round = data?.screeningRound;

  if (loading && !data) return <LoadingState label={t('common:state.loading')} />;
  if (error && !data) return <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />;
  if (!round) return <Paragraph>{t('borderEffects:detail.notFound')}</Paragraph>;

  const send = async (commit: boolean) => {
    setProblem(null);
    if (!file) {
      setProblem(t('errors:validation.required', { field: t('borderEffects:import.file') }));
      return;
    }
    setBusy(true);
    try {
      const answer = await sendScreeningSheet(round.id, file, language, commit, { token: auth.user?.access_token, readerLanguage: i18n.language });
      if ('plan' in answer) {
        setPlan(answer.plan);
        // The round's figures and list changed: what is on other pages is fetched again.
        if (commit) await apollo.refetchQueries({ include: 'all' }).catch(() => undefined);
      } else setProblem(answer.problem ?? t('errors:INTERNAL_SERVER_ERROR'));
    } catch {
      setProblem(t('common:state.error.network'));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(false);
  };
  const done = plan?.committed ?? false;

  return (
    <>
      <p className="gp-breadcrumb">
        <Link to={paths.borderEffects({ round: round.id })} className="utrecht-link">
          {t('borderEffects:import.back')}
        </Link>
      </p>
      <Heading level={1}>{t('borderEffects:import.title')}</Heading>
      <Paragraph lead>{t('borderEffects:import.intro', { round: round.code })}</Paragraph>
      {round.status !== 'OPEN' || !round.canKeep ? (
        <Paragraph>{t('borderEffects:import.closed', { round: round.code })}</Paragraph>
      ) : (
        <>
          {problem ? (
            <Alert type="error" role="alert">
              {problem}
            </Alert>
          ) : null}
          {done ? null : (
            <form onSubmit={submit} noValidate>
              <SheetFields
                languageLabel={t('borderEffects:import.language')}
                language={language}
                onLanguage={(l) => {
                  setLanguage(l);
                  setPlan(null);
                }}
                fileLabel={t('borderEffects:import.file')}
                fileHint={t('borderEffects:import.fileHint')}
                onFile={(f) => {
                  setFile(f);
                  setPlan(null);
                }}
              />
              <Button type="submit" busy={busy && !plan}>
                {busy && !plan ? t('borderEffects:import.checking') : t('borderEffects:import.check')}
              </Button>
            </form>
          )}
          {plan ? <ImportPlanTable plan={plan} round={round.code} /> : null}
          {plan && !done ? (
            <div className="gp-form__actions">
              <Button appearance="primary" busy={busy} disabled={plan.created === 0} onClick={() => void send(true)}>
                {busy ? t('borderEffects:import.committing') : t('borderEffects:import.commit', { count: plan.created })}
              </Button>
            </div>
          ) : null}
          {done ? (
            <div className="gp-form__actions">
              <Link to={paths.borderEffects({ round: round.id })} className="utrecht-button utrecht-button--primary-action">
                {t('borderEffects:import.back')}
              </Link>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}

/** The plan row by row: what is (or was) recorded, refused and why, or skipped. */
function ImportPlanTable({ plan, round }: { plan: ConsultationImportPlan; round: string }) {
  const { t } = useTranslation(['borderEffects']);
  return (
    <>
      <div role="status" aria-live="polite">
        {plan.committed ? (
          <Alert type="ok">{t('borderEffects:import.done', { count: plan.created, round, file: plan.fileName })}</Alert>
        ) : (
          <Paragraph>
            <strong>{t('borderEffects:import.summary', { created: plan.created, refused: plan.refused, skipped: plan.skipped, sheet: plan.sheet })}</strong>
          </Paragraph>
        )}
      </div>
      {plan.ignoredColumns.length ? <Paragraph>{t('borderEffects:import.ignored', { columns: plan.ignoredColumns.join(', ') })}</Paragraph> : null}
      <ImportRowsTable rows={plan.rows} itemHeader={t('borderEffects:field.title')} item={(r) => r.title ?? ''} />
    </>
  );
}
