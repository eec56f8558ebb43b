import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { paths } from '@grensportaal/shared-domain';
import { ErrorState, Heading, LoadingState, Paragraph } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { usePageTitle } from '@web/app/usePageTitle';
import type { Language } from '@web/gql/graphql';
import { ConsultationForm, consultationInput } from '@web/modules/border-effects/components/ConsultationForm';
import { ConsultationSourceQuery } from '@web/modules/border-effects/graphql/border-effects.graphql';
import { useUpdateConsultation } from '@web/modules/border-effects/hooks/useBorderEffectsMutations';

type Versions = { versions: Array<{ language: Language; text: string; isOriginal: boolean }> } | null | undefined;
const original = (text: Versions) => text?.versions.find((v) => v.isOriginal);

/** The secretariat screens or corrects a consultation record while its round is open; texts are edited in their original language. */
export function EditConsultationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['borderEffects', 'common']);
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ConsultationSourceQuery, { variables: { id } });
  const { run, busy, problem } = useUpdateConsultation();
  const c = data?.consultation;
  usePageTitle(c ? t('borderEffects:edit.title', { title: c.title.text }) : t('borderEffects:title'));
  if (loading && !data) return <LoadingState label={t('common:state.loading')} />;
  if (error && !data) return <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />;
  if (!c) return <Paragraph>{t('borderEffects:detail.notFound')}</Paragraph>;
  const title = original(c.sourceTitle);
  const text = (versions: Versions) => original(versions)?.text ?? '';
  return (
    <>
      <p className="gp-breadcrumb">
        <Link to={paths.consultation(c.id)} className="utrecht-link">
          {t('borderEffects:edit.back')}
        </Link>
      </p>
      <Heading level={1}>{t('borderEffects:edit.title', { title: c.title.text })}</Heading>
      {!c.canEdit ? (
        <Paragraph>{t('borderEffects:edit.notAllowed')}</Paragraph>
      ) : (
        <ConsultationForm
          initial={{
            language: title?.language ?? 'nl',
            title: title?.text ?? '',
            ministryCode: c.ministry.code,
            url: c.url,
            periodStart: c.periodStart,
            periodEnd: c.periodEnd,
            kind: c.kind,
            borderRelevant: c.borderRelevant ?? null,
            relevanceReason: text(c.sourceReason),
            testCarriedOut: c.testCarriedOut ?? null,
            testReport: c.testReport ?? '',
            testReference: c.testReference,
            effectDirection: c.effectDirection ?? '',
            effects: text(c.sourceEffects),
            affectedGroups: c.affectedGroups,
            neighbours: c.neighbours,
            mitigations: c.mitigations,
            responseSubmitted: c.responseSubmitted,
            response: text(c.sourceResponse),
            responseUrl: c.responseUrl ?? '',
          }}
          ministries={data?.organisations ?? []}
          problem={problem}
          busy={busy}
          submitLabel={t('borderEffects:edit.submit')}
          onSubmit={async (values) => {
            const result = await run({ input: { ...consultationInput(values), id: c.id, version: c.version } }, t('borderEffects:edit.saved'));
            if (result.ok) void navigate(paths.consultation(c.id));
          }}
        />
      )}
    </>
  );
}
