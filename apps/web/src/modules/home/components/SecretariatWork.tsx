import { useTranslation } from 'react-i18next';
import { BottleneckTable } from '@web/modules/bottleneck/components/BottleneckTable';
import { useBottlenecks } from '@web/modules/bottleneck/hooks/useBottlenecks';
import { AssignmentCard, questionSubject } from '@web/modules/assignment/components/AssignmentCard';
import { useAssignments } from '@web/modules/assignment/hooks/useAssignments';
import { WorkSection } from './WorkSection';

/** The secretariat: the triage queue, answers waiting for review, and questions past their due date. */
export function SecretariatWork() {
  const { t } = useTranslation('home');
  const triage = useBottlenecks({ filter: { statuses: ['SUBMITTED'] }, orderBy: 'CREATED_DESC', first: 50 });
  const review = useAssignments({ filter: { statuses: ['ANSWERED'] }, orderBy: 'UPDATED_DESC', first: 50 });
  const overdue = useAssignments({ filter: { overdue: true }, orderBy: 'DUE_DATE_ASC', first: 50 });
  const triageRows = triage.data?.bottlenecks.edges.map((e) => e.node) ?? [];
  const reviewRows = review.data?.assignments.edges.map((e) => e.node) ?? [];
  const overdueRows = overdue.data?.assignments.edges.map((e) => e.node) ?? [];
  return (
    <>
      <WorkSection
        id="triage"
        title={t('home:triage.title')}
        count={triage.data?.bottlenecks.totalCount}
        loading={triage.loading && !triage.data}
        error={triage.data ? undefined : triage.error}
        onRetry={() => void triage.refetch()}
        empty={triageRows.length === 0}
        emptyText={t('home:triage.empty')}
      >
        <BottleneckTable rows={triageRows} caption={t('home:triage.title')} captionHidden />
      </WorkSection>
      <WorkSection
        id="review"
        title={t('home:review.title')}
        count={review.data?.assignments.totalCount}
        loading={review.loading && !review.data}
        error={review.data ? undefined : review.error}
        onRetry={() => void review.refetch()}
        empty={reviewRows.length === 0}
        emptyText={t('home:review.empty')}
      >
        <div className="gp-stack">
          {reviewRows.map((q) => (
            <AssignmentCard key={q.id} assignment={q} subject={questionSubject(q)} showMinistry />
          ))}
        </div>
      </WorkSection>
      <WorkSection
        id="overdue-questions"
        title={t('home:overdueQuestions.title')}
        count={overdue.data?.assignments.totalCount}
        loading={overdue.loading && !overdue.data}
        error={overdue.data ? undefined : overdue.error}
        onRetry={() => void overdue.refetch()}
        empty={overdueRows.length === 0}
        emptyText={t('home:overdueQuestions.empty')}
      >
        <div className="gp-stack">
          {overdueRows.map((q) => (
            <AssignmentCard key={q.id} assignment={q} subject={questionSubject(q)} showMinistry />
          ))}
        </div>
      </WorkSection>
    </>
  );
}
