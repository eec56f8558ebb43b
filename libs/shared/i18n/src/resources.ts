import deAgenda from '../locales/de/agenda.json';
import deCommon from '../locales/de/common.json';
import deErrors from '../locales/de/errors.json';
import deOrganisation from '../locales/de/organisation.json';
import enAgenda from '../locales/en/agenda.json';
import enCommon from '../locales/en/common.json';
import enErrors from '../locales/en/errors.json';
import enOrganisation from '../locales/en/organisation.json';
import nlAgenda from '../locales/nl/agenda.json';
import nlCommon from '../locales/nl/common.json';
import nlErrors from '../locales/nl/errors.json';
import nlOrganisation from '../locales/nl/organisation.json';

/**
 * Every user-visible string of Grensportaal, per language and namespace (one
 * namespace per feature). The API (errors, e-mails) and the web app read the
 * same files, so a text is translated once.
 */
export const resources = {
  nl: { common: nlCommon, agenda: nlAgenda, organisation: nlOrganisation, errors: nlErrors },
  de: { common: deCommon, agenda: deAgenda, organisation: deOrganisation, errors: deErrors },
  en: { common: enCommon, agenda: enAgenda, organisation: enOrganisation, errors: enErrors },
} as const;

export type Namespace = keyof (typeof resources)['en'];

export const NAMESPACES = Object.keys(resources.en) as Namespace[];
