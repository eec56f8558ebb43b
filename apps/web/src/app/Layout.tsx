import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useAuth } from '@web/app/auth/AuthProvider';
import { paths } from '@grensportaal/shared-domain';
import { useMe } from '@web/modules/user/hooks/useMe';
import { NotificationBell } from '@web/modules/notification/components/NotificationBell';
import { HeaderSearch } from '@web/modules/search/components/HeaderSearch';
import { UserMenu } from './auth/UserMenu';
import { rolesOfToken } from './auth/session';
import { UnavailableNotice } from './availability/UnavailableNotice';
import { FeedbackProvider, FeedbackRegion } from './feedback/FeedbackProvider';
import { LanguageSwitch } from './LanguageSwitch';
import { Shell } from './Shell';

/** The workplace's frame: the shell with bell, who is signed in, the navigation row and search, feedback and the notice when the API is away. */
export function Layout() {
  const { t } = useTranslation('common');
  const auth = useAuth();
  const me = useMe();

  // Laid out for the kept session from the first paint (the session starts from it): no row appears under the reader.
  const token = auth.user?.access_token ?? null;
  const signedIn = auth.isAuthenticated || (auth.isLoading && token !== null);
  const roles = me?.roles ?? rolesOfToken(token);
  const mayLog = roles.some((r) => r === 'partner' || r === 'secretariat');
  const links = [
    { to: paths.home(), label: t('nav.home') },
    { to: paths.agendas(), label: t('nav.agendas') },
    { to: paths.bottlenecks(), label: t('nav.bottlenecks'), end: true },
    ...(mayLog ? [{ to: paths.newBottleneck(), label: t('nav.logBottleneck') }, { to: paths.importSheet(), label: t('nav.import') }] : []),
    { to: paths.reports(), label: t('nav.reports') },
    { to: paths.dashboard(), label: t('nav.dashboard') },
    { to: paths.borderEffects(), label: t('nav.borderEffects') },
  ];
  const navigation = signedIn ? (
    <div className="gp-nav-row">
      <nav className="gp-nav" aria-label={t('nav.label')}>
        <ul className="gp-nav__list">
          {links.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} end={link.end} className="gp-nav__link">
                {link.label}
              </NavLink>
            </li>
          ))}
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
