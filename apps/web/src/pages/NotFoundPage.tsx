import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Heading, Paragraph } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { usePageTitle } from '@web/app/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  usePageTitle(t('notFound.title'));
  return (
    <>
      <Heading level={1}>{t('notFound.title')}</Heading>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <Link to={paths.home()} className="utrecht-link">
          {t('notFound.home')}
        </Link>
      </Paragraph>
    </>
  );
}
