import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@grensportaal/shared-domain';
import { Button, buttonClassName, Heading } from '@grensportaal/web-ui';
import { ProposeActionDialog } from '@web/modules/action/components/ProposeActionDialog';
import { CreateAssignmentDialog } from '@web/modules/assignment/components/CreateAssignmentDialog';
import { useMe } from '@web/modules/user/hooks/useMe';
import type { BottleneckDetail } from '@web/modules/bottleneck/hooks/useBottleneck';
import { BottleneckTransitionDialog } from '@web/modules/bottleneck/components/BottleneckTransitionDialog';

/** The steps the signed-in person may take now, as the API says (availableTransitions, canEdit, canProposeAction, canAskQuestion). */
export function BottleneckNextSteps({ bottleneck }: { bottleneck: BottleneckDetail }) {
  const { t } = useTranslation(['bottleneck']);
  const me = useMe();
  const [transition, setTransition] = useState<BottleneckDetail['availableTransitions'][number] | null>(null);
  const [dialog, setDialog] = useState<'action' | 'assignment' | null>(null);
  const orgCode = me?.organisation?.code ?? null;
  // The owner an action is proposed for by default: one's own organisation, where it does the work.
  const ownOrganisationWorks = Boolean(me?.roles.some((r) => r === 'partner' || r === 'department'));

  if (!bottleneck.availableTransitions.length && !bottleneck.canEdit && !bottleneck.canProposeAction && !bottleneck.canAskQuestion) return null;
  return (
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
          <Link to={paths.editBottleneck(bottleneck.reference)} className={buttonClassName('secondary')}>
            {t('bottleneck:edit')}
          </Link>
        ) : null}
        {bottleneck.canAskQuestion ? <Button onClick={() => setDialog('assignment')}>{t('bottleneck:askQuestion')}</Button> : null}
        {bottleneck.canProposeAction ? <Button onClick={() => setDialog('action')}>{t('bottleneck:proposeAction')}</Button> : null}
      </div>
      {transition ? <BottleneckTransitionDialog bottleneck={bottleneck} transition={transition} onClose={() => setTransition(null)} /> : null}
      {dialog === 'action' ? (
        <ProposeActionDialog bottleneck={bottleneck} partners={bottleneck.agenda.partners} defaultOwner={ownOrganisationWorks ? orgCode : null} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'assignment' ? <CreateAssignmentDialog about={{ bottleneck }} onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
