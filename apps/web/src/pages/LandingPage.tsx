import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Heading, Paragraph } from '@grensportaal/web-ui';
import { useSignIn } from '@web/app/auth/useSignIn';
import { HOME_PATH } from '@web/app/auth/user-manager';
import { usePageTitle } from '@web/app/usePageTitle';

/** The one public page: what Grensportaal is, and the way in. */
export function LandingPage() {
  const { t } = useTranslation('auth');
  const auth = useAuth();
  const signIn = useSignIn();
  usePageTitle(t('landing.title'));
  return (
    <>
      <Heading level={1}>{t('landing.title')}</Heading>
      <Paragraph lead>{t('landing.lead')}</Paragraph>
      <Paragraph>{t('landing.body')}</Paragraph>
      {auth.isAuthenticated ? (
        <Paragraph>
          <Link to={HOME_PATH} className="utrecht-link">
            {t('landing.continue')}
          </Link>
        </Paragraph>
      ) : (
        <>
          <Paragraph>{t('landing.signInHint')}</Paragraph>
          <Button appearance="primary" onClick={() => void signIn()}>
            {t('signIn')}
          </Button>
        </>
      )}
    </>
  );
}
