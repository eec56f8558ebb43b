import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Button, buttonClassName, ErrorState, Heading, LoadingState, Paragraph } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { useFormat } from '@web/app/format';
import { usePageTitle } from '@web/app/usePageTitle';
import type { BottleneckQuery } from '@web/gql/graphql';
import { ActionCard } from '@web/modules/action/components/ActionCard';
import { ProposeActionDialog } from '@web/modules/action/components/ProposeActionDialog';
import { BottleneckStatusBadge } from '@web/modules/bottleneck/components/BottleneckStatusBadge';
import { BottleneckTransitionDialog } from '@web/modules/bottleneck/components/BottleneckTransitionDialog';
import { HistoryList } from '@web/modules/bottleneck/components/HistoryList';
import { StatusTimeline } from '@web/modules/bottleneck/components/StatusTimeline';
import { BottleneckQuery as BottleneckDocument } from '@web/modules/bottleneck/graphql/bottleneck.query';
import { Comments } from '@web/modules/comment/components/Comments';
import { FollowButton } from '@web/modules/notification/components/FollowButton';
import { AskQuestionDialog } from '@web/modules/question/components/AskQuestionDialog';
import { QuestionCard } from '@web/modules/question/components/QuestionCard';
import { Localized } from '@web/modules/text/components/Localized';
import { TranslationsPanel } from '@web/modules/text/components/TranslationsPanel';
import { useMe } from '@web/modules/user/hooks/useMe';

type Bottleneck = NonNullable<BottleneckQuery['bottleneckByReference']>;
const TEXT_FIELDS = ['title', 'description', 'whyToSolve', 'impact'] as const;

/** Everything about one bottleneck, and the next steps the signed-in person may take. */
export function BottleneckPage() {
  const { reference = '' } = useParams();
  const { t } = useTranslation(['bottleneck', 'common']);
  const { data, loading, error, refetch } = useQuery(BottleneckDocument, { variables: { reference } });
  const bottleneck = data?.bottleneckByReference;
  usePageTitle(bottleneck ? `${bottleneck.reference} ${bottleneck.title.text}` : reference);

  if (loading && !data) return <LoadingState label={t('common:state.loading')} />;
  if (error && !data) {
    return <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />;
  }
  if (!bottleneck) {
    return (
      <>
        <Heading level={1}>{t('bottleneck:notFound.title')}</Heading>
        <Paragraph>{t('bottleneck:notFound.body', { reference })}</Paragraph>
        <Paragraph>
          <Link to="/bottlenecks" className="utrecht-link">
            {t('bottleneck:backToList')}
          </Link>
        </Paragraph>
      </>
    );
  }
  return <BottleneckDetail bottleneck={bottleneck} />;
}

function BottleneckDetail({ bottleneck }: { bottleneck: Bottleneck }) {
  const { t } = useTranslation(['bottleneck', 'register', 'common']);
  const format = useFormat();
  const me = useMe();
  const [transition, setTransition] = useState<Bottleneck['availableTransitions'][number] | null>(null);
  const [dialog, setDialog] = useState<'action' | 'question' | null>(null);
  const roles = me?.roles ?? [];
  const orgCode = me?.organisation?.code ?? null;
  const isPartner = bottleneck.agenda.partners.some((p) => p.code === orgCode);
  const mayProposeAction =
    bottleneck.status !== 'DRAFT' &&
    (roles.includes('secretariat') || roles.includes('department') || (roles.includes('commissioner') && bottleneck.agenda.steeringOrganisation?.code === orgCode) || (roles.includes('partner') && isPartner));
  const mayAsk = roles.includes('secretariat') && bottleneck.status !== 'DRAFT' && bottleneck.status !== 'CLOSED';

  return (
    <article className="gp-bottleneck">
      <p className="gp-breadcrumb">
        <Link to={`/bottlenecks?agenda=${bottleneck.agenda.code}`} className="utrecht-link">
          {t('bottleneck:backToAgendaList', { agenda: bottleneck.agenda.name })}
        </Link>
      </p>
      <p className="gp-eyebrow">
        <span className="gp-reference">{bottleneck.reference}</span> <BottleneckStatusBadge status={bottleneck.status} outcome={bottleneck.outcome} />
      </p>
      <Heading level={1}>
        <Localized value={bottleneck.title} />
      </Heading>
      <dl className="gp-facts gp-facts--wide">
        <div>
          <dt>{t('bottleneck:fields.agenda')}</dt>
          <dd>{bottleneck.agenda.name}</dd>
        </div>
        <div>
          <dt>{t('bottleneck:fields.theme')}</dt>
          <dd>{bottleneck.theme?.name ?? t('bottleneck:noTheme')}</dd>
        </div>
        <div>
          <dt>{t('bottleneck:fields.reporter')}</dt>
          <dd>
            {bottleneck.reportingOrganisation.name}
            {bottleneck.createdBy ? ` (${bottleneck.createdBy.name})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('bottleneck:fields.type')}</dt>
          <dd>{t(`register:bottleneckType.${bottleneck.type}`)}</dd>
        </div>
        <div>
          <dt>{t('bottleneck:fields.area')}</dt>
          <dd>{bottleneck.area || t('bottleneck:notGiven')}</dd>
        </div>
        <div>
          <dt>{t('bottleneck:loggedOn')}</dt>
          <dd>{format.date(bottleneck.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('bottleneck:actionProgress')}</dt>
          <dd>
            {bottleneck.progress.average === null
              ? t('bottleneck:noActions')
              : t('bottleneck:progressSummary', { percent: format.percent(bottleneck.progress.average), count: bottleneck.progress.actionCount })}
          </dd>
        </div>
      </dl>
      <FollowButton entityType="BOTTLENECK" id={bottleneck.id} followed={bottleneck.followed} />
      {bottleneck.statusReason ? (
        <Paragraph>
          <strong>{t('bottleneck:statusReason')}</strong> {bottleneck.statusReason}
          {bottleneck.duplicateOf ? (
            <>
              {' '}
              <Link to={`/bottlenecks/${bottleneck.duplicateOf.reference}`} className="utrecht-link">
                {t('bottleneck:duplicateOf', { reference: bottleneck.duplicateOf.reference })}
              </Link>
            </>
          ) : null}
        </Paragraph>
      ) : null}

      <section aria-labelledby="lifecycle-heading" className="gp-section">
        <Heading level={2} id="lifecycle-heading">
          {t('bottleneck:timeline.heading')}
        </Heading>
        <StatusTimeline status={bottleneck.status} history={bottleneck.history} />
      </section>

      {bottleneck.availableTransitions.length || bottleneck.canEdit || mayProposeAction || mayAsk ? (
        <section aria-labelledby="next-heading" className="gp-section gp-next-steps">
          <Heading level={2} id="next-heading">
            {t('bottleneck:nextSteps')}
          </Heading>
          <div className="gp-card__actions">
            {bottleneck.availableTransitions.map((tr) => (
              <Button key={tr.transition} appearance={tr.transition === 'withdraw' || tr.transition === 'closeAtTriage' ? 'secondary' : 'primary'} danger={tr.transition === 'withdraw'} onClick={() => setTransition(tr)}>
                {t(`bottleneck:transition.button.${tr.transition}`)}
              </Button>
            ))}
            {bottleneck.canEdit ? (
              <Link to={`/bottlenecks/${bottleneck.reference}/edit`} className={buttonClassName('secondary')}>
                {t('bottleneck:edit')}
              </Link>
            ) : null}
            {mayAsk ? <Button onClick={() => setDialog('question')}>{t('bottleneck:askQuestion')}</Button> : null}
            {mayProposeAction ? <Button onClick={() => setDialog('action')}>{t('bottleneck:proposeAction')}</Button> : null}
          </div>
        </section>
      ) : null}

      <Tabs className="gp-tabs">
        <TabList aria-label={t('bottleneck:tabs.label')} className="gp-tabs__list">
          <Tab id="details" className="gp-tabs__tab">
            {t('bottleneck:tabs.details')}
          </Tab>
          <Tab id="actions" className="gp-tabs__tab">
            {t('bottleneck:tabs.actions', { count: bottleneck.actions.length })}
          </Tab>
          <Tab id="questions" className="gp-tabs__tab">
            {t('bottleneck:tabs.questions', { count: bottleneck.assignments.length })}
          </Tab>
          <Tab id="comments" className="gp-tabs__tab">
            {t('bottleneck:tabs.comments', { count: bottleneck.comments.length })}
          </Tab>
          <Tab id="history" className="gp-tabs__tab">
            {t('bottleneck:tabs.history')}
          </Tab>
          <Tab id="translations" className="gp-tabs__tab">
            {t('bottleneck:tabs.translations')}
          </Tab>
        </TabList>
        <TabPanel id="details" className="gp-tabs__panel">
          {(['description', 'whyToSolve', 'impact'] as const).map((field) =>
            bottleneck[field] ? (
              <section key={field} aria-labelledby={`${field}-heading`} className="gp-text-block">
                <Heading level={2} id={`${field}-heading`}>
                  {t(`bottleneck:fields.${field}`)}
                </Heading>
                <Localized value={bottleneck[field]} multiline />
              </section>
            ) : null,
          )}
          {bottleneck.links.length ? (
            <section aria-labelledby="links-heading">
              <Heading level={2} id="links-heading">
                {t('bottleneck:links')}
              </Heading>
              <ul className="utrecht-unordered-list">
                {bottleneck.links.map((l) => (
                  <li key={l.id} className="utrecht-unordered-list__item">
                    {t(`register:linkType.${l.type}`)}:{' '}
                    <Link to={`/bottlenecks/${l.bottleneck.reference}`} className="utrecht-link">
                      {l.bottleneck.reference}
                    </Link>{' '}
                    <Localized value={l.bottleneck.title} compact />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </TabPanel>
        <TabPanel id="actions" className="gp-tabs__panel">
          <Heading level={2}>{t('bottleneck:tabs.actionsHeading')}</Heading>
          {bottleneck.actions.length === 0 ? <Paragraph>{t('bottleneck:noActionsYet')}</Paragraph> : null}
          <div className="gp-stack">
            {bottleneck.actions.map((a) => (
              <ActionCard key={a.id} action={a} />
            ))}
          </div>
        </TabPanel>
        <TabPanel id="questions" className="gp-tabs__panel">
          <Heading level={2}>{t('bottleneck:tabs.questionsHeading')}</Heading>
          {bottleneck.assignments.length === 0 ? <Paragraph>{t('bottleneck:noQuestions')}</Paragraph> : null}
          <div className="gp-stack">
            {bottleneck.assignments.map((q) => (
              <QuestionCard key={q.id} question={q} />
            ))}
          </div>
        </TabPanel>
        <TabPanel id="comments" className="gp-tabs__panel">
          <Heading level={2}>{t('bottleneck:tabs.commentsHeading')}</Heading>
          <Comments entityType="BOTTLENECK" entityId={bottleneck.id} comments={bottleneck.comments} />
        </TabPanel>
        <TabPanel id="history" className="gp-tabs__panel">
          <Heading level={2}>{t('bottleneck:tabs.historyHeading')}</Heading>
          <HistoryList entries={bottleneck.history} />
        </TabPanel>
        <TabPanel id="translations" className="gp-tabs__panel">
          <Heading level={2}>{t('bottleneck:tabs.translationsHeading')}</Heading>
          <Paragraph>{t('bottleneck:translationsIntro')}</Paragraph>
          <TranslationsPanel
            target="BOTTLENECK"
            id={bottleneck.id}
            version={bottleneck.version}
            fields={TEXT_FIELDS.flatMap((field) => {
              const value = bottleneck[field];
              return value ? [{ field, label: t(`bottleneck:fields.${field}`), versions: value.versions }] : [];
            })}
          />
        </TabPanel>
      </Tabs>

      {transition ? <BottleneckTransitionDialog bottleneck={bottleneck} transition={transition} onClose={() => setTransition(null)} /> : null}
      {dialog === 'action' ? (
        <ProposeActionDialog
          bottleneck={bottleneck}
          partners={bottleneck.agenda.partners}
          defaultOwner={isPartner || roles.includes('department') ? orgCode : null}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'question' ? <AskQuestionDialog bottleneck={bottleneck} onClose={() => setDialog(null)} /> : null}
    </article>
  );
}
