import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { AgendasQuery } from '@web/gql/graphql';

type Agenda = AgendasQuery['agendas'][number];

export function AgendaCard({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation(['agenda', 'organisation']);
  const headingId = useId();
  return (
    <article className="gp-card gp-agenda" aria-labelledby={headingId}>
      <p className="gp-agenda__code">{agenda.code}</p>
      <Heading2 id={headingId}>{agenda.name}</Heading2>
      <Paragraph>{agenda.description}</Paragraph>
      {agenda.steeringOrganisation ? (
        <Paragraph className="gp-agenda__steering">{t('agenda:steeredBy', { organisation: agenda.steeringOrganisation.name })}</Paragraph>
      ) : null}
      <div className="gp-agenda__columns">
        <div>
          <Heading3>
            {t('agenda:partners.heading')} <span className="gp-count">({t('agenda:partners.count', { count: agenda.partners.length })})</span>
          </Heading3>
          <UnorderedList className="gp-agenda__list">
            {agenda.partners.map((partner) => (
              <UnorderedListItem key={partner.id}>
                {partner.name} <span className="gp-muted">· {t(`organisation:kind.${partner.kind}`)}</span>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
        <div>
          <Heading3>
            {t('agenda:themes.heading')} <span className="gp-count">({t('agenda:themes.count', { count: agenda.themes.length })})</span>
          </Heading3>
          {agenda.themes.length === 0 ? (
            <Paragraph>{t('agenda:themes.none')}</Paragraph>
          ) : (
            <UnorderedList className="gp-agenda__list">
              {agenda.themes.map((theme) => (
                <UnorderedListItem key={theme.id}>{theme.name}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </div>
      </div>
    </article>
  );
}
