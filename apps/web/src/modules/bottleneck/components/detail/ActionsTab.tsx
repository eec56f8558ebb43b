import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@grensportaal/web-ui';
import { ActionCard } from '@web/modules/action/components/ActionCard';
import type { BottleneckDetail } from '@web/modules/bottleneck/hooks/useBottleneck';

export function ActionsTab({ bottleneck }: { bottleneck: BottleneckDetail }) {
  const { t } = useTranslation(['bottleneck']);
  return (
    <>
      <Heading level={2}>{t('bottleneck:tabs.actionsHeading')}</Heading>
      {bottleneck.actions.length === 0 ? <Paragraph>{t('bottleneck:noActionsYet')}</Paragraph> : null}
      <div className="gp-stack">
        {bottleneck.actions.map((a) => (
          <ActionCard key={a.id} action={a} />
        ))}
      </div>
    </>
  );
}
