import { useEffect, useRef, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@web/app/auth/AuthProvider';
import { Alert, Button, Choices, Dialog, ProgressBar } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import type { ExportFormat, ExportKind, StartExportInput } from '@web/gql/graphql';
import { downloadFile } from '../download';
import { ExportProgressQuery, StartExportMutation } from '../graphql/exchange.graphql';

/** What an export takes out: the list's kind and its filters exactly as the screen has them. */
type ExportSubject = Omit<StartExportInput, 'format' | 'language' | 'allLanguages' | 'separator' | 'kind'> & { kind: ExportKind };

type Choice = ExportFormat | 'BRIDGEFOREU';
type Phase = { state: 'choosing' } | { state: 'running'; written: number; total: number } | { state: 'done'; file: string; count: number } | { state: 'cancelled' } | { state: 'failed'; message: string };

const POLL_MS = 400;

/**
 * "Export…": the list or item as XLSX, CSV or JSON (and, for bottlenecks,
 * the BRIDGEforEU files), in the interface language or all three. A long
 * export shows the rows written of the total and can be cancelled; the file
 * is saved when it is complete.
 */
export function ExportMenu({ subject, what, label, bridge = false }: { subject: ExportSubject; what: string; label?: string; bridge?: boolean }) {
  const { t, i18n } = useTranslation(['exchange', 'common', 'errors']);
  const auth = useAuth();
  const client = useApolloClient();
  const [start] = useMutation(StartExportMutation);
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<Choice>('XLSX');
  const [languages, setLanguages] = useState<'mine' | 'all'>('mine');
  const [separator, setSeparator] = useState<'SEMICOLON' | 'COMMA'>(i18n.language === 'en' ? 'COMMA' : 'SEMICOLON');
  const [phase, setPhase] = useState<Phase>({ state: 'choosing' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ state: 'running', written: 0, total: 0 });
    let poll: ReturnType<typeof setInterval> | undefined;
    try {
      const bridgeChosen = format === 'BRIDGEFOREU';
      const result = await start({
        variables: {
          input: {
            ...subject,
            kind: bridgeChosen ? 'BRIDGEFOREU' : subject.kind,
            format: bridgeChosen ? 'XLSX' : format,
            allLanguages: languages === 'all',
            ...(format === 'CSV' ? { separator } : {}),
          },
        },
      });
      const record = result.data!.startExport;
      setPhase({ state: 'running', written: 0, total: record.total });
      poll = setInterval(() => {
        void client.query({ query: ExportProgressQuery, variables: { id: record.id }, fetchPolicy: 'network-only' }).then(({ data }) => {
          const progress = data?.exportRecord;
          if (progress && !controller.signal.aborted) setPhase((p) => (p.state === 'running' ? { state: 'running', written: progress.rowsWritten, total: progress.total } : p));
        });
      }, POLL_MS);
      const file = await downloadFile(`/exports/${record.id}/file`, auth.user?.access_token, i18n.language, `grensportaal-export.${format.toLowerCase()}`, controller.signal);
      setPhase({ state: 'done', file, count: record.total });
    } catch (error) {
      if (controller.signal.aborted) setPhase({ state: 'cancelled' });
      else if (error instanceof Error && /^[A-Z_]+$/.test(error.message)) setPhase({ state: 'failed', message: t(`errors:${error.message}`, { defaultValue: t('exchange:menu.failed') }) });
      else setPhase({ state: 'failed', message: apiProblem(error, t('exchange:menu.failed')).message });
    } finally {
      if (poll) clearInterval(poll);
    }
  };

  const close = () => {
    abort.current?.abort();
    setOpen(false);
    setPhase({ state: 'choosing' });
  };

  const formats: Array<{ value: Choice; label: string }> = [
    { value: 'XLSX', label: t('exchange:menu.formatXlsx') },
    { value: 'CSV', label: t('exchange:menu.formatCsv') },
    { value: 'JSON', label: t('exchange:menu.formatJson') },
    ...(bridge ? [{ value: 'BRIDGEFOREU' as const, label: t('exchange:menu.formatBridge') }] : []),
  ];
  const running = phase.state === 'running';
  return (
    <>
      <Button onClick={() => setOpen(true)}>{label ?? t('exchange:menu.open')}</Button>
      <Dialog isOpen={open} onOpenChange={(next) => !next && !running && close()} title={t('exchange:menu.title', { what })}>
        <p className="utrecht-paragraph">{t('exchange:menu.filtersNote')}</p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run();
          }}
        >
          <Choices label={t('exchange:menu.format')} name="export-format" options={formats} value={format} onChange={setFormat} />
          <Choices
            label={t('exchange:menu.language')}
            name="export-languages"
            options={[
              { value: 'mine', label: t('exchange:menu.languageInterface', { language: t(`common:language.names.${i18n.language}`) }) },
              { value: 'all', label: t('exchange:menu.languageAll') },
            ]}
            value={languages}
            onChange={setLanguages}
          />
          {format === 'CSV' ? (
            <Choices
              label={t('exchange:menu.separator')}
              name="export-separator"
              options={[
                { value: 'SEMICOLON', label: t('exchange:menu.separatorSemicolon') },
                { value: 'COMMA', label: t('exchange:menu.separatorComma') },
              ]}
              value={separator}
              onChange={setSeparator}
            />
          ) : null}
          <p className="utrecht-paragraph">{t('exchange:menu.recorded')}</p>
          <div role="status" aria-live="polite">
            {running ? (
              <ProgressBar
                label={t('exchange:menu.progress')}
                value={phase.total ? (phase.written / phase.total) * 100 : 0}
                valueText={t('exchange:menu.progressText', { written: phase.written, total: phase.total })}
              />
            ) : null}
            {phase.state === 'done' ? <Alert type="ok">{t('exchange:menu.done', { file: phase.file, count: phase.count })}</Alert> : null}
            {phase.state === 'cancelled' ? <Alert type="info">{t('exchange:menu.cancelled')}</Alert> : null}
          </div>
          {phase.state === 'failed' ? <Alert type="error">{phase.message}</Alert> : null}
          <div className="gp-dialog__actions">
            {running ? (
              <Button onClick={() => abort.current?.abort()}>{t('exchange:menu.cancel')}</Button>
            ) : (
              <Button type="submit" appearance="primary">
                {t('exchange:menu.start')}
              </Button>
            )}
            <Button onClick={close} disabled={running}>
              {t('exchange:menu.close')}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
