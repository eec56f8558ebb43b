import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link } from 'react-router';
import { Alert, Button, DataTable, ErrorState, FormField, Heading, LoadingState, Paragraph, Select } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { apiProblem } from '@web/app/api-errors';
import { NamedSelect } from '@web/app/forms/NamedSelect';
import { usePageTitle } from '@web/app/usePageTitle';
import type { DryRunImportMutation as DryRunResult, ImportMappingInput, ImportPreviewQuery as PreviewResult } from '@web/gql/graphql';
import { useAgendas } from '@web/modules/agenda/hooks/useAgendas';
import { downloadFile } from '@web/modules/exchange/download';
import { CommitImportMutation, DryRunImportMutation, ImportPreviewQuery } from '@web/modules/exchange/graphql/exchange.graphql';

type Preview = PreviewResult['importPreview'];
type Plan = DryRunResult['dryRunImport'];
type Step = 'upload' | 'mapping' | 'dryRun' | 'done';
type Mapping = ImportMappingInput;
interface Checked {
  plan: Plan;
  mapping: Mapping;
  fileName: string;
  agendaCode: string;
}

/**
 * The import of a partner's own sheet: upload, check how its columns and
 * words are read (and correct them), look at the dry run (nothing written),
 * then write it in one go. Each step's heading takes the focus when the
 * step opens, so a keyboard or screen-reader user starts reading there.
 */
export function ImportPage() {
  const { t } = useTranslation(['exchange', 'common', 'bottleneck', 'errors']);
  usePageTitle(t('exchange:import.title'));
  const [step, setStep] = useState<Step>('upload');
  const [id, setId] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);

  const stepTitle = { upload: t('exchange:import.step1'), mapping: t('exchange:import.step2'), dryRun: t('exchange:import.step3'), done: t('exchange:import.step4') }[step];
  return (
    <>
      <Heading level={1}>{t('exchange:import.title')}</Heading>
      <Paragraph lead>{t('exchange:import.intro')}</Paragraph>
      <ol className="gp-steps" aria-label={t('exchange:import.steps')}>
        {(['upload', 'mapping', 'dryRun', 'done'] as const).map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={s === step ? 'gp-steps__step gp-steps__step--current' : 'gp-steps__step'}>
            {t(`exchange:import.step${i + 1}`)}
          </li>
        ))}
      </ol>
      <h2 ref={heading} tabIndex={-1} className="utrecht-heading-2">
        {stepTitle}
      </h2>
      {step === 'upload' ? (
        <UploadStep
          onUploaded={(uploaded) => {
            setId(uploaded);
            setStep('mapping');
          }}
        />
      ) : null}
      {step === 'mapping' && id ? (
        <MappingStep
          id={id}
          onChecked={(result) => {
            setChecked(result);
            setStep('dryRun');
          }}
        />
      ) : null}
      {(step === 'dryRun' || step === 'done') && checked ? (
        <DryRunStep
          checked={checked}
          done={step === 'done'}
          onBack={() => setStep('mapping')}
          onCommitted={(plan) => {
            setChecked({ ...checked, plan });
            setStep('done');
          }}
          onAgain={() => {
            setId(null);
            setChecked(null);
            setStep('upload');
          }}
        />
      ) : null}
    </>
  );
}

function UploadStep({ onUploaded }: { onUploaded: (id: string) => void }) {
  const { t, i18n } = useTranslation(['exchange', 'common', 'errors']);
  const auth = useAuth();
  const { agendas } = useAgendas();
  const [agenda, setAgenda] = useState('');
  const [language, setLanguage] = useState(i18n.language);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!agenda || !file) {
      setProblem(!agenda ? t('errors:validation.required', { field: t('exchange:import.agenda') }) : t('errors:validation.required', { field: t('exchange:import.file') }));
      return;
    }
    setBusy(true);
    try {
      const body = new FormData();
      body.set('agendaCode', agenda);
      body.set('language', language);
      body.set('file', file, file.name);
      const res = await fetch('/imports', { method: 'POST', body, headers: { authorization: `Bearer ${auth.user?.access_token ?? ''}`, 'accept-language': i18n.language } });
      const answer = (await res.json().catch(() => null)) as { id?: string; errors?: Array<{ message?: string }> } | null;
      if (!res.ok || !answer?.id) setProblem(answer?.errors?.[0]?.message ?? t('errors:INTERNAL_SERVER_ERROR'));
      else onUploaded(answer.id);
    } catch {
      setProblem(t('common:state.error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {problem ? (
        <Alert type="error" role="alert">
          {problem}
        </Alert>
      ) : null}
      <NamedSelect label={t('exchange:import.agenda')} value={agenda} onChange={setAgenda} options={agendas} required />
      <FormField label={t('exchange:import.language')}>
        {(control) => (
          <Select {...control} value={language} onChange={(e) => setLanguage(e.target.value)}>
            {['nl', 'de', 'en'].map((l) => (
              <option key={l} value={l}>
                {t(`common:language.names.${l}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('exchange:import.file')} description={t('exchange:import.fileHint')} required>
        {(control) => (
          <input
            {...control}
            ref={fileInput}
            type="file"
            className="utrecht-textbox gp-file-input"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </FormField>
      <Button type="submit" appearance="primary" busy={busy}>
        {busy ? t('exchange:import.reading') : t('exchange:import.upload')}
      </Button>
    </form>
  );
}

function MappingStep({ id, onChecked }: { id: string; onChecked: (checked: Checked) => void }) {
  const { t } = useTranslation(['exchange', 'common', 'register']);
  const { data, loading, error, refetch } = useQuery(ImportPreviewQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [dryRun] = useMutation(DryRunImportMutation);
  const [columns, setColumns] = useState<Record<number, string>>({});
  const [values, setValues] = useState<Record<string, string>>({});
  const [instrument, setInstrument] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const preview: Preview | undefined = data?.importPreview;

  useEffect(() => {
    if (!preview) return;
    setColumns(Object.fromEntries(preview.columns.map((c) => [c.index, c.field ?? ''])));
    setValues(Object.fromEntries(preview.values.map((v) => [`${v.kind}|${v.value}`, v.target ?? ''])));
    setInstrument(preview.defaultInstrument);
  }, [preview]);

  const optionsOf = useMemo(() => {
    const byKind = new Map<string, Array<{ value: string; label: string }>>();
    for (const o of preview?.options ?? []) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), { value: o.value, label: o.label }]);
    return byKind;
  }, [preview]);

  if (loading && !data) return <LoadingState label={t('common:state.loading')} />;
  if (error || !preview) return <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />;

  const check = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const mapping: Mapping = {
        id,
        columns: preview.columns.map((c) => ({ index: c.index, field: columns[c.index] || null })),
        values: preview.values.map((v) => ({ kind: v.kind, value: v.value, target: values[`${v.kind}|${v.value}`] || null })),
        defaultInstrument: instrument,
      };
      const result = await dryRun({ variables: { input: mapping } });
      onChecked({ plan: result.data!.dryRunImport, mapping, fileName: preview.fileName, agendaCode: preview.agendaCode });
    } catch (e) {
      setProblem(apiProblem(e, t('common:state.error.network')).message);
    } finally {
      setBusy(false);
    }
  };

  const instrumentMapped = Object.values(columns).includes('instrument');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void check();
      }}
    >
      <Paragraph>{t('exchange:import.sheet', { name: preview.sheet, row: preview.headerRow, count: preview.dataRows })}</Paragraph>
      {problem ? (
        <Alert type="error" role="alert">
          {problem}
        </Alert>
      ) : null}
      <Heading level={3}>{t('exchange:import.columnsHeading')}</Heading>
      <Paragraph>{t('exchange:import.columnsIntro')}</Paragraph>
      <DataTable
        caption={t('exchange:import.columnsHeading')}
        captionHidden
        rowKey={(c) => String(c.index)}
        rows={preview.columns}
        columns={[
          { key: 'heading', header: t('exchange:import.column'), cell: (c) => <strong>{c.heading}</strong> },
          { key: 'example', header: t('exchange:import.example'), cell: (c) => c.example ?? '' },
          {
            key: 'field',
            header: t('exchange:import.field'),
            cell: (c) => (
              <Select aria-label={`${t('exchange:import.field')}: ${c.heading}`} value={columns[c.index] ?? ''} onChange={(e) => setColumns((m) => ({ ...m, [c.index]: e.target.value }))}>
                <option value="">{t('exchange:import.notImported')}</option>
                {preview.fields.map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.label}
                  </option>
                ))}
              </Select>
            ),
          },
        ]}
      />
      {preview.values.length ? (
        <>
          <Heading level={3}>{t('exchange:import.valuesHeading')}</Heading>
          <Paragraph>{t('exchange:import.valuesIntro')}</Paragraph>
          <DataTable
            caption={t('exchange:import.valuesHeading')}
            captionHidden
            rowKey={(v) => `${v.kind}|${v.value}`}
            rows={preview.values}
            columns={[
              { key: 'kind', header: t('exchange:import.kind'), cell: (v) => t(`exchange:import.kinds.${v.kind}`) },
              { key: 'value', header: t('exchange:import.value'), cell: (v) => <strong>{v.value}</strong> },
              { key: 'count', header: t('exchange:import.count'), cell: (v) => t('exchange:import.rows', { count: v.count }), numeric: true },
              {
                key: 'meaning',
                header: t('exchange:import.meaning'),
                cell: (v) => (
                  <Select
                    aria-label={`${t('exchange:import.meaning')}: ${v.value}`}
                    aria-invalid={!values[`${v.kind}|${v.value}`] || undefined}
                    value={values[`${v.kind}|${v.value}`] ?? ''}
                    onChange={(e) => setValues((m) => ({ ...m, [`${v.kind}|${v.value}`]: e.target.value }))}
                  >
                    <option value="">{t('exchange:import.unmapped')}</option>
                    {(optionsOf.get(v.kind) ?? []).map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </Select>
                ),
              },
            ]}
          />
        </>
      ) : null}
      {!instrumentMapped ? (
        <FormField label={t('exchange:import.instrumentDefault')}>
          {(control) => (
            <Select {...control} value={instrument} onChange={(e) => setInstrument(e.target.value)}>
              {(optionsOf.get('instrument') ?? []).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      ) : null}
      <Button type="submit" appearance="primary" busy={busy}>
        {t('exchange:import.dryRun')}
      </Button>
    </form>
  );
}

function DryRunStep({ checked, done, onBack, onCommitted, onAgain }: { checked: Checked; done: boolean; onBack: () => void; onCommitted: (plan: Plan) => void; onAgain: () => void }) {
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
      <DataTable
        caption={t('exchange:import.dryRunHeading')}
        rowKey={(r) => `${r.sheet}-${r.row}`}
        rows={plan.rows}
        columns={[
          { key: 'row', header: t('exchange:import.row'), cell: (r) => r.row, numeric: true },
          { key: 'outcome', header: t('exchange:import.outcome'), cell: (r) => <span className={`gp-import-outcome gp-import-outcome--${r.outcome.toLowerCase()}`}>{t(`exchange:import.outcome${r.outcome}`)}</span> },
          { key: 'item', header: t('exchange:import.item'), cell: (r) => [r.reference, r.title].filter(Boolean).join(' – ') },
          {
            key: 'problems',
            header: t('exchange:import.problems'),
            cell: (r) =>
              r.problems.length || r.notes.length ? (
                <ul className="gp-import-problems">
                  {[...r.problems.map((p) => p.message), ...r.notes].map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              ) : null,
          },
        ]}
      />
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
