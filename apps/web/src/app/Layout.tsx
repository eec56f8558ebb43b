import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useAuth } from 'react-oidc-context';
import { Paragraph } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { useMe } from '@web/modules/user/hooks/useMe';
import { NotificationBell } from '@web/modules/notification/components/NotificationBell';
import { HeaderSearch } from '@web/modules/search/components/HeaderSearch';
import { UserMenu } from './auth/UserMenu';
import { rolesOfToken, storedAccessToken } from './auth/user-manager';
import { UnavailableNotice } from './availability/UnavailableNotice';
import { FeedbackProvider, FeedbackRegion } from './feedback/FeedbackProvider';
import { AboutLinks } from './AboutLinks';
import { LanguageSwitch } from './LanguageSwitch';

/** The shell of every page: skip link, header with language switch and menu, main landmark with feedback, footer. */
export function Layout() {
  const { t } = useTranslation('common');
  const auth = useAuth();
  const me = useMe();
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new page so keyboard and
  // screen-reader users start reading at its content, as after a page load.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  // Laid out for the kept session from the first paint (the library loads it a tick later): no row appears under the reader.
  const token = auth.user?.access_token ?? (auth.isLoading ? storedAccessToken() : null);
  const signedIn = auth.isAuthenticated || (auth.isLoading && token !== null);
  const roles = me?.roles ?? rolesOfToken(token);
  const mayLog = roles.some((r) => r === 'partner' || r === 'secretariat');
  return (
    <FeedbackProvider>
      <a href="#main" className="utrecht-skip-link utrecht-skip-link--visible-on-focus">
        {t('skipLink')}
      </a>
      <div className="utrecht-page gp-page">
        <header className="utrecht-page-header gp-header">
          <div className="gp-header__bar">
            <NavLink to="/" className="gp-brand">
              <span className="gp-brand__name">{t('app.name')}</span>
              <span className="gp-brand__tagline">{t('app.tagline')}</span>
            </NavLink>
            <div className="gp-header__tools">
              <LanguageSwitch />
              <NotificationBell />
              <UserMenu />
            </div>
          </div>
          {signedIn ? (
            <div className="gp-nav-row">
            <nav className="gp-nav" aria-label={t('nav.label')}>
              <ul className="gp-nav__list">
                <li>
                  <NavLink to={paths.home()} className="gp-nav__link">
                    {t('nav.home')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.agendas()} className="gp-nav__link">
                    {t('nav.agendas')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.bottlenecks()} end className="gp-nav__link">
                    {t('nav.bottlenecks')}
                  </NavLink>
                </li>
                {mayLog ? (
                  <li>
                    <NavLink to={paths.newBottleneck()} className="gp-nav__link">
                      {t('nav.logBottleneck')}
                    </NavLink>
                  </li>
                ) : null}
                {mayLog ? (
                  <li>
                    <NavLink to={paths.importSheet()} className="gp-nav__link">
                      {t('nav.import')}
                    </NavLink>
                  </li>
                ) : null}
                <li>
                  <NavLink to={paths.reports()} className="gp-nav__link">
                    {t('nav.reports')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.dashboard()} className="gp-nav__link">
                    {t('nav.dashboard')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.borderEffects()} className="gp-nav__link">
                    {t('nav.borderEffects')}
                  </NavLink>
                </li>
              </ul>
            </nav>
            <HeaderSearch />
            </div>
          ) : null}
        </header>
        <div className="utrecht-page-content gp-content">
          <main id="main" ref={main} tabIndex={-1} className="gp-main">
            <UnavailableNotice />
            <FeedbackRegion />
            <Outlet />
          </main>
        </div>
        <footer className="utrecht-page-footer gp-footer">
          <div className="gp-footer__content">
            <div className="gp-footer__about">
              <p className="gp-footer__name">{t('app.name')}</p>
              <Paragraph>{t('about:purpose')}</Paragraph>
              <Paragraph>{t('about:operator')}</Paragraph>
            </div>
            <nav className="gp-footer__links" aria-label={t('footer.label')}>
              <AboutLinks />
            </nav>
          </div>
        </footer>
      </div>
    </FeedbackProvider>
  );
}
