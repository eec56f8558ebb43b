import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ABOUT_TOPICS, paths } from '@grensportaal/shared-domain';

/** Contact, privacy statement and accessibility statement, as links. */
export function AboutLinks() {
  const { t } = useTranslation('about');
  return (
    <ul className="gp-about-links">
      {ABOUT_TOPICS.map((topic) => (
        <li key={topic}>
          <Link to={paths.about(topic)} className="utrecht-link">
            {t(`nav.${topic}`)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
