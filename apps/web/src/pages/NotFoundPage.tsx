import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { usePageTitle } from '@web/app/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  usePageTitle(t('notFound.title'));
  return (
    <>
      <Heading1>{t('notFound.title')}</Heading1>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <Link to="/" className="utrecht-link">
          {t('notFound.home')}
        </Link>
      </Paragraph>
    </>
  );
}
