import { useTranslation } from 'react-i18next';
import { AssignmentCard, questionSubject } from '@web/modules/assignment/components/AssignmentCard';
import { useAssignments } from '@web/modules/assignment/hooks/useAssignments';
import { OwnedActions } from './OwnedActions';
import { WorkSection } from './WorkSection';

/** A ministry liaison: the questions put to their ministry, soonest due first, and what they answered before. */
export function MinistryWork({ organisation }: { organisation: { code: string; name: string } }) {
  const { t } = useTranslation('home');
  const open = useAssignments({ filter: { ministryCode: organisation.code, statuses: ['OPEN', 'RETURNED'] }, orderBy: 'DUE_DATE_ASC', first: 50 });
  const answered = useAssignments({ filter: { ministryCode: organisation.code, statuses: ['ANSWERED', 'ACCEPTED'] }, orderBy: 'UPDATED_DESC', first: 20 });
  const openRows = open.data?.assignments.edges.map((e) => e.node) ?? [];
  const answeredRows = answered.data?.assignments.edges.map((e) => e.node) ?? [];
  return (
    <>
      <WorkSection
        id="inbox"
        title={t('home:inbox.title', { ministry: organisation.name })}
        count={open.data?.assignments.totalCount}
        loading={open.loading && !open.data}
        error={open.data ? undefined : open.error}
        onRetry={() => void open.refetch()}
        empty={openRows.length === 0}
        emptyText={t('home:inbox.empty')}
      >
        <div className="gp-stack">
          {openRows.map((q) => (
            <AssignmentCard key={q.id} assignment={q} subject={questionSubject(q)} />
          ))}
        </div>
      </WorkSection>
      <WorkSection
        id="answered"
        title={t('home:answered.title')}
        count={answered.data?.assignments.totalCount}
        loading={answered.loading && !answered.data}
        error={answered.data ? undefined : answered.error}
        onRetry={() => void answered.refetch()}
        empty={answeredRows.length === 0}
        emptyText={t('home:answered.empty')}
      >
        <div className="gp-stack">
          {answeredRows.map((q) => (
            <AssignmentCard key={q.id} assignment={q} subject={questionSubject(q)} />
          ))}
        </div>
      </WorkSection>
      <OwnedActions organisationCode={organisation.code} />
    </>
  );
}
