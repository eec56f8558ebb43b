import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@grensportaal/web-ui';
import { LANGUAGES } from '@grensportaal/shared-domain';

/**
 * Nederlands · Deutsch · English. Each option is written in its own language
 * (and marked with `lang`), so a reader finds theirs whatever is shown now.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const labelId = useId();
  return (
    <div className="gp-language-switch" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="gp-visually-hidden">
        {t('language.label')}
      </span>
      {LANGUAGES.map((language) => {
        const current = i18n.language === language;
        return (
          <Button
            key={language}
            appearance="subtle"
            lang={language}
            aria-pressed={current}
            className={current ? 'gp-language-switch__option gp-language-switch__option--current' : 'gp-language-switch__option'}
            onClick={() => void i18n.changeLanguage(language)}
          >
            {t(`language.names.${language}`)}
          </Button>
        );
      })}
    </div>
  );
}
