import { useTranslation } from 'react-i18next';
import { useFormat } from '@web/app/format';
import type { HistoryFieldsFragment } from '@web/gql/graphql';
import { InLanguage } from '@web/modules/text/components/Localized';

/** Fields whose values are codes of a vocabulary, and where their labels are. */
const ENUM_FIELDS: Record<string, string> = {
  status: 'register:bottleneckStatus',
  outcome: 'register:bottleneckOutcome',
  type: 'register:bottleneckType',
  instrument: 'register:instrument',
  priority: 'register:priority',
  kind: 'borderEffects:consultationKind',
  testReport: 'borderEffects:testReport',
  effectDirection: 'borderEffects:effectDirection',
  affectedGroups: 'borderEffects:affectedGroup',
  neighbours: 'borderEffects:neighbour',
  mitigations: 'borderEffects:mitigation',
};

/** Every change, newest first: who, when, what kind of change, and each field from old to new. */
export function HistoryList({ entries }: { entries: HistoryFieldsFragment[] }) {
  const { t } = useTranslation(['history', 'register', 'borderEffects']);
  const format = useFormat();

  // The API names what a value refers to (a theme, an organisation, a person, a bottleneck) in the reader's language: `text`.
  const show = (field: string, raw: string | null | undefined, text: string | null | undefined): string => {
    if (text) return text;
    if (raw === null || raw === undefined) return t('history:empty');
    const value = JSON.parse(raw) as unknown;
    if (value === null || value === '') return t('history:empty');
    if (ENUM_FIELDS[field] && typeof value === 'string') return t(`${ENUM_FIELDS[field]}.${value}`);
    if (ENUM_FIELDS[field] && Array.isArray(value)) return value.length ? value.map((v) => t(`${ENUM_FIELDS[field]}.${String(v)}`)).join(', ') : t('history:empty');
    if (typeof value === 'boolean') return t(`history:${value ? 'yes' : 'no'}`);
    if (typeof value === 'object') return Object.values(value as Record<string, unknown>).join(' / ');
    return String(value);
  };

  if (entries.length === 0) return <p className="utrecht-paragraph">{t('history:none')}</p>;
  return (
    <ol className="gp-history">
      {entries.map((entry) => (
        <li key={entry.id} className="gp-history__entry">
          <p className="gp-history__what">
            <strong>{entry.transition ? t('history:transition', { transition: t(`register:transition.${entry.transition}`) }) : t(`history:kind.${entry.kind}`)}</strong>{' '}
            <span className="gp-muted">
              {t('history:by', { date: format.dateTime(entry.occurredAt), name: entry.actor?.name ?? t('history:system'), organisation: entry.organisation?.name ?? '' })}
            </span>
          </p>
          {entry.changes.length ? (
            <dl className="gp-history__changes">
              {entry.changes.map((c, i) => (
                <div key={`${c.field}-${i}`} className="gp-history__change">
                  <dt>
                    {t(`history:field.${c.field}`, { defaultValue: c.field })}
                  </dt>
                  <dd>
                    {c.from !== null && c.from !== undefined ? (
                      <>
                        <InLanguage as="del" language={c.language}>
                          {show(c.field, c.from, c.fromText)}
                        </InLanguage>
                        <span className="gp-history__arrow"> {t('history:becomes')} </span>
                      </>
                    ) : null}
                    <InLanguage as="ins" language={c.language}>
                      {show(c.field, c.to, c.toText)}
                    </InLanguage>
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
