import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Heading, Paragraph } from '@grensportaal/web-ui';
import { AboutLinks } from '@web/app/AboutLinks';
import { HOME_PATH, useSession } from '@web/app/auth/session';
import { usePageTitle } from '@web/app/usePageTitle';

const WHAT = ['whatLog', 'whatFollow', 'whatAnswer', 'whatLanguages'] as const;
const AGENDAS = ['agendaNrw', 'agendaNds', 'agendaVl'] as const;

/** The front door: what Grensportaal is for, which agendas it keeps, who runs it, the way in, and the statements. */
export function LandingPage() {
  const { t } = useTranslation(['auth', 'about']);
  const session = useSession();
  usePageTitle(t('landing.title'));
  return (
    <div className="gp-landing">
      <div className="gp-landing__intro">
        <Heading level={1}>{t('landing.title')}</Heading>
        <Paragraph lead>{t('landing.lead')}</Paragraph>
        <Paragraph>{t('landing.body')}</Paragraph>
      </div>
      <section className="gp-card gp-landing__signin" aria-labelledby="landing-signin">
        <Heading level={2} id="landing-signin">
          {t('landing.signInTitle')}
        </Heading>
        {session.signedIn ? (
          <Paragraph>
            <Link to={HOME_PATH} className="utrecht-link">
              {t('landing.continue')}
            </Link>
          </Paragraph>
        ) : (
          <>
            <Paragraph>{t('landing.signInHint')}</Paragraph>
            <Button appearance="primary" onClick={() => session.signIn()}>
              {t('signIn')}
            </Button>
          </>
        )}
      </section>
      <LandingSection id="landing-what" title={t('landing.whatTitle')}>
        <LandingList items={WHAT.map((key) => t(`landing.${key}`))} />
      </LandingSection>
      <LandingSection id="landing-agendas" title={t('landing.agendasTitle')}>
        <LandingList items={AGENDAS.map((key) => t(`landing.${key}`))} />
      </LandingSection>
      <LandingSection id="landing-who" title={t('landing.whoTitle')}>
        <Paragraph>{t('about:operator')}</Paragraph>
        <AboutLinks />
      </LandingSection>
    </div>
  );
}

function LandingSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="gp-landing__section" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function LandingList({ items }: { items: string[] }) {
  return (
    <ul className="gp-landing__list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
