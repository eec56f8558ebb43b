import { useAuth } from '@web/app/auth/AuthProvider';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Button } from '@grensportaal/web-ui';
import { useLanguagePreference } from '@web/modules/user/hooks/useLanguagePreference';
import { useMe } from '@web/modules/user/hooks/useMe';
import { CALLBACK_PATH } from './session';
import { SignInButton } from './SignInButton';
import { useSignOut } from './useSignOut';

/** Who is signed in (name and organisation) with sign-out; or the sign-in button. */
export function UserMenu() {
  const auth = useAuth();
  const me = useMe();
  const signOut = useSignOut();
  const location = useLocation();
  const { t } = useTranslation('auth');
  useLanguagePreference();

  if (auth.isAuthenticated) {
    const name = me?.name ?? auth.user?.profile.name ?? '';
    return (
      <div className="gp-user-menu">
        <p className="gp-user-menu__who">
          <span className="gp-visually-hidden">{t('userMenu', { name })}</span>
          <span aria-hidden="true" className="gp-user-menu__name">
            {name}
          </span>
          {me?.organisation ? <span className="gp-user-menu__organisation">{me.organisation.name}</span> : null}
        </p>
        <Button appearance="secondary" onClick={() => void signOut()}>
          {t('signOut')}
        </Button>
      </div>
    );
  }
  if (location.pathname === CALLBACK_PATH || auth.isLoading) return null;
  return <SignInButton />;
}
