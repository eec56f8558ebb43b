import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Heading, LoadingState, Paragraph } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { AFTER_SAVE } from '@web/app/forms/UnsavedChangesGuard';
import { useFormat } from '@web/app/format';
import { usePageTitle } from '@web/app/usePageTitle';
import { useAgendas } from '@web/modules/agenda/hooks/useAgendas';
import { BottleneckForm, emptyBottleneck, translationInputs, type BottleneckValues } from '@web/modules/bottleneck/components/BottleneckForm';
import { useCreateBottleneck } from '@web/modules/bottleneck/hooks/useCreateBottleneck';
import { SimilarBottlenecks } from '@web/modules/search/components/SimilarBottlenecks';
import { useMe } from '@web/modules/user/hooks/useMe';

/** "Log a bottleneck": a partner (or the secretariat on a partner's behalf) describes a border obstacle. */
export function NewBottleneckPage() {
  const { t } = useTranslation(['bottleneck']);
  usePageTitle(t('bottleneck:new.title'));
  const format = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { agendas, loading } = useAgendas();
  const { run: create, busy, problem } = useCreateBottleneck();
  const secretariat = Boolean(me?.roles.includes('secretariat'));

  const save = async (values: BottleneckValues, submitNow: boolean): Promise<boolean> => {
    const result = await create(
      {
        input: {
          agendaCode: values.agendaCode,
          reportingOrganisationCode: secretariat ? values.reportingOrganisationCode || null : null,
          themeCode: values.themeCode || null,
          language: values.language,
          title: values.title,
          description: values.description || null,
          whyToSolve: values.whyToSolve || null,
          impact: values.impact || null,
          area: values.area || null,
          type: values.type || null,
          expectedDurationMonths: values.expectedDurationMonths ? Number(values.expectedDurationMonths) : null,
          translations: translationInputs(values).map((x) => ({ ...x, kind: 'HUMAN' as const })),
          submit: submitNow,
        },
      },
      submitNow ? t('bottleneck:new.submitted') : t('bottleneck:new.saved'),
    );
    if (!result.ok) return false;
    const reference = result.data.createBottleneck.reference;
    if (reference) {
      // Back from the saved bottleneck leads to it in its edit form, never to an empty new form that looks as if the draft were lost.
      window.history.replaceState(window.history.state, '', paths.editBottleneck(reference));
      void navigate(paths.bottleneck(reference), { state: AFTER_SAVE });
    }
    return true;
  };

  return (
    <>
      <Heading level={1}>{t('bottleneck:new.title')}</Heading>
      <Paragraph lead>{t('bottleneck:new.intro')}</Paragraph>
      {loading || !me ? (
        <LoadingState label={t('common:state.loading')} />
      ) : (
        <BottleneckForm
          mode="create"
          initial={emptyBottleneck(format.language, params.get('agenda') ?? (agendas.length === 1 ? agendas[0].code : ''))}
          agendas={agendas}
          chooseReporter={secretariat}
          problem={problem}
          busy={busy}
          onSave={save}
          belowTitle={(values) => <SimilarBottlenecks title={values.title} agendaCode={values.agendaCode} />}
        />
      )}
    </>
  );
}
