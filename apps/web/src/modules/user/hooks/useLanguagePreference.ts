import { useEffect, useLayoutEffect, useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@grensportaal/shared-domain';
import { SetMyLanguageMutation } from '../graphql/set-my-language.mutation';
import { useMe } from './useMe';

/**
 * The language a signed-in user chose follows them to every device: after
 * sign-in the stored choice is applied, and a new choice is stored. Each
 * language's strings load on demand, so the page is marked `aria-busy` until
 * the chosen one is shown (set in a layout effect: before anything can read
 * the page in the language it is leaving).
 */
export function useLanguagePreference(): void {
  const me = useMe();
  const { i18n } = useTranslation();
  const [save] = useMutation(SetMyLanguageMutation);
  const applied = useRef<string | null>(null);

  useLayoutEffect(() => {
    if (!me || applied.current === me.id) return;
    applied.current = me.id;
    if (me.language && me.language !== i18n.language) {
      const root = document.documentElement;
      root.setAttribute('aria-busy', 'true');
      void i18n.changeLanguage(me.language).finally(() => root.removeAttribute('aria-busy'));
    } else if (!me.language && isLanguage(i18n.language)) void save({ variables: { language: i18n.language } }).catch(() => undefined);
  }, [me, i18n, save]);

  useEffect(() => {
    if (!me) return;
    const onChange = (language: string) => {
      if (isLanguage(language) && language !== me.language) void save({ variables: { language } }).catch(() => undefined);
    };
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [me, i18n, save]);
}
