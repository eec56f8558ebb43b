import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, DataTable, ErrorState, FormField, Heading, LoadingState, Paragraph, Select } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import type { ImportPreviewQuery as PreviewResult } from '@web/gql/graphql';
import { DryRunImportMutation, ImportPreviewQuery } from '../graphql/exchange.graphql';
import type { Checked, Mapping } from '../import-steps';

type Preview = PreviewResult['importPreview'];

/** Step 2: each column's field and each word's meaning, as proposed and as the user corrects them; then the dry run. */
export function ImportMappingStep({ id, onChecked }: { id: string; onChecked: (checked: Checked) => void }) {
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
