import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@grensportaal/web-ui';
import { TranslationsPanel } from '@web/modules/text/components/TranslationsPanel';
import type { BottleneckDetail } from '@web/modules/bottleneck/hooks/useBottleneck';

const TEXT_FIELDS = ['title', 'description', 'whyToSolve', 'impact'] as const;

export function TranslationsTab({ bottleneck }: { bottleneck: BottleneckDetail }) {
  const { t } = useTranslation(['bottleneck']);
  return (
    <>
      <Heading level={2}>{t('bottleneck:tabs.translationsHeading')}</Heading>
      <Paragraph>{t('bottleneck:translationsIntro')}</Paragraph>
      <TranslationsPanel
        target="BOTTLENECK"
        id={bottleneck.id}
        version={bottleneck.version}
        fields={TEXT_FIELDS.flatMap((field) => {
          const value = bottleneck[field];
          return value ? [{ field, label: t(`bottleneck:fields.${field}`), versions: value.versions }] : [];
        })}
      />
    </>
  );
}
