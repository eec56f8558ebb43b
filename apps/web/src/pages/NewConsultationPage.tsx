import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths } from '@grensportaal/shared-domain';
import { ErrorState, FormField, Heading, LoadingState, Paragraph, Select } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { useFormat } from '@web/app/format';
import { usePageTitle } from '@web/app/usePageTitle';
import { ConsultationForm, consultationInput, EMPTY_CONSULTATION } from '@web/modules/border-effects/components/ConsultationForm';
import { ConsultationFormDataQuery } from '@web/modules/border-effects/graphql/border-effects.graphql';
import { useCreateConsultation } from '@web/modules/border-effects/hooks/useBorderEffectsMutations';

/** The secretariat records a consultation in an open screening round (and may screen it at once). */
export function NewConsultationPage() {
  const { t } = useTranslation(['borderEffects', 'common']);
  usePageTitle(t('borderEffects:new.title'));
  const format = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(ConsultationFormDataQuery);
  const { run, busy, problem } = useCreateConsultation();
  const open = (data?.screeningRounds ?? []).filter((r) => r.status === 'OPEN');
  const [roundId, setRoundId] = useState(params.get('round') ?? '');
  if (loading && !data) return <LoadingState label={t('common:state.loading')} />;
  if (error && !data) return <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />;
  const round = roundId || open[0]?.id || '';
  return (
    <>
      <p className="gp-breadcrumb">
        <Link to={paths.borderEffects()} className="utrecht-link">
          {t('borderEffects:back')}
        </Link>
      </p>
      <Heading level={1}>{t('borderEffects:new.title')}</Heading>
      <Paragraph lead>{t('borderEffects:new.intro')}</Paragraph>
      {open.length === 0 ? (
        <Paragraph>{t('borderEffects:new.noOpenRound')}</Paragraph>
      ) : (
        <ConsultationForm
          initial={{ ...EMPTY_CONSULTATION, language: format.language }}
          ministries={data?.organisations ?? []}
          problem={problem}
          busy={busy}
          submitLabel={t('borderEffects:new.submit')}
          onSubmit={async (values) => {
            const result = await run({ input: { ...consultationInput(values), roundId: round } }, t('borderEffects:new.saved'));
            if (result.ok) void navigate(paths.consultation(result.data.createConsultation.id));
          }}
        >
          <FormField label={t('borderEffects:list.round')} required>
            {(control) => (
              <Select {...control} value={round} onChange={(e) => setRoundId(e.target.value)}>
                {open.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.code}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        </ConsultationForm>
      )}
    </>
  );
}
