import { useTranslation } from 'react-i18next';
import { Alert } from '@grensportaal/web-ui';
import { useUnavailable } from './availability';

/**
 * Says, while it is so, that the portal is briefly unavailable, that what the
 * user typed stays where it is, and that pages retry by themselves.
 */
export function UnavailableNotice() {
  const unavailable = useUnavailable();
  const { t } = useTranslation('common');
  return (
    <div role="status" aria-live="polite" className="gp-unavailable">
      {unavailable ? (
        <Alert type="warning">
          <strong>{t('unavailable.title')}</strong> {t('unavailable.text')}
        </Alert>
      ) : null}
    </div>
  );
}
