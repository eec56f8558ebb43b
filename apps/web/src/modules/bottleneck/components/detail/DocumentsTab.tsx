import { useTranslation } from 'react-i18next';
import { useApolloClient } from '@apollo/client/react';
import { Heading } from '@grensportaal/web-ui';
import { Attachments } from '@web/modules/attachment/components/Attachments';
import type { BottleneckDetail } from '@web/modules/bottleneck/hooks/useBottleneck';

/** The bottleneck's documents: legal analyses, memos, minutes, maps. */
export function DocumentsTab({ bottleneck }: { bottleneck: BottleneckDetail }) {
  const { t } = useTranslation(['bottleneck']);
  const client = useApolloClient();
  return (
    <>
      <Heading level={2}>{t('bottleneck:tabs.documentsHeading')}</Heading>
      <Attachments entityType="BOTTLENECK" entityId={bottleneck.id} attachments={bottleneck.attachments} onChanged={() => void client.refetchQueries({ include: ['Bottleneck'] })} level={3} />
    </>
  );
}
