import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@grensportaal/shared-domain';
import { Heading, Paragraph } from '@grensportaal/web-ui';
import { BorderEffectsFiguresQuery } from '../graphql/border-effects.graphql';
import { RoundFiguresTable } from './ScreeningRounds';

/** The dashboard's border-effects section: the screening rounds of the year chosen (or all), oldest first, linking to the register. */
export function BorderEffectsSummary({ year }: { year: number | null }) {
  const { t } = useTranslation('borderEffects');
  const { data } = useQuery(BorderEffectsFiguresQuery, { variables: { year } });
  const rounds = data?.borderEffectsFigures.rounds ?? [];
  return (
    <section aria-labelledby="border-effects-heading" className="gp-section">
      <Heading level={2} id="border-effects-heading">
        {t('summary.title')}
      </Heading>
      <Paragraph>{t('summary.intro')}</Paragraph>
      {rounds.length ? <RoundFiguresTable caption={t('rounds.caption')} rows={rounds} /> : <Paragraph>{t('rounds.none')}</Paragraph>}
      <Paragraph>
        <Link to={paths.borderEffects()} className="utrecht-link">
          {t('summary.more')}
        </Link>
      </Paragraph>
    </section>
  );
}
