import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, ErrorState, Heading, LoadingState, Paragraph } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { apiProblem } from '@web/app/api-errors';
import { ConflictDialog } from '@web/app/forms/ConflictDialog';
import { AFTER_SAVE } from '@web/app/forms/UnsavedChangesGuard';
import { usePageTitle } from '@web/app/usePageTitle';
import type { BottleneckForEditQuery } from '@web/gql/graphql';
import { useAgendas } from '@web/modules/agenda/hooks/useAgendas';
import { BottleneckForm, type BottleneckValues } from '@web/modules/bottleneck/components/BottleneckForm';
import { useBottleneckForEdit } from '@web/modules/bottleneck/hooks/useBottleneckForEdit';
import { useUpdateBottleneck } from '@web/modules/bottleneck/hooks/useUpdateBottleneck';

type Editable = NonNullable<BottleneckForEditQuery['bottleneckByReference']>;

/** The form's field names as the field labels name them. */
const LABEL_KEY: Partial<Record<keyof BottleneckValues, string>> = { themeCode: 'theme', expectedDurationMonths: 'months', agendaCode: 'agenda', reportingOrganisationCode: 'reporter' };

/** The text as its author wrote it (the form edits the original, not a translation). */
function original(text: Editable['title'] | null): string {
  return text?.versions.find((v) => v.isOriginal)?.text ?? '';
}

/** A text for the update: null (unchanged) when it was empty and still is, otherwise as typed. */
const emptyAs = (now: string, before: string | null | undefined): string | null => (now.trim() || before?.trim() ? now : null);

function valuesOf(b: Editable): BottleneckValues {
  return {
    agendaCode: b.agenda.code,
    reportingOrganisationCode: '',
    themeCode: b.theme?.code ?? '',
    language: b.title.sourceLanguage,
    title: original(b.title),
    description: original(b.description),
    whyToSolve: original(b.whyToSolve),
    impact: original(b.impact),
    type: b.type,
    area: b.area,
    expectedDurationMonths: b.expectedDurationMonths === null || b.expectedDurationMonths === undefined ? '' : String(b.expectedDurationMonths),
    translations: {},
  };
}

/** Editing a bottleneck (its reporter while draft or submitted; the secretariat always), guarded against lost updates. */
export function EditBottleneckPage() {
  const { reference = '' } = useParams();
  const { t } = useTranslation(['bottleneck', 'forms', 'register', 'common']);
  usePageTitle(t('bottleneck:editPage.title', { reference }));
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useBottleneckForEdit({ reference }, { fetchPolicy: 'network-only' });
  const { agendas, loading: agendasLoading } = useAgendas();
  const { run: update, busy, problem, clearProblem } = useUpdateBottleneck();
  const bottleneck = data?.bottleneckByReference;
  const [initial, setInitial] = useState<BottleneckValues | null>(null);
  const [values, setValues] = useState<BottleneckValues | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [conflict, setConflict] = useState<{ latest: BottleneckValues; version: number; fields: Array<keyof BottleneckValues> } | null>(null);

  useEffect(() => {
    if (bottleneck && version === null) {
      setInitial(valuesOf(bottleneck));
      setValues(valuesOf(bottleneck));
      setVersion(bottleneck.version);
    }
  }, [bottleneck, version]);

  if ((loading && !data) || agendasLoading) return <LoadingState label={t('common:state.loading')} />;
  if (error && !data) return <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />;
  if (!bottleneck || !initial || !values || version === null) {
    return (
      <>
        <Heading level={1}>{t('bottleneck:notFound.title')}</Heading>
        <Paragraph>{t('bottleneck:notFound.body', { reference })}</Paragraph>
      </>
    );
  }

  const save = async (v: BottleneckValues): Promise<boolean> => {
    const result = await update(
      {
        input: {
          id: bottleneck.id,
          version,
          language: v.language,
          title: v.title,
          // The API reads null as "unchanged": a text left empty that was empty stays so (a draft need not have it);
          // an emptied text is sent as '' so that it is refused at its field.
          description: emptyAs(v.description, initial.description),
          whyToSolve: emptyAs(v.whyToSolve, initial.whyToSolve),
          impact: v.impact || null,
          area: emptyAs(v.area, initial.area),
          type: v.type || null,
          themeCode: v.themeCode || null,
          expectedDurationMonths: v.expectedDurationMonths ? Number(v.expectedDurationMonths) : null,
        },
      },
      t('bottleneck:editPage.saved'),
    );
    if (result.ok) {
      void navigate(paths.bottleneck(bottleneck.reference), { state: AFTER_SAVE });
      return true;
    }
    if (result.problem.code === 'CONFLICT') {
      // Fetch what is stored now, to show it next to what the user typed.
      const fresh = await refetch();
      const latest = fresh.data?.bottleneckByReference;
      if (latest) {
        const stored = valuesOf(latest);
        const fields = (Object.keys(stored) as Array<keyof BottleneckValues>).filter((k) => k !== 'translations' && JSON.stringify(stored[k]) !== JSON.stringify(initial[k]));
        setConflict({ latest: stored, version: latest.version, fields });
      }
    }
    return false;
  };

  // Fields only they changed take their value; fields both changed keep the user's text unless they choose theirs.
  const resolve = (keepMine: boolean) => {
    if (!conflict) return;
    const mine = (f: keyof BottleneckValues) => keepMine && JSON.stringify(values[f]) !== JSON.stringify(initial[f]);
    setValues({ ...values, ...Object.fromEntries(conflict.fields.filter((f) => !mine(f)).map((f) => [f, conflict.latest[f]])) });
    setInitial(conflict.latest);
    setVersion(conflict.version);
    setConflict(null);
    clearProblem();
  };

  return (
    <>
      <p className="gp-breadcrumb">
        <Link to={paths.bottleneck(bottleneck.reference)} className="utrecht-link">
          {t('bottleneck:editPage.back', { reference: bottleneck.reference })}
        </Link>
      </p>
      <Heading level={1}>{t('bottleneck:editPage.title', { reference: bottleneck.reference })}</Heading>
      {!bottleneck.canEdit ? (
        <Alert type="warning">{t('bottleneck:editPage.notEditable')}</Alert>
      ) : (
        <BottleneckForm mode="edit" submitted={bottleneck?.status !== 'DRAFT'} initial={initial} values={values} onChange={setValues} agendas={agendas} chooseReporter={false} problem={problem} busy={busy} onSave={(v) => save(v)} />
      )}
      <ConflictDialog
        isOpen={Boolean(conflict)}
        changes={(conflict?.fields ?? []).map((f) => {
          const show = (v: BottleneckValues) => (f === 'type' && v.type ? t(`register:bottleneckType.${v.type}`) : f === 'language' ? t(`common:languageName.${v.language}`) : String(v[f]));
          return { field: f, label: t(`bottleneck:fields.${LABEL_KEY[f] ?? f}`), theirs: show(conflict!.latest), yours: show(values) };
        })}
        onKeepMine={() => resolve(true)}
        onTakeTheirs={() => resolve(false)}
      />
    </>
  );
}
