import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@grensportaal/web-ui';
import type { ConsultationDetailFieldsFragment } from '@web/gql/graphql';
import { AssignmentCard } from '@web/modules/assignment/components/AssignmentCard';

const CreateAssignmentDialog = lazy(() => import('@web/modules/assignment/components/CreateAssignmentDialog').then((m) => ({ default: m.CreateAssignmentDialog })));

/**
 * The questions put to a ministry about a consultation — to confirm or complete its border-effects
 * information — with their answers, and (for the secretariat) the way to ask one; through the same
 * questions mechanism as for bottlenecks, with its due dates, reminders and escalation.
 */
export function ConsultationQuestions({ consultation: c }: { consultation: ConsultationDetailFieldsFragment }) {
  const { t } = useTranslation(['borderEffects']);
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="questions-heading" className="gp-section">
      <Heading level={2} id="questions-heading">
        {t('borderEffects:detail.questionsTitle')}
      </Heading>
      {c.assignments.length ? (
        <div className="gp-stack">
          {c.assignments.map((q) => (
            <AssignmentCard key={q.id} assignment={q} />
          ))}
        </div>
      ) : (
        <Paragraph>{t('borderEffects:detail.noQuestions')}</Paragraph>
      )}
      {c.canAsk ? (
        <p>
          <Button onClick={() => setAsking(true)}>{t('borderEffects:detail.ask', { ministry: c.ministry.code })}</Button>
        </p>
      ) : null}
      <Suspense fallback={null}>{asking ? <CreateAssignmentDialog about={{ consultation: { id: c.id, ministryCode: c.ministry.code } }} onClose={() => setAsking(false)} /> : null}</Suspense>
    </section>
  );
}
