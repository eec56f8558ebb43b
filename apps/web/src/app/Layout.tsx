import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useAuth } from '@web/app/auth/AuthProvider';
import { paths } from '@grensportaal/shared-domain';
import { useMe } from '@web/modules/user/hooks/useMe';
import { NotificationBell } from '@web/modules/notification/components/NotificationBell';
import { HeaderSearch } from '@web/modules/search/components/HeaderSearch';
import { UserMenu } from './auth/UserMenu';
import { rolesOfToken, storedAccessToken } from './auth/session';
import { UnavailableNotice } from './availability/UnavailableNotice';
import { FeedbackProvider, FeedbackRegion } from './feedback/FeedbackProvider';
import { LanguageSwitch } from './LanguageSwitch';
import { Shell } from './Shell';

/** The workplace's frame: the shell with bell, who is signed in, the navigation row and search, feedback and the notice when the API is away. */
export function Layout() {
  const { t } = useTranslation('common');
  const auth = useAuth();
  const me = useMe();

  // Laid out for the kept session from the first paint (the library loads it a tick later): no row appears under the reader.
  const token = auth.user?.access_token ?? (auth.isLoading ? storedAccessToken() : null);
  const signedIn = auth.isAuthenticated || (auth.isLoading && token !== null);
  const roles = me?.roles ?? rolesOfToken(token);
  const mayLog = roles.some((r) => r === 'partner' || r === 'secretariat');
  const navigation = signedIn ? (
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
  ) : null;
  return (
    <FeedbackProvider>
      <Shell
        tools={
          <>
            <LanguageSwitch />
            <NotificationBell />
            <UserMenu />
          </>
        }
        navigation={navigation}
      >
        <UnavailableNotice />
        <FeedbackRegion />
        <Outlet />
      </Shell>
    </FeedbackProvider>
  );
}
