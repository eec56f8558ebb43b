import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Button, TextInput } from '@grensportaal/web-ui';
import { paths, ROUTES, SEARCH_LIMITS } from '@grensportaal/shared-domain';

/** Whether a key press belongs to something the user is typing in (then `/` is just a slash). */
function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)));
}

/**
 * The search box of every page: `/` anywhere (outside a text field) puts
 * the cursor in it; searching opens the results page with the query in the
 * address. On the results page it shows that page's query.
 */
export function HeaderSearch() {
  const { t } = useTranslation('search');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const current = location.pathname === ROUTES.search ? (params.get('q') ?? '') : '';
  const [query, setQuery] = useState(current);
  // Follow the results page's query, but never overwrite what someone is typing in the box.
  useEffect(() => {
    if (document.activeElement !== input.current) setQuery(current);
  }, [current]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim()) void navigate(paths.search({ q: query.trim() }));
    else input.current?.focus();
  };

  return (
    <form role="search" className="gp-header-search" aria-label={t('box.label')} onSubmit={submit}>
      <label htmlFor={id} className="gp-visually-hidden">
        {t('box.label')}
      </label>
      <TextInput
        ref={input}
        id={id}
        type="search"
        name="q"
        value={query}
        maxLength={SEARCH_LIMITS.queryLength}
        onChange={(e) => setQuery(e.target.value)}
        aria-keyshortcuts="/"
        aria-describedby={`${id}-shortcut`}
        enterKeyHint="search"
        autoComplete="off"
        className="gp-header-search__input"
      />
      <span id={`${id}-shortcut`} className="gp-visually-hidden">
        {t('box.shortcut')}
      </span>
      <Button type="submit">{t('box.submit')}</Button>
    </form>
  );
}
