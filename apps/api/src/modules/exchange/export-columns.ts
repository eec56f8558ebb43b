import { Language, LANGUAGES } from '@grensportaal/shared-domain';
import type { TFunction } from 'i18next';
import { resolveText, StoredText } from '@api/core/text/stored-text';

/** What a cell holds: text, a number, a calendar date (YYYY-MM-DD), a moment, or nothing. */
export type CellValue = string | number | Date | null;
export type ColumnType = 'text' | 'longText' | 'date' | 'dateTime' | 'number' | 'percent';

/** Labels in the export's language (screen labels from the locale files). */
export interface Labels {
  t: TFunction;
  language: Language;
  /** The portal's public address, for links in cells. */
  publicUrl: string;
}

/** One column of an export: a stable key (JSON), a heading from the locale files, a type and its value. */
export interface ExportColumn<R> {
  key: string;
  heading: string;
  type: ColumnType;
  /** The value for a sheet (enums as their screen label). */
  cell(row: R, labels: Labels): CellValue;
  /** The value for JSON (enums as their code); defaults to the cell. */
  json?(row: R): unknown;
}

/** A column of a text written in one language and translated into others: expanded per language mode. */
export interface TextColumnSpec<R> {
  text: true;
  key: string;
  /** The field's heading (exchange:columns.*). */
  heading: string;
  long?: boolean;
  value(row: R): StoredText | null;
}

export type ColumnSpec<R> = ExportColumn<R> | TextColumnSpec<R>;

/** The interface language, or every language side by side with each translation's provenance. */
export type LanguageMode = Language | 'all';

const isText = <R>(spec: ColumnSpec<R>): spec is TextColumnSpec<R> => 'text' in spec;

/** A translation's provenance: ORIGINAL, HUMAN, MACHINE, or null when there is none. */
export function provenanceOf(stored: StoredText | null, language: Language): 'ORIGINAL' | 'HUMAN' | 'MACHINE' | null {
  if (!stored) return null;
  if (stored.lang === language) return 'ORIGINAL';
  return stored.tr[language]?.kind ?? null;
}

export function isOutdated(stored: StoredText | null, language: Language): boolean {
  const tr = stored?.tr[language];
  return !!tr && stored!.lang !== language && tr.sourceHash !== stored!.hash;
}

export function textIn(stored: StoredText | null, language: Language): string | null {
  if (!stored) return null;
  return stored.lang === language ? stored.text : (stored.tr[language]?.text ?? null);
}

/**
 * The flat columns of an export. In one language a text is one column (the
 * reader's language, or the original) plus the language it is in, so a sheet
 * never mixes languages silently; in all languages each text becomes its
 * original language and, per language, the text, its provenance and whether
 * it is outdated.
 */
export function expandColumns<R>(specs: readonly ColumnSpec<R>[], mode: LanguageMode, labels: Labels): ExportColumn<R>[] {
  // Cells repeat a few labels many thousand times: each is looked up once.
  const cache = new Map<string, string>();
  const t = (key: string, params?: Record<string, string>): string => {
    const id = params ? `${key}|${JSON.stringify(params)}` : key;
    let text = cache.get(id);
    if (text === undefined) {
      text = labels.t(key, params ?? {}) as string;
      cache.set(id, text);
    }
    return text;
  };
  const languageName = (l: Language) => t(`common:languageName.${l}`);
  return specs.flatMap((spec): ExportColumn<R>[] => {
    if (!isText(spec)) return [{ ...spec, heading: t(spec.heading) }];
    const field = t(spec.heading);
    const type: ColumnType = spec.long ? 'longText' : 'text';
    if (mode !== 'all') {
      return [
        {
          key: spec.key,
          heading: field,
          type,
          cell: (row) => {
            const stored = spec.value(row);
            return stored ? resolveText(stored, mode).text : null;
          },
          json: (row) => {
            const stored = spec.value(row);
            if (!stored) return null;
            const resolved = resolveText(stored, mode);
            return { text: resolved.text, language: resolved.language, status: resolved.status };
          },
        },
        {
          key: `${spec.key}Language`,
          heading: t('exchange:columns.textLanguage', { field }),
          type: 'text',
          cell: (row) => {
            const stored = spec.value(row);
            if (!stored) return null;
            const resolved = resolveText(stored, mode);
            return t(`exchange:textLanguage.${resolved.status === 'TRANSLATED' || resolved.status === 'OUTDATED' || resolved.status === 'ORIGINAL' ? resolved.status : 'MISSING'}`, { language: languageName(resolved.language) });
          },
          json: () => undefined,
        },
      ];
    }
    return [
      {
        key: spec.key,
        heading: t('exchange:columns.sourceLanguage', { field }),
        type: 'text',
        cell: (row) => {
          const stored = spec.value(row);
          return stored ? languageName(stored.lang) : null;
        },
        json: (row) => {
          const stored = spec.value(row);
          if (!stored) return null;
          return {
            sourceLanguage: stored.lang,
            texts: Object.fromEntries(
              LANGUAGES.filter((l) => textIn(stored, l) !== null).map((l) => [l, { text: textIn(stored, l), provenance: provenanceOf(stored, l), outdated: isOutdated(stored, l) }]),
            ),
          };
        },
      },
      ...LANGUAGES.flatMap((language): ExportColumn<R>[] => [
        { key: `${spec.key}.${language}`, heading: t('exchange:columns.inLanguage', { field, language: language.toUpperCase() }), type, cell: (row) => textIn(spec.value(row), language), json: () => undefined },
        {
          key: `${spec.key}.${language}.provenance`,
          heading: t('exchange:columns.provenance', { field, language: language.toUpperCase() }),
          type: 'text',
          cell: (row) => {
            const provenance = provenanceOf(spec.value(row), language);
            return provenance ? t(`exchange:provenance.${provenance}`) : null;
          },
          json: () => undefined,
        },
        {
          key: `${spec.key}.${language}.outdated`,
          heading: t('exchange:columns.outdated', { field, language: language.toUpperCase() }),
          type: 'text',
          cell: (row) => {
            const stored = spec.value(row);
            return stored && textIn(stored, language) !== null && stored.lang !== language ? t(isOutdated(stored, language) ? 'exchange:yes' : 'exchange:no') : null;
          },
          json: () => undefined,
        },
      ]),
    ];
  });
}

/** A column of a plain value, with its JSON value the same as its cell. */
export function valueColumn<R>(key: string, type: ColumnType, value: (row: R) => CellValue, heading = `exchange:columns.${key}`): ExportColumn<R> {
  return { key, heading, type, cell: value, json: value };
}

/** A column of an enum: the screen label in the sheet (looked up once per value and language), the code in JSON. */
export function enumColumn<R>(key: string, namespace: string, value: (row: R) => string | null, heading = `exchange:columns.${key}`): ExportColumn<R> {
  const labels = new Map<string, string>();
  return {
    key,
    heading,
    type: 'text',
    cell: (row, { t, language }) => {
      const code = value(row);
      if (!code) return null;
      const known = labels.get(`${language}:${code}`);
      if (known !== undefined) return known;
      const label = t(`${namespace}.${code}`);
      labels.set(`${language}:${code}`, label);
      return label;
    },
    json: value,
  };
}

/** A JSON record of one row: every column's key with its JSON value (undefined ones left out). */
export function jsonRecord<R>(columns: readonly ExportColumn<R>[], row: R): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const column of columns) {
    const value = column.json ? column.json(row) : column.cell(row, undefined as never);
    if (value !== undefined) record[column.key] = value;
  }
  return record;
}
