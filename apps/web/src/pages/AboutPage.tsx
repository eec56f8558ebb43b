import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert, Heading, Paragraph } from '@grensportaal/web-ui';
import { ABOUT_TOPICS, type AboutTopic } from '@grensportaal/shared-domain';
import { AboutLinks } from '@web/app/AboutLinks';
import { usePageTitle } from '@web/app/usePageTitle';

/** The sections of each statement, in the order a reader expects them. */
const SECTIONS: Record<Exclude<AboutTopic, 'contact'>, string[]> = {
  privacy: ['controller', 'data', 'purpose', 'basis', 'retention', 'rights'],
  accessibility: ['status', 'tested', 'limitations', 'feedback'],
};

const isTopic = (value: string | undefined): value is AboutTopic => ABOUT_TOPICS.includes(value as AboutTopic);

/**
 * The public pages about the service: contact, privacy statement and
 * accessibility statement (toegankelijkheidsverklaring). Their texts are the
 * operator's to fill; until then each says it is a placeholder.
 */
export function AboutPage() {
  const { t } = useTranslation('about');
  const { topic } = useParams();
  const known = isTopic(topic) ? topic : null;
  usePageTitle(known ? t(`${known}.title`) : t('nav.label'));
  if (!known) {
    return (
      <>
        <Heading level={1}>{t('nav.label')}</Heading>
        <Paragraph>{t('notFound')}</Paragraph>
        <AboutLinks />
      </>
    );
  }
  return (
    <article className="gp-about">
      <Heading level={1}>{t(`${known}.title`)}</Heading>
      <Alert type="info" className="gp-placeholder">
        {t('placeholder')}
      </Alert>
      <Paragraph lead>{t(`${known}.intro`)}</Paragraph>
      {known === 'contact' ? (
        <>
          <Paragraph>{t('contact.secretariat')}</Paragraph>
          <dl className="gp-facts">
            <div>
              <dt>{t('contact.email')}</dt>
              <dd>
                <a className="utrecht-link" href={`mailto:${t('contact.emailValue')}`}>
                  {t('contact.emailValue')}
                </a>
              </dd>
            </div>
            <div>
              <dt>{t('contact.phone')}</dt>
              <dd>{t('contact.phoneValue')}</dd>
            </div>
            <div>
              <dt>{t('contact.post')}</dt>
              <dd>{t('contact.postValue')}</dd>
            </div>
          </dl>
          <Paragraph>{t('contact.security')}</Paragraph>
        </>
      ) : (
        <>
          {SECTIONS[known].map((section) => (
            <section key={section} aria-labelledby={`about-${section}`}>
              <Heading level={2} id={`about-${section}`}>
                {t(`${known}.${section}Title`)}
              </Heading>
              <Paragraph>{t(`${known}.${section}`)}</Paragraph>
            </section>
          ))}
          {known === 'accessibility' ? <Paragraph>{t('accessibility.date')}</Paragraph> : null}
        </>
      )}
    </article>
  );
}
