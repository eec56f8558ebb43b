import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@grensportaal/web-ui';
import { SEARCH_LIMITS } from '@grensportaal/shared-domain';
import type { BottleneckStatus } from '@web/gql/graphql';
import { useDebounced } from '@web/app/useDebounced';
import { BottleneckStatusBadge } from '@web/modules/bottleneck/components/BottleneckStatusBadge';
import { Localized } from '@web/modules/text/components/Localized';
import { SimilarBottlenecksQuery } from '../graphql/search.graphql';

/**
 * While a new bottleneck's title is typed: the existing ones that look like
 * it, so that a partner adds to one rather than logging it twice. They open
 * in a new tab, so that nothing typed in the form is lost.
 */
export function SimilarBottlenecks({ title, agendaCode }: { title: string; agendaCode: string }) {
  const { t } = useTranslation('search');
  const typed = useDebounced(title.trim(), 400);
  const { data } = useQuery(SimilarBottlenecksQuery, {
    variables: { title: typed.slice(0, SEARCH_LIMITS.queryLength), agendaCode: agendaCode || null },
    skip: typed.length < SEARCH_LIMITS.suggestFrom,
  });
  const similar = typed.length >= SEARCH_LIMITS.suggestFrom ? (data?.similarBottlenecks ?? []) : [];
  return (
    <div aria-live="polite" className="gp-similar">
      {similar.length ? (
        <section aria-labelledby="similar-heading" className="gp-card">
          <Heading level={2} id="similar-heading" className="gp-card__title">
            {t('similar.heading')}
          </Heading>
          <Paragraph>{t('similar.intro')}</Paragraph>
          <ul className="gp-similar__list">
            {similar.map((s) =>
              s.bottleneck ? (
                <li key={s.id}>
                  <a href={s.path} target="_blank" rel="noopener">
                    {s.bottleneck.reference} <Localized value={s.bottleneck.title} compact /> <span className="gp-muted">{t('similar.newTab')}</span>
                  </a>{' '}
                  {s.status ? <BottleneckStatusBadge status={s.status as BottleneckStatus} /> : null}
                </li>
              ) : null,
            )}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
