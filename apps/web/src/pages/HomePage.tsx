import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Heading, LoadingState, Paragraph } from '@grensportaal/web-ui';
import { paths } from '@grensportaal/shared-domain';
import { usePageTitle } from '@web/app/usePageTitle';
import { CommissionerWork } from '@web/modules/home/components/CommissionerWork';
import { MinistryWork } from '@web/modules/home/components/MinistryWork';
import { PartnerWork } from '@web/modules/home/components/PartnerWork';
import { SecretariatWork } from '@web/modules/home/components/SecretariatWork';
import { WorkSections } from '@web/modules/home/components/WorkSection';
import { useMe } from '@web/modules/user/hooks/useMe';

/** The first screen after sign-in: each person's own work, by role. */
export function HomePage() {
  const { t } = useTranslation(['home', 'common']);
  usePageTitle(t('home:title'));
  const me = useMe();
  if (!me) return <LoadingState label={t('common:state.loading')} />;
  const organisation = me.organisation;
  const roles = me.roles;
  const work = [
    roles.includes('secretariat') ? <SecretariatWork key="secretariat" /> : null,
    roles.includes('commissioner') && organisation ? <CommissionerWork key="commissioner" organisationCode={organisation.code} /> : null,
    roles.includes('department') && organisation ? <MinistryWork key="ministry" organisation={organisation} /> : null,
    roles.includes('partner') && organisation ? <PartnerWork key="partner" organisation={organisation} /> : null,
  ].filter(Boolean);
  return (
    <>
      <Heading level={1}>{t('home:title')}</Heading>
      <Paragraph lead>{t('home:welcome', { name: me.name, organisation: organisation?.name ?? '' })}</Paragraph>
      {work.length ? <WorkSections>{work}</WorkSections> : null}
      {roles.length === 0 || (roles.length === 1 && roles[0] === 'admin') ? (
        <Paragraph>
          {t('home:nothing')}{' '}
          <Link to={paths.agendas()} className="utrecht-link">
            {t('home:toAgendas')}
          </Link>
        </Paragraph>
      ) : null}
    </>
  );
}
