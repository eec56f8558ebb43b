import i18next, { TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, Language, LANGUAGES, negotiateLanguage, ROLES } from '@grensportaal/shared-domain';
import { NAMESPACES, resources } from '@grensportaal/shared-i18n';
import { RealmUser } from './realm';

const i18n = i18next.createInstance();
void i18n.init({ resources, ns: NAMESPACES, defaultNS: 'devIdp', lng: DEFAULT_LANGUAGE, fallbackLng: DEFAULT_LANGUAGE, initAsync: false, interpolation: { escapeValue: false } });

export function translator(language: Language): TFunction {
  return i18n.getFixedT(language, 'devIdp');
}

/** ?lang= wins, then the client's ui_locales, then the browser's Accept-Language. */
export function pageLanguage(query: unknown, uiLocales: unknown, acceptLanguage: string | undefined): Language {
  if (typeof query === 'string' && (LANGUAGES as readonly string[]).includes(query)) return query as Language;
  if (typeof uiLocales === 'string' && uiLocales.trim()) return negotiateLanguage(uiLocales.split(' ').join(','), negotiateLanguage(acceptLanguage));
  return negotiateLanguage(acceptLanguage);
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const STYLE = `
  :root { color-scheme: light; font-family: 'Segoe UI', 'Noto Sans', Arial, sans-serif; color: #1a1a1a; }
  body { margin: 0; background: #f5f7fa; }
  header { background: #154273; color: #fff; padding: 1rem 1.5rem; display: flex; justify-content: space-between; align-items: center; flex-wrap: wrap; gap: 1rem; }
  header a { color: #fff; }
  main { max-width: 56rem; margin: 0 auto; padding: 2rem 1.5rem; }
  h1 { color: #0b2a4a; margin-top: 0; }
  .badge { background: #ffb612; color: #1a1a1a; padding: .15rem .5rem; border-radius: 4px; font-weight: 600; }
  ul.accounts { list-style: none; padding: 0; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr)); }
  button { font: inherit; width: 100%; text-align: start; padding: .75rem 1rem; border: 2px solid #154273; border-radius: 4px; background: #fff; color: #154273; cursor: pointer; }
  button:hover { background: #e6eef7; }
  button:focus-visible, a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
  .meta { display: block; color: #4a4a4a; font-size: .9rem; }
  nav ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
`;

function layout(language: Language, title: string, body: string, switchUrl?: (l: Language) => string): string {
  const t = translator(language);
  const common = i18n.getFixedT(language, 'common');
  const switcher = switchUrl
    ? `<nav aria-label="${escapeHtml(common('language.label'))}"><ul>${LANGUAGES.map(
        (l) => `<li><a href="${escapeHtml(switchUrl(l))}" lang="${l}"${l === language ? ' aria-current="true"' : ''}>${escapeHtml(common(`language.names.${l}`))}</a></li>`,
      ).join('')}</ul></nav>`
    : '';
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – Grensportaal</title><style>${STYLE}</style></head>
<body><header><span><strong>Grensportaal</strong> <span class="badge">${escapeHtml(t('environment'))}</span></span>${switcher}</header>
<main>${body}</main></body></html>`;
}

export function loginPage(language: Language, action: string, users: RealmUser[], switchUrl: (l: Language) => string): string {
  const t = translator(language);
  const common = i18n.getFixedT(language, 'common');
  const groups = ROLES.map((role) => ({ role, members: users.filter((u) => u.roles.includes(role)) })).filter((g) => g.members.length > 0);
  const sections = groups
    .map(
      ({ role, members }) => `<section aria-labelledby="role-${role}"><h2 id="role-${role}">${escapeHtml(common(`roles.${role}`))}</h2><ul class="accounts">${members
        .map(
          (u) => `<li><form method="post" action="${escapeHtml(action)}"><input type="hidden" name="username" value="${escapeHtml(u.username)}"><button type="submit">${escapeHtml(
            t('signInAs', { name: u.name }),
          )}<span class="meta">${escapeHtml(u.username)} · ${escapeHtml(t('organisation', { code: u.organisation ?? '—' }))}</span></button></form></li>`,
        )
        .join('')}</ul></section>`,
    )
    .join('');
  return layout(language, t('title'), `<h1>${escapeHtml(t('title'))}</h1><p>${escapeHtml(t('intro'))}</p>${sections}`, switchUrl);
}

export function logoutPage(language: Language, form: string): string {
  const t = translator(language);
  // The form oidc-provider builds carries the session's xsrf token; it is submitted at once, like Keycloak does with an id_token_hint.
  return layout(
    language,
    t('logout.title'),
    `<h1>${escapeHtml(t('logout.title'))}</h1><p>${escapeHtml(t('logout.body'))}</p>${form.replace('</form>', `<button type="submit" name="logout" value="yes">${escapeHtml(t('logout.button'))}</button></form>`)}<script>document.forms[0].requestSubmit(document.forms[0].querySelector('button'))</script>`,
  );
}

export function loggedOutPage(language: Language): string {
  const t = translator(language);
  return layout(language, t('loggedOut.title'), `<h1>${escapeHtml(t('loggedOut.title'))}</h1><p>${escapeHtml(t('loggedOut.body'))}</p>`);
}

export function errorPage(language: Language, detail: string): string {
  const t = translator(language);
  return layout(language, t('error.title'), `<h1>${escapeHtml(t('error.title'))}</h1><p>${escapeHtml(t('error.body', { detail }))}</p>`);
}
