import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@web/app/auth/AuthProvider';
import { Link } from 'react-router';
import { Alert, Button, Paragraph } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { apiProblem } from '@web/app/api-errors';
import { downloadFile } from '../download';
import { CommitImportMutation } from '../graphql/exchange.graphql';
import type { Checked, Plan } from '../import-steps';
import { ImportRowsTable } from './ImportRowsTable';

/** Steps 3 and 4: the dry run row by row (with its report to download), the commit, and what it did. */
export function ImportDryRunStep({ checked, done, onBack, onCommitted, onAgain }: { checked: Checked; done: boolean; onBack: () => void; onCommitted: (plan: Plan) => void; onAgain: () => void }) {
  const { t, i18n } = useTranslation(['exchange', 'common']);
  const auth = useAuth();
  const [commit] = useMutation(CommitImportMutation);
  const { plan } = checked;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const accepted = plan.created + plan.updated;

  const write = async () => {
    setBusy(true);
    setProblem(null);
    try {
      // Exactly the mapping the dry run used.
      const result = await commit({ variables: { input: checked.mapping } });
      onCommitted(result.data!.commitImport);
    } catch (e) {
      setProblem(apiProblem(e, t('common:state.error.network')).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div role="status" aria-live="polite">
        {done ? (
          <Alert type="ok">{t('exchange:import.done', { file: checked.fileName, created: plan.created, updated: plan.updated, unchanged: plan.unchanged, refused: plan.refused })}</Alert>
        ) : (
          <>
            <Paragraph>{t('exchange:import.dryRunIntro')}</Paragraph>
            <Paragraph>
              <strong>{t('exchange:import.summary', { created: plan.created, updated: plan.updated, unchanged: plan.unchanged, refused: plan.refused, skipped: plan.skipped })}</strong>
            </Paragraph>
          </>
        )}
      </div>
      {problem ? (
        <Alert type="error" role="alert">
          {problem}
        </Alert>
      ) : null}
      <ImportRowsTable rows={plan.rows} itemHeader={t('exchange:import.item')} item={(r) => [r.reference, r.title].filter(Boolean).join(' – ')} />
      <div className="gp-form__actions">
        {done ? (
          <>
            <Link to={paths.bottlenecks({ agenda: checked.agendaCode, sort: 'UPDATED_DESC' })} className="utrecht-button utrecht-button--primary-action">
              {t('exchange:import.toList')}
            </Link>
            <Button onClick={onAgain}>{t('exchange:import.again')}</Button>
          </>
        ) : (
          <>
            <Button appearance="primary" busy={busy} disabled={accepted === 0} onClick={() => void write()}>
              {busy ? t('exchange:import.committing') : t('exchange:import.commit', { count: accepted })}
            </Button>
            <Button onClick={() => void downloadFile(`/imports/${plan.id}/report`, auth.user?.access_token, i18n.language, 'dry-run.xlsx').catch(() => setProblem(t('exchange:menu.failed')))}>
              {t('exchange:import.download')}
            </Button>
            <Button onClick={onBack}>{t('exchange:import.back')}</Button>
          </>
        )}
      </div>
    </>
  );
}
