import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { Page, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useAuth } from 'react-oidc-context';
import { UserMenu } from './auth/UserMenu';
import { LanguageSwitch } from './LanguageSwitch';

/** The shell of every page: skip link, header with language switch, main landmark, footer. */
export function Layout() {
  const { t } = useTranslation('common');
  const auth = useAuth();
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

  return (
    <>
      <SkipLink href="#main">{t('skipLink')}</SkipLink>
      <Page className="gp-page">
        <PageHeader className="gp-header">
          <div className="gp-header__bar">
            <NavLink to="/" className="gp-brand">
              <span className="gp-brand__name">{t('app.name')}</span>
              <span className="gp-brand__tagline">{t('app.tagline')}</span>
            </NavLink>
            <div className="gp-header__tools">
              <LanguageSwitch />
              <UserMenu />
            </div>
          </div>
          {auth.isAuthenticated ? (
            <nav className="gp-nav" aria-label={t('nav.label')}>
              <ul className="gp-nav__list">
                <li>
                  <NavLink to="/agendas" className="gp-nav__link">
                    {t('nav.agendas')}
                  </NavLink>
                </li>
              </ul>
            </nav>
          ) : null}
        </PageHeader>
        <PageContent className="gp-content">
          <main id="main" ref={main} tabIndex={-1} className="gp-main">
            <Outlet />
          </main>
        </PageContent>
        <PageFooter className="gp-footer">
          <div className="gp-footer__content">
            <Paragraph>{t('footer.text')}</Paragraph>
          </div>
        </PageFooter>
      </Page>
    </>
  );
}
