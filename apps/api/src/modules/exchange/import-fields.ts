import { ACTION_INSTRUMENTS, ACTION_STATUSES, BOTTLENECK_OUTCOMES, BOTTLENECK_STATUSES, BOTTLENECK_TYPES, LANGUAGES, PRIORITIES } from '@grensportaal/shared-domain';
import { resources } from '@grensportaal/shared-i18n';
import { Cell, cellText } from './import-sheet';

/** Kinds of values that are mapped from the sheet's words to the register's codes. */
export type ValueKind = 'status' | 'outcome' | 'type' | 'theme' | 'organisation' | 'actionStatus' | 'instrument' | 'priority' | 'language' | 'provenance' | 'flag';

/** Value kinds the user sees and corrects in the mapping step (the others are the export's own words). */
export const MAPPED_VALUE_KINDS: readonly ValueKind[] = ['status', 'outcome', 'type', 'theme', 'organisation', 'actionStatus', 'instrument', 'priority'];

export type FieldType = 'text' | 'longText' | 'date' | 'percent' | 'integer' | 'value' | 'list';

export interface ImportField {
  key: string;
  /** Inline action fields may hold several actions, one per line of the cell. */
  of: 'bottleneck' | 'action';
  type: FieldType;
  valueKind?: ValueKind;
  /** The heading key in the locale files (its nl, de and en texts are recognised). */
  heading: string;
  headingParams?: Record<string, string>;
  /** Further headings partners use, normalised. */
  synonyms?: string[];
}

const TEXT_FIELDS: Array<{ key: string; of: 'bottleneck' | 'action'; long: boolean }> = [
  { key: 'title', of: 'bottleneck', long: false },
  { key: 'description', of: 'bottleneck', long: true },
  { key: 'whyToSolve', of: 'bottleneck', long: true },
  { key: 'impact', of: 'bottleneck', long: true },
  { key: 'actionTitle', of: 'action', long: false },
  { key: 'actionDescription', of: 'action', long: true },
];

const BASE: ImportField[] = [
  { key: 'reference', of: 'bottleneck', type: 'text', heading: 'exchange:columns.reference', synonyms: ['referentie', 'kenmerk grensportaal', 'ref'] },
  { key: 'externalId', of: 'bottleneck', type: 'text', heading: 'exchange:columns.externalId', synonyms: ['nr', 'nummer', 'no', 'id', 'lfd nr', 'nr.', 'volgnummer', 'code', 'number'] },
  { key: 'title', of: 'bottleneck', type: 'text', heading: 'exchange:columns.title', synonyms: ['onderwerp', 'knelpunt', 'grensbelemmering', 'belemmering', 'betreff', 'bezeichnung', 'grenzhindernis', 'hindernis', 'subject', 'bottleneck', 'naam', 'name'] },
  { key: 'description', of: 'bottleneck', type: 'longText', heading: 'exchange:columns.description', synonyms: ['beschrijving', 'probleembeschrijving', 'probleem', 'sachverhalt', 'problem', 'problembeschreibung'] },
  { key: 'whyToSolve', of: 'bottleneck', type: 'longText', heading: 'exchange:columns.whyToSolve', synonyms: ['waarom oplossen', 'waarom', 'urgentie', 'belang', 'warum losen', 'warum', 'dringlichkeit', 'why solve', 'why', 'relevance', 'urgency'] },
  { key: 'impact', of: 'bottleneck', type: 'longText', heading: 'exchange:columns.impact', synonyms: ['effect', 'effecten', 'folgen', 'effects'] },
  { key: 'area', of: 'bottleneck', type: 'text', heading: 'exchange:columns.area', synonyms: ['regio', 'grensregio', 'grensgebied', 'grenzregion', 'location', 'locatie', 'ort'] },
  { key: 'theme', of: 'bottleneck', type: 'value', valueKind: 'theme', heading: 'exchange:columns.theme', synonyms: ['themen', 'topic', 'beleidsveld', 'themagroep', 'themenfeld'] },
  { key: 'type', of: 'bottleneck', type: 'value', valueKind: 'type', heading: 'exchange:columns.type', synonyms: ['soort', 'soort belemmering', 'type belemmering', 'categorie', 'art', 'kategorie', 'type', 'kind', 'category'] },
  { key: 'reporter', of: 'bottleneck', type: 'value', valueKind: 'organisation', heading: 'exchange:columns.reporter', synonyms: ['trekker', 'melder', 'ingediend door', 'organisatie', 'indiener', 'gemeld door', 'meldende stelle', 'eingereicht von', 'organisation', 'reported by', 'lead'] },
  { key: 'status', of: 'bottleneck', type: 'value', valueKind: 'status', heading: 'exchange:columns.status', synonyms: ['stand van zaken', 'stand', 'fase', 'sachstand', 'stand der dinge', 'state', 'stage'] },
  { key: 'outcome', of: 'bottleneck', type: 'value', valueKind: 'outcome', heading: 'exchange:columns.outcome', synonyms: ['resultaat', 'afloop', 'result'] },
  { key: 'reasons', of: 'bottleneck', type: 'longText', heading: 'exchange:columns.statusReason', synonyms: ['opmerkingen', 'opmerking', 'reden', 'toelichting status', 'bemerkungen', 'bemerkung', 'anmerkungen', 'remarks', 'reason', 'reasons', 'comments', 'notes'] },
  { key: 'expectedDurationMonths', of: 'bottleneck', type: 'integer', heading: 'exchange:columns.expectedDurationMonths', synonyms: ['verwachte duur', 'duur', 'looptijd', 'dauer', 'expected duration', 'duration'] },
  { key: 'bottlenecks', of: 'action', type: 'list', heading: 'exchange:columns.bottlenecks', synonyms: [] },
  { key: 'actionId', of: 'action', type: 'text', heading: 'exchange:columns.actionId', synonyms: ['actie id', 'action id'] },
  { key: 'actionTitle', of: 'action', type: 'text', heading: 'exchange:columns.actionTitle', synonyms: ['vervolgactie', 'vervolgacties', 'acties', 'oplossingsrichting', 'maatregel', 'massnahmen', 'losungsansatz', 'actions', 'follow up', 'next steps'] },
  { key: 'actionDescription', of: 'action', type: 'longText', heading: 'exchange:columns.actionDescription', synonyms: [] },
  { key: 'owner', of: 'action', type: 'value', valueKind: 'organisation', heading: 'exchange:columns.owner', synonyms: ['eigenaar actie', 'eigenaar', 'actiehouder', 'verantwoordelijk', 'federfuhrung', 'verantwortlich', 'zustandig', 'owner', 'action owner', 'responsible'] },
  { key: 'dueDate', of: 'action', type: 'date', heading: 'exchange:columns.dueDate', synonyms: ['termijn', 'einddatum', 'gereed op', 'uiterlijk', 'datum gereed', 'frist', 'termin', 'due', 'deadline'] },
  { key: 'actionStatus', of: 'action', type: 'value', valueKind: 'actionStatus', heading: 'exchange:columns.actionStatus', synonyms: ['status actie', 'status massnahme', 'action status'] },
  { key: 'actionProgress', of: 'action', type: 'percent', heading: 'exchange:columns.actionProgress', synonyms: ['voortgang', 'percentage gereed', 'fortschritt', 'progress', 'gereed'] },
  { key: 'instrument', of: 'action', type: 'value', valueKind: 'instrument', heading: 'exchange:columns.instrument', synonyms: [] },
  { key: 'priority', of: 'action', type: 'value', valueKind: 'priority', heading: 'exchange:columns.priority', synonyms: ['prio'] },
];

/** Per translatable text: its original language and, per language, the text, its provenance and whether it is outdated (as an export in all languages writes them). */
const LANGUAGE_FIELDS: ImportField[] = TEXT_FIELDS.flatMap(({ key, of, long }) => [
  { key: `${key}.sourceLanguage`, of, type: 'value' as const, valueKind: 'language' as const, heading: 'exchange:columns.sourceLanguage', headingParams: { field: key } },
  ...LANGUAGES.flatMap((language) => [
    { key: `${key}.${language}`, of, type: long ? ('longText' as const) : ('text' as const), heading: 'exchange:columns.inLanguage', headingParams: { field: key, language: language.toUpperCase() } },
    { key: `${key}.${language}.provenance`, of, type: 'value' as const, valueKind: 'provenance' as const, heading: 'exchange:columns.provenance', headingParams: { field: key, language: language.toUpperCase() } },
    { key: `${key}.${language}.outdated`, of, type: 'value' as const, valueKind: 'flag' as const, heading: 'exchange:columns.outdated', headingParams: { field: key, language: language.toUpperCase() } },
  ]),
]);

export const IMPORT_FIELDS: ImportField[] = [...BASE, ...LANGUAGE_FIELDS];
export const FIELD_BY_KEY = new Map(IMPORT_FIELDS.map((f) => [f.key, f]));

/** Lower case, without accents, punctuation or repeated spaces: "Waarom oplossen?" → "waarom oplossen". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

type Strings = Record<string, unknown>;
/** A locale string by its full key (`namespace:path`), in one language; null when there is none. */
export function lookup(language: keyof typeof resources, key: string): string | null {
  const [namespace, path] = key.split(':');
  let node: unknown = (resources[language] as unknown as Record<string, Strings>)[namespace];
  for (const part of path.split('.')) node = (node as Strings | undefined)?.[part];
  return typeof node === 'string' ? node : null;
}

/** A locale string with {{params}} filled in, in one language. */
function localised(language: keyof typeof resources, key: string, params: Record<string, string> = {}): string | null {
  const text = lookup(language, key);
  if (text === null) return null;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = params[name] ?? '';
    // A field parameter is itself a heading: the field's name in the same language.
    return name === 'field' ? (lookup(language, `exchange:columns.${value}`) ?? value) : value;
  });
}

/** Every heading (normalised) that names a field, in nl, de and en: the export's own headings and the synonyms. */
const HEADINGS: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const field of IMPORT_FIELDS) {
    for (const language of LANGUAGES) {
      const heading = localised(language, field.heading, field.headingParams);
      if (heading && !map.has(normalise(heading))) map.set(normalise(heading), field.key);
    }
  }
  for (const field of IMPORT_FIELDS) for (const synonym of field.synonyms ?? []) if (!map.has(normalise(synonym))) map.set(normalise(synonym), field.key);
  return map;
})();

/** The field a heading names, or null (not imported). */
export function fieldOfHeading(heading: string): string | null {
  return HEADINGS.get(normalise(heading)) ?? null;
}

/** The heading row: the first of the top rows in which at least three headings name a field. */
export function findHeaderRow(rows: Array<{ number: number; cells: Cell[] }>): number | null {
  for (const [i, row] of rows.slice(0, 30).entries()) {
    const known = new Set(row.cells.map((c) => fieldOfHeading(cellText(c))).filter(Boolean));
    if (known.size >= 3) return i;
  }
  return null;
}

// ------------------------------------------------------------------ values

const STATUS_WORDS: Record<string, string> = {
  nieuw: 'SUBMITTED', gemeld: 'SUBMITTED', ingediend: 'SUBMITTED', concept: 'DRAFT', 'in behandeling': 'IDENTIFICATION', 'in onderzoek': 'ANALYSIS', 'in analyse': 'ANALYSIS',
  'wacht op ministerie': 'ANALYSIS', 'wacht op departement': 'ANALYSIS', 'in advies': 'ADVICE', 'ter besluitvorming': 'DECISION', afgerond: 'CLOSED:SOLVED_ADMINISTRATIVE',
  opgelost: 'CLOSED:SOLVED_ADMINISTRATIVE', afgewezen: 'CLOSED:NO_OBSTACLE', 'geen belemmering': 'CLOSED:NO_OBSTACLE', ingetrokken: 'CLOSED:WITHDRAWN', 'niet oplosbaar': 'CLOSED:NOT_SOLVABLE',
  neu: 'SUBMITTED', gemeldet: 'SUBMITTED', 'in bearbeitung': 'IDENTIFICATION', 'in prufung': 'ANALYSIS', 'wartet auf ministerium': 'ANALYSIS', erledigt: 'CLOSED:SOLVED_ADMINISTRATIVE',
  gelost: 'CLOSED:SOLVED_ADMINISTRATIVE', abgelehnt: 'CLOSED:NO_OBSTACLE', zuruckgezogen: 'CLOSED:WITHDRAWN',
  new: 'SUBMITTED', reported: 'SUBMITTED', 'in progress': 'IDENTIFICATION', 'under analysis': 'ANALYSIS', done: 'CLOSED:SOLVED_ADMINISTRATIVE', solved: 'CLOSED:SOLVED_ADMINISTRATIVE', rejected: 'CLOSED:NO_OBSTACLE', withdrawn: 'CLOSED:WITHDRAWN',
};

const TYPE_WORDS: Record<string, string> = {
  wetgeving: 'LEGISLATION', 'wet en regelgeving': 'LEGISLATION', wet: 'LEGISLATION', regelgeving: 'ADMINISTRATIVE_RULE', 'lagere regelgeving': 'ADMINISTRATIVE_RULE', uitvoeringspraktijk: 'ADMINISTRATIVE_PRACTICE',
  uitvoering: 'ADMINISTRATIVE_PRACTICE', informatie: 'INFORMATION', infrastructuur: 'INFRASTRUCTURE', gesetzgebung: 'LEGISLATION', gesetz: 'LEGISLATION', verwaltungsvorschrift: 'ADMINISTRATIVE_RULE',
  verwaltungspraxis: 'ADMINISTRATIVE_PRACTICE', vollzug: 'ADMINISTRATIVE_PRACTICE', information: 'INFORMATION', infrastruktur: 'INFRASTRUCTURE', law: 'LEGISLATION', regulation: 'ADMINISTRATIVE_RULE', practice: 'ADMINISTRATIVE_PRACTICE',
};

/** Words that stand for an organisation in partners' sheets (beyond codes and names). */
const ORGANISATION_WORDS: Record<string, string> = { 'euregio rijn waal': 'ERW', 'euregio maas rijn': 'EMR', 'eems dollard regio': 'EDR', 'vlaamse overheid': 'VLA', bzk: 'BZK' };

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/^prov /, 'provincie '],
  [/^br /, 'bezirksregierung '],
  [/^gem /, 'gemeente '],
  [/^min /, 'ministerie '],
];

/** The register's words for each value kind, from the locale files (codes, and labels in nl, de and en). */
export function labelled(namespace: string, codes: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const code of codes) {
    map.set(normalise(code), code);
    for (const language of LANGUAGES) {
      const label = lookup(language, `${namespace}.${code}`);
      if (label) map.set(normalise(label), code);
    }
  }
  return map;
}

export const withWords = (map: Map<string, string>, words: Record<string, string>) => {
  for (const [word, code] of Object.entries(words)) if (!map.has(normalise(word))) map.set(normalise(word), code);
  return map;
};

const STATIC_VALUES: Partial<Record<ValueKind, Map<string, string>>> = {
  status: withWords(labelled('register:bottleneckStatus', BOTTLENECK_STATUSES), STATUS_WORDS),
  outcome: labelled('register:bottleneckOutcome', BOTTLENECK_OUTCOMES),
  type: withWords(labelled('register:bottleneckType', BOTTLENECK_TYPES), TYPE_WORDS),
  actionStatus: labelled('register:actionStatus', ACTION_STATUSES),
  instrument: labelled('register:instrument', ACTION_INSTRUMENTS),
  priority: labelled('register:priority', PRIORITIES),
  language: (() => {
    const map = new Map<string, string>();
    for (const code of LANGUAGES) {
      map.set(code, code);
      for (const language of LANGUAGES) for (const key of [`common:languageName.${code}`, `common:language.names.${code}`]) map.set(normalise(lookup(language, key) ?? code), code);
    }
    return map;
  })(),
  provenance: labelled('exchange:provenance', ['ORIGINAL', 'HUMAN', 'MACHINE']),
  flag: (() => {
    const map = new Map<string, string>();
    for (const language of LANGUAGES) {
      map.set(normalise(lookup(language, 'exchange:yes')!), 'YES');
      map.set(normalise(lookup(language, 'exchange:no')!), 'NO');
    }
    return map;
  })(),
};

/** What the register knows per kind for this import (themes of the agenda, organisations). */
export interface Vocabulary {
  themes: Array<{ code: string; nameNl: string; nameDe: string; nameEn: string }>;
  organisations: Array<{ code: string; nameNl: string; nameDe: string; nameEn: string }>;
}

function named(rows: Vocabulary['themes'], extra: Record<string, string> = {}): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of rows) for (const word of [row.code, row.nameNl, row.nameDe, row.nameEn]) map.set(normalise(word), row.code);
  return withWords(map, extra);
}

/** Proposes the code a word of the sheet stands for, or null when it is not recognised. */
export function proposeValue(kind: ValueKind, raw: string, vocabulary: Vocabulary): string | null {
  const word = normalise(raw);
  if (!word) return null;
  if (kind === 'theme') {
    const map = named(vocabulary.themes);
    if (map.has(word)) return map.get(word)!;
    // "Zorg" for "Zorg en welzijn", "Arbeidsmarkt" for "Arbeidsmarkt en onderwijs": one theme whose name starts with the word.
    const starting = vocabulary.themes.filter((t) => [t.nameNl, t.nameDe, t.nameEn].some((n) => normalise(n).startsWith(word) || word.startsWith(normalise(n))));
    return starting.length === 1 ? starting[0].code : null;
  }
  if (kind === 'organisation') {
    const map = named(vocabulary.organisations, ORGANISATION_WORDS);
    const candidates = [word, ...ABBREVIATIONS.filter(([re]) => re.test(word)).map(([re, full]) => word.replace(re, full))];
    for (const candidate of candidates) if (map.has(candidate)) return map.get(candidate)!;
    // "GrensInfoPunt / Prov. Gelderland": the first part that names an organisation.
    const parts = raw.split(/\s*[/&+]\s*|\s+en\s+|\s+und\s+|\s+and\s+/i).filter((p) => p !== raw);
    for (const part of parts) {
      const found = proposeValue('organisation', part, vocabulary);
      if (found) return found;
    }
    return null;
  }
  return STATIC_VALUES[kind]?.get(word) ?? null;
}

// ----------------------------------------------------------------- parsing

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date as YYYY-MM-DD from a real date, an Excel serial number, or text as 12-03-2024, 12.03.2024, 12/3/2024 or 2024-03-12. */
export function parseDate(cell: Cell): string | null {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return cell > 0 && cell < 2_958_466 ? new Date(EXCEL_EPOCH + Math.round(cell) * 86_400_000).toISOString().slice(0, 10) : null;
  const text = cellText(cell);
  let y: number, m: number, d: number;
  const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (/^\d{5}$/.test(text)) return parseDate(Number(text));
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date.toISOString().slice(0, 10) : null;
}

/** A percentage 0–100 from 40%, "25 %", 0,2 or 0.3 (fractions up to 1), or 60. */
export function parsePercent(cell: Cell): number | null {
  let value: number;
  if (typeof cell === 'number') value = cell <= 1 ? cell * 100 : cell;
  else {
    const text = cellText(cell).replace(/\s+/g, '');
    const match = /^(\d+(?:[.,]\d+)?)(%?)$/.exec(text);
    if (!match) return null;
    const number = Number(match[1].replace(',', '.'));
    value = match[2] === '%' || number > 1 ? number : number * 100;
  }
  const rounded = Math.round(value);
  return rounded >= 0 && rounded <= 100 ? rounded : null;
}

export function parseInteger(cell: Cell): number | null {
  const text = cellText(cell);
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

/** The lines of a cell that holds several actions, one per line. */
export function linesOf(cell: Cell): Cell[] {
  if (typeof cell !== 'string') return cell === null ? [] : [cell];
  return cell.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}
