import { useTranslation } from 'react-i18next';
import { LoadingState } from '@grensportaal/web-ui';

/** Shown while the code of the first page is still arriving. */
export function RouteLoading() {
  const { t } = useTranslation('common');
  return <LoadingState label={t('state.loading')} />;
}
