import { useTranslation } from 'react-i18next';
import { useApolloClient } from '@apollo/client/react';
import { Heading, Paragraph } from '@grensportaal/web-ui';
import { ActionCard } from '@web/modules/action/components/ActionCard';
import { Attachments } from '@web/modules/attachment/components/Attachments';
import type { BottleneckDetail } from '@web/modules/bottleneck/hooks/useBottleneck';

export function ActionsTab({ bottleneck }: { bottleneck: BottleneckDetail }) {
  const { t } = useTranslation(['bottleneck', 'attachment']);
  const client = useApolloClient();
  return (
    <>
      <Heading level={2}>{t('bottleneck:tabs.actionsHeading')}</Heading>
      {bottleneck.actions.length === 0 ? <Paragraph>{t('bottleneck:noActionsYet')}</Paragraph> : null}
      <div className="gp-stack">
        {bottleneck.actions.map((a) => (
          <div key={a.id}>
            <ActionCard action={a} />
            {/* An action's documents (plans, memos) fold away: the actions stay readable at a glance. */}
            <details className="gp-details">
              <summary className="gp-details__summary">{t('attachment:ofAction', { count: a.attachments.length })}</summary>
              <Attachments entityType="ACTION" entityId={a.id} attachments={a.attachments} onChanged={() => void client.refetchQueries({ include: ['Bottleneck'] })} level={4} />
            </details>
          </div>
        ))}
      </div>
    </>
  );
}
