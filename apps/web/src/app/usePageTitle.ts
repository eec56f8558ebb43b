import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title ("Agendas – Grensportaal") in the interface language. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation('common');
  useEffect(() => {
    document.title = t('pageTitle', { page });
  }, [page, t]);
}
