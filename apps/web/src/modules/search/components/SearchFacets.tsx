import { useTranslation } from 'react-i18next';
import { Fieldset, Heading } from '@grensportaal/web-ui';
import type { SearchFacetField, SearchQuery } from '@web/gql/graphql';
import { useAgendas } from '@web/modules/agenda/hooks/useAgendas';
import { useOrganisations } from '@web/modules/organisation/hooks/useOrganisations';

export type Facet = SearchQuery['search']['facets'][number];

/** The address parameter of each facet, in the order the facets are shown. */
export const FACET_KEYS: Record<SearchFacetField, string> = { KIND: 'kind', AGENDA: 'agenda', STATUS: 'status', THEME: 'theme', TYPE: 'type', ORGANISATION: 'org' };

const STATUS_NAMESPACES: Record<string, string> = { BOTTLENECK: 'register:bottleneckStatus', ACTION: 'register:actionStatus', QUESTION: 'register:assignmentStatus', ANSWER: 'assignment:review' };

/** What a facet value is called in the interface language. */
function useFacetLabel() {
  const { t } = useTranslation(['search', 'register', 'assignment']);
  const { agendas } = useAgendas();
  const organisations = useOrganisations({});
  return (facet: Facet): string => {
    switch (facet.field) {
      case 'KIND':
        return t(`search:kind.${facet.value}`);
      case 'AGENDA':
        return agendas.find((a) => a.id === facet.value)?.name ?? facet.value;
      case 'THEME':
        return agendas.flatMap((a) => a.themes).find((th) => th.id === facet.value)?.name ?? facet.value;
      case 'ORGANISATION':
        return organisations.data?.organisations.find((o) => o.id === facet.value)?.name ?? facet.value;
      case 'TYPE':
        return t(`register:bottleneckType.${facet.value}`);
      case 'STATUS': {
        const [kind, status] = facet.value.split(':');
        return `${t(`search:kind.${kind}`)}: ${t(`${STATUS_NAMESPACES[kind]}.${status}`)}`;
      }
    }
  };
}

interface Props {
  facets: Facet[];
  /** The values chosen per address parameter. */
  chosen: (key: string) => string[];
  onToggle: (key: string, value: string, on: boolean) => void;
}

/** Check boxes per facet with their counts; choosing one narrows the results at once (the page does not change). */
export function SearchFacets({ facets, chosen, onToggle }: Props) {
  const { t } = useTranslation('search');
  const label = useFacetLabel();
  const fields = (Object.keys(FACET_KEYS) as SearchFacetField[]).filter((field) => facets.some((f) => f.field === field));
  if (!fields.length) return null;
  return (
    <section aria-labelledby="search-facets" className="gp-search-facets">
      <Heading level={2} id="search-facets">
        {t('facets.heading')}
      </Heading>
      {fields.map((field) => {
        const key = FACET_KEYS[field];
        return (
          <Fieldset key={field} legend={t(`facets.${field}`)}>
            {facets
              .filter((f) => f.field === field)
              .map((f) => {
                const id = `facet-${key}-${f.value.replace(/[^A-Za-z0-9-]/g, '-')}`;
                return (
                  <div key={f.value} className="utrecht-form-field utrecht-form-field--checkbox gp-choice">
                    <input id={id} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={chosen(key).includes(f.value)} onChange={(e) => onToggle(key, f.value, e.target.checked)} />
                    <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
                      {t('facets.value', { label: label(f), count: f.count })}
                    </label>
                  </div>
                );
              })}
          </Fieldset>
        );
      })}
    </section>
  );
}
