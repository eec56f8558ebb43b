/**
 * The language a person reads notifications and e-mails in, as SQL over
 * `app_user u` and `organisation o`: their choice, else their identity
 * provider's locale, else their organisation's country (Flemish partners read
 * Dutch), else English.
 */
export const RECIPIENT_LANGUAGE = `coalesce(u.preferred_language::text, u.locale::text, CASE o.country WHEN 'DE' THEN 'de' WHEN 'NL' THEN 'nl' WHEN 'BE' THEN 'nl' ELSE 'en' END)`;
