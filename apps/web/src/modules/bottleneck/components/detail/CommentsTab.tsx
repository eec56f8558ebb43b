import { useTranslation } from 'react-i18next';
import { Heading } from '@grensportaal/web-ui';
import { Comments } from '@web/modules/comment/components/Comments';
import type { BottleneckDetail } from '@web/modules/bottleneck/hooks/useBottleneck';

export function CommentsTab({ bottleneck }: { bottleneck: BottleneckDetail }) {
  const { t } = useTranslation(['bottleneck']);
  return (
    <>
      <Heading level={2}>{t('bottleneck:tabs.commentsHeading')}</Heading>
      <Comments entityType="BOTTLENECK" entityId={bottleneck.id} comments={bottleneck.comments} />
    </>
  );
}
