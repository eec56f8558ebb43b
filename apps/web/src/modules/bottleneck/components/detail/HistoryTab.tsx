import { useTranslation } from 'react-i18next';
import { Heading } from '@grensportaal/web-ui';
import type { BottleneckDetail } from '@web/modules/bottleneck/hooks/useBottleneck';
import { HistoryList } from '@web/modules/bottleneck/components/HistoryList';

export function HistoryTab({ bottleneck }: { bottleneck: BottleneckDetail }) {
  const { t } = useTranslation(['bottleneck']);
  return (
    <>
      <Heading level={2}>{t('bottleneck:tabs.historyHeading')}</Heading>
      <HistoryList entries={bottleneck.history} />
    </>
  );
}
