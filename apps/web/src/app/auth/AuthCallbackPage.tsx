import { useAuth } from '@web/app/auth/AuthProvider';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@grensportaal/web-ui';

/** Shown while the sign-in response is exchanged for tokens (the provider then navigates on). */
export function AuthCallbackPage() {
  const auth = useAuth();
  const { t } = useTranslation(['auth', 'common']);
  if (auth.error) {
    return (
      <>
        <ErrorState title={t('auth:error.title')} message={t('auth:error.body')} />
        <Link to="/" className="utrecht-link">
          {t('common:notFound.home')}
        </Link>
      </>
    );
  }
  return <LoadingState label={t('auth:signingIn')} />;
}
