import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@grensportaal/shared-domain';
import { Heading, Paragraph } from '@grensportaal/web-ui';

/** An agenda that does not exist or that the reader may not see (the two are not told apart), with the way back to the list. */
export function AgendaNotFound() {
  const { t } = useTranslation('agenda');
  return (
    <>
      <Heading level={1}>{t('agenda:overview.notFound')}</Heading>
      <Paragraph>
        <Link to={paths.agendas()} className="utrecht-link">
          {t('agenda:overview.back')}
        </Link>
      </Paragraph>
    </>
  );
}
