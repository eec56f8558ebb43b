import deAgenda from '../locales/de/agenda.json';
import deAuth from '../locales/de/auth.json';
import deCommon from '../locales/de/common.json';
import deDevIdp from '../locales/de/devIdp.json';
import deErrors from '../locales/de/errors.json';
import deOrganisation from '../locales/de/organisation.json';
import deRegister from '../locales/de/register.json';
import enAgenda from '../locales/en/agenda.json';
import enAuth from '../locales/en/auth.json';
import enCommon from '../locales/en/common.json';
import enDevIdp from '../locales/en/devIdp.json';
import enErrors from '../locales/en/errors.json';
import enOrganisation from '../locales/en/organisation.json';
import enRegister from '../locales/en/register.json';
import nlAgenda from '../locales/nl/agenda.json';
import nlAuth from '../locales/nl/auth.json';
import nlCommon from '../locales/nl/common.json';
import nlDevIdp from '../locales/nl/devIdp.json';
import nlErrors from '../locales/nl/errors.json';
import nlOrganisation from '../locales/nl/organisation.json';
import nlRegister from '../locales/nl/register.json';

/**
 * Every user-visible string of Grensportaal, per language and namespace (one
 * namespace per feature). The API (errors, e-mails) and the web app read the
 * same files, so a text is translated once.
 */
export const resources = {
  nl: { common: nlCommon, auth: nlAuth, agenda: nlAgenda, organisation: nlOrganisation, register: nlRegister, errors: nlErrors, devIdp: nlDevIdp },
  de: { common: deCommon, auth: deAuth, agenda: deAgenda, organisation: deOrganisation, register: deRegister, errors: deErrors, devIdp: deDevIdp },
  en: { common: enCommon, auth: enAuth, agenda: enAgenda, organisation: enOrganisation, register: enRegister, errors: enErrors, devIdp: enDevIdp },
} as const;

export type Namespace = keyof (typeof resources)['en'];

export const NAMESPACES = Object.keys(resources.en) as Namespace[];
