import type { i18n } from 'i18next';
import { ErrorState } from '@grensportaal/web-ui';

/** When even the settings cannot be loaded: a translated explanation and a retry, never a blank page. */
export function StartupError({ i18n }: { i18n: i18n }) {
  const t = i18n.getFixedT(i18n.language);
  return (
    <main className="gp-main" id="main">
      <ErrorState title={t('auth:error.title')} message={t('auth:error.config')} retryLabel={t('common:state.retry')} onRetry={() => window.location.reload()} />
    </main>
  );
}
