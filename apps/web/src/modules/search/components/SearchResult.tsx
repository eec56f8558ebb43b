import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Heading, StatusBadge } from '@grensportaal/web-ui';
import { useFormat } from '@web/app/format';
import type { SearchHitFieldsFragment } from '@web/gql/graphql';
import { InLanguage, Localized } from '@web/modules/text/components/Localized';

/** A highlighted snippet: the matched words marked, never rendered as HTML. */
export function Snippet({ hit }: { hit: Pick<SearchHitFieldsFragment, 'snippet' | 'language'> }) {
  if (!hit.snippet.length) return null;
  return (
    <InLanguage as="p" language={hit.language} className="utrecht-paragraph gp-search-hit__snippet">
      {hit.snippet.map((part, i) => (part.highlighted ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </InLanguage>
  );
}

/** One result: what it is, its title, where it belongs, the snippet; the title links to its place. */
export function SearchResult({ hit }: { hit: SearchHitFieldsFragment }) {
  const { t } = useTranslation('search');
  const format = useFormat();
  const reference = hit.bottleneck?.reference ?? '';
  const onBottleneck = hit.bottleneck ? (
    <>
      {t('hit.on', { reference })} <Localized value={hit.bottleneck.title} compact />
    </>
  ) : null;
  let title = onBottleneck;
  let context = null;
  if (hit.kind === 'BOTTLENECK' && hit.bottleneck) {
    title = (
      <>
        {reference} <Localized value={hit.bottleneck.title} compact />
      </>
    );
  } else if ((hit.kind === 'ACTION' || hit.kind === 'PROGRESS') && hit.action) {
    title = <Localized value={hit.action.title} compact />;
    context = onBottleneck;
  } else if (hit.kind === 'QUESTION' || hit.kind === 'ANSWER') {
    title = <>{t('hit.question', { ministry: hit.question?.ministry.name ?? '', reference })}</>;
  }
  return (
    <article className="gp-search-hit">
      <p className="gp-badges">
        <StatusBadge tone="neutral">{t(`kind.${hit.kind}`)}</StatusBadge>
      </p>
      <Heading level={3} className="gp-search-hit__title">
        <Link to={hit.path}>{title}</Link>
      </Heading>
      {context ? <p className="gp-muted">{context}</p> : null}
      <Snippet hit={hit} />
      <p className="gp-muted">{t('hit.updated', { date: format.date(hit.updatedAt) })}</p>
    </article>
  );
}
