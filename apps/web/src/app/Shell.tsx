import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { Paragraph } from '@grensportaal/web-ui';
import { AboutLinks } from './AboutLinks';

interface ShellProps {
  /** Language switch, bell, who is signed in: the right of the header bar. */
  tools: ReactNode;
  /** The row of navigation under the bar, for a signed-in person. */
  navigation?: ReactNode;
  /** The page, inside the main landmark. */
  children: ReactNode;
}

/**
 * The frame of every page, for visitors and the workplace alike: skip link,
 * header, main landmark that takes the focus after a client-side navigation
 * (keyboard and screen-reader users start reading at the new page, as after a
 * page load), footer with who runs the service and the statements.
 */
export function Shell({ tools, navigation, children }: ShellProps) {
  const { t } = useTranslation('common');
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <>
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
            <div className="gp-header__tools">{tools}</div>
          </div>
          {navigation}
        </header>
        <div className="utrecht-page-content gp-content">
          <main id="main" ref={main} tabIndex={-1} className="gp-main">
            {children}
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
    </>
  );
}
