import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@grensportaal/shared-domain';
import { Heading } from '@grensportaal/web-ui';
import { Localized } from '@web/modules/text/components/Localized';
import type { BottleneckDetail } from '@web/modules/bottleneck/hooks/useBottleneck';

/** The bottleneck's long texts and its links to other bottlenecks. */
export function DetailsTab({ bottleneck }: { bottleneck: BottleneckDetail }) {
  const { t } = useTranslation(['bottleneck', 'register']);
  return (
    <>
      {(['description', 'whyToSolve', 'impact'] as const).map((field) =>
        bottleneck[field] ? (
          <section key={field} aria-labelledby={`${field}-heading`} className="gp-text-block">
            <Heading level={2} id={`${field}-heading`}>
              {t(`bottleneck:fields.${field}`)}
            </Heading>
            <Localized value={bottleneck[field]} multiline />
          </section>
        ) : null,
      )}
      {bottleneck.links.length ? (
        <section aria-labelledby="links-heading">
          <Heading level={2} id="links-heading">
            {t('bottleneck:links')}
          </Heading>
          <ul className="utrecht-unordered-list">
            {bottleneck.links.map((l) => (
              <li key={l.id} className="utrecht-unordered-list__item">
                {t(`register:linkType.${l.type}`)}:{' '}
                <Link to={paths.bottleneck(l.bottleneck.reference)} className="utrecht-link">
                  {l.bottleneck.reference}
                </Link>{' '}
                <Localized value={l.bottleneck.title} compact />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
