import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '@grensportaal/shared-domain';
import { buttonClassName, ErrorState, Heading, LoadingState, Paragraph, StatusBadge } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { useFormat } from '@web/app/format';
import { usePageTitle } from '@web/app/usePageTitle';
import { HistoryList } from '@web/modules/bottleneck/components/HistoryList';
import { ConsultationFlags, LinkBottleneckForm } from '@web/modules/border-effects/components/ConsultationActions';
import { ConsultationQuestions } from '@web/modules/border-effects/components/ConsultationQuestions';
import { ConsultationQuery } from '@web/modules/border-effects/graphql/border-effects.graphql';
import { Comments } from '@web/modules/comment/components/Comments';
import { Localized } from '@web/modules/text/components/Localized';

/** Yes, no, or not yet known. */
const answer = (value: boolean | null | undefined) => (value === true ? 'yes' : value === false ? 'no' : 'unknown');

/**
 * One consultation: what it is and who is responsible, its screening (border
 * relevance, test, effects, mitigation, response), the bottlenecks it
 * touches or led to, the questions to its ministry, the partners' flags and
 * comments, and its history.
 */
export function ConsultationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['borderEffects', 'history', 'common']);
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(ConsultationQuery, { variables: { id } });
  const c = data?.consultation;
  usePageTitle(c ? c.title.text : t('borderEffects:title'));
  if (loading && !data) return <LoadingState label={t('common:state.loading')} />;
  if (error && !data) return <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />;
  if (!c) return <Paragraph>{t('borderEffects:detail.notFound')}</Paragraph>;
  const list = (group: string, values: string[]) => (values.length ? values.map((v) => t(`borderEffects:${group}.${v}`)).join(', ') : '–');
  const rows: Array<[string, React.ReactNode]> = [
    [t('borderEffects:field.ministryCode'), c.ministry.name],
    [t('borderEffects:field.kind'), t(`borderEffects:consultationKind.${c.kind}`)],
    [t('borderEffects:field.period'), t('borderEffects:field.periodValue', { from: format.date(c.periodStart), to: format.date(c.periodEnd) })],
    [
      t('borderEffects:field.url'),
      <a key="url" href={c.url} className="utrecht-link" rel="noreferrer noopener" target="_blank">
        {c.url}
        <span className="gp-visually-hidden"> {t('borderEffects:detail.newWindow')}</span>
      </a>,
    ],
    [t('borderEffects:list.round'), `${c.round.code} (${t(`borderEffects:roundStatus.${c.round.status}`)})`],
  ];
  const screening: Array<[string, React.ReactNode]> = [
    [t('borderEffects:field.borderRelevant'), t(`borderEffects:answer.${answer(c.borderRelevant)}`)],
    [t('borderEffects:field.relevanceReason'), c.relevanceReason ? <Localized key="reason" value={c.relevanceReason} multiline /> : null],
    [t('borderEffects:field.testCarriedOut'), t(`borderEffects:answer.${answer(c.testCarriedOut)}`)],
    [t('borderEffects:field.testReport'), c.testReport ? `${t(`borderEffects:testReport.${c.testReport}`)}${c.testReference ? ` — ${c.testReference}` : ''}` : '–'],
    [t('borderEffects:field.effectDirection'), c.effectDirection ? t(`borderEffects:effectDirection.${c.effectDirection}`) : '–'],
    [t('borderEffects:field.effects'), c.effects ? <Localized key="effects" value={c.effects} multiline /> : null],
    [t('borderEffects:field.affectedGroups'), list('affectedGroup', c.affectedGroups)],
    [t('borderEffects:field.neighbours'), list('neighbour', c.neighbours)],
    [t('borderEffects:field.mitigations'), list('mitigation', c.mitigations)],
    [t('borderEffects:field.responseSubmitted'), t(`borderEffects:answer.${c.responseSubmitted ? 'yes' : 'no'}`)],
    [t('borderEffects:field.response'), c.response ? <Localized key="response" value={c.response} multiline /> : null],
  ];
  const details = (entries: Array<[string, React.ReactNode]>) => (
    <dl className="gp-facts gp-facts--wide">
      {entries.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value || '–'}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <>
      <p className="gp-breadcrumb">
        <Link to={paths.borderEffects({ round: c.round.id })} className="utrecht-link">
          {t('borderEffects:back')}
        </Link>
      </p>
      <Heading level={1}>
        <Localized value={c.title} />
      </Heading>
      <p>
        <StatusBadge tone={c.borderRelevant ? 'warning' : c.borderRelevant === false ? 'neutral' : 'info'}>{t(`borderEffects:detail.screening.${answer(c.borderRelevant)}`)}</StatusBadge>
      </p>
      {c.canEdit ? (
        <p>
          <Link to={paths.editConsultation(c.id)} className={buttonClassName('primary')}>
            {t('borderEffects:detail.edit')}
          </Link>
        </p>
      ) : null}
      {details(rows)}

      <section aria-labelledby="screening-heading" className="gp-section">
        <Heading level={2} id="screening-heading">
          {t('borderEffects:detail.screeningTitle')}
        </Heading>
        {details(screening)}
      </section>

      <section aria-labelledby="linked-heading" className="gp-section">
        <Heading level={2} id="linked-heading">
          {t('borderEffects:detail.linkedTitle')}
        </Heading>
        {c.bottlenecks.length ? (
          <ul>
            {c.bottlenecks.map((l) => (
              <li key={l.bottleneck.id}>
                {t(`borderEffects:linkType.${l.type}`)}:{' '}
                <Link to={paths.bottleneck(l.bottleneck.reference)} className="utrecht-link">
                  {l.bottleneck.reference} <Localized value={l.bottleneck.title} compact />
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('borderEffects:detail.noLinks')}</Paragraph>
        )}
        {c.round.canKeep ? <LinkBottleneckForm consultation={c} /> : null}
      </section>

      <ConsultationQuestions consultation={c} />

      <ConsultationFlags consultation={c} myOrganisationId={data.me?.organisation?.id ?? null} />

      <section aria-labelledby="comments-heading" className="gp-section">
        <Heading level={2} id="comments-heading">
          {t('borderEffects:detail.commentsTitle')}
        </Heading>
        <Comments entityType="CONSULTATION" entityId={c.id} comments={c.comments} />
      </section>

      <section aria-labelledby="history-heading" className="gp-section">
        <Heading level={2} id="history-heading">
          {t('borderEffects:detail.historyTitle')}
        </Heading>
        <HistoryList entries={c.history} />
      </section>
    </>
  );
}
