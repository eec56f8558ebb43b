import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@grensportaal/web-ui';
import { AssignmentCard } from '@web/modules/assignment/components/AssignmentCard';
import type { BottleneckDetail } from '@web/modules/bottleneck/hooks/useBottleneck';

export function AssignmentsTab({ bottleneck }: { bottleneck: BottleneckDetail }) {
  const { t } = useTranslation(['bottleneck']);
  return (
    <>
      <Heading level={2}>{t('bottleneck:tabs.questionsHeading')}</Heading>
      {bottleneck.assignments.length === 0 ? <Paragraph>{t('bottleneck:noQuestions')}</Paragraph> : null}
      <div className="gp-stack">
        {bottleneck.assignments.map((q) => (
          <AssignmentCard key={q.id} assignment={q} />
        ))}
      </div>
    </>
  );
}
