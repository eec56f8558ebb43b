import { useTranslation } from 'react-i18next';
import { Button } from '@grensportaal/web-ui';
import { useSession } from './session';

/** The way in, at the right of the header for anyone not signed in. */
export function SignInButton() {
  const { t } = useTranslation('auth');
  const session = useSession();
  return (
    <div className="gp-user-menu">
      <Button appearance="primary" onClick={() => session.signIn()}>
        {t('signIn')}
      </Button>
    </div>
  );
}
