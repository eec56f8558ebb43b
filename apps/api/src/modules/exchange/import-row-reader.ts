import { Type } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Language, LANGUAGES, TranslationKind } from '@grensportaal/shared-domain';
import { AppException } from '@api/core/errors/app.exception';
import { Caller } from '@api/core/context/caller';
import { LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { RecordedTranslation } from '@api/core/text/text-fields';
import { FieldError, validationPipe, ValidationException } from '@api/core/validation/validation';
import { FIELD_BY_KEY, MAPPED_VALUE_KINDS, normalise, proposeValue, ValueKind } from './import-fields';
import { Cell, cellText, SheetRow } from './import-sheet';
import { ImportMapping, ImportOutcome, ImportProblem, ImportRowResult, ReadSheet } from './import.types';

export type Values = Map<string, Cell[]>;

/** Input validation as GraphQL does it (class-validator rules of the input class), for rows that never were a GraphQL request. */
export async function validated<T>(metatype: Type<T>, value: Record<string, unknown>): Promise<T> {
  return (await validationPipe().transform(value, { type: 'body', metatype, data: 'input' })) as T;
}

/**
 * Reading one sheet's rows with a confirmed mapping: which column holds which
 * field, what each word stands for, and how a refusal names its row, column
 * and rule. Each row's writes run in a savepoint of the import's transaction.
 */
export abstract class RowReader {
  protected readonly columnOf = new Map<string, number>();
  protected readonly values = new Map<string, string | null>();
  private savepoint = 0;

  constructor(
    protected readonly caller: Caller,
    protected readonly tx: EntityManager,
    protected readonly mapping: ImportMapping,
    protected readonly read: ReadSheet,
    protected readonly language: Language,
    fieldOf?: (index: number) => string | null,
  ) {
    const of = fieldOf ?? ((index: number) => mapping.columns.find((c) => c.index === index)?.field ?? null);
    read.headings.forEach((_, index) => {
      const field = of(index);
      if (field && !this.columnOf.has(field)) this.columnOf.set(field, index);
    });
    for (const v of mapping.values) this.values.set(`${v.kind}:${normalise(v.value)}`, v.target);
  }

  protected heading(field: string): string {
    const index = this.columnOf.get(field);
    return index === undefined ? field : this.read.headings[index];
  }

  protected problem(row: SheetRow, field: string | null, rule: string, params: Record<string, string | number> = {}): ImportProblem {
    const index = field ? this.columnOf.get(field) : undefined;
    return { row: row.number, column: index === undefined ? null : this.read.headings[index], columnIndex: index ?? null, rule, params };
  }

  protected cellsOf(row: SheetRow): Values {
    const values: Values = new Map();
    for (const [field, index] of this.columnOf) values.set(field, [row.cells[index] ?? null]);
    return values;
  }

  protected text(values: Values, field: string): string | null {
    const text = cellText(values.get(field)?.[0]);
    return text === '' ? null : text;
  }

  protected code(values: Values, field: string, row: SheetRow, problems: ImportProblem[], cell?: Cell): string | null {
    const raw = cellText(cell !== undefined ? cell : values.get(field)?.[0]);
    if (!raw) return null;
    const kind = FIELD_BY_KEY.get(field)!.valueKind as ValueKind;
    const key = `${kind}:${normalise(raw)}`;
    const target = this.values.has(key) ? this.values.get(key)! : MAPPED_VALUE_KINDS.includes(kind) ? null : proposeValue(kind, raw, { themes: [], organisations: [] });
    if (!target) problems.push(this.problem(row, field, 'unknownValue', { value: raw }));
    return target;
  }

  /** A text in its original language with its translations, from one column or from the export's columns per language. */
  protected texts(values: Values, key: string, textField: string, row: SheetRow, problems: ImportProblem[]): { language: Language; text: string | null; translations: RecordedTranslation[] } {
    const source = this.code(values, `${key}.sourceLanguage`, row, problems) as Language | null;
    const perLanguage = LANGUAGES.map((l) => ({ language: l, text: this.text(values, `${key}.${l}`), provenance: this.code(values, `${key}.${l}.provenance`, row, problems), outdated: this.code(values, `${key}.${l}.outdated`, row, problems) === 'YES' }));
    const language = source ?? perLanguage.find((p) => p.provenance === 'ORIGINAL')?.language ?? this.language;
    const own = this.text(values, key);
    const original = perLanguage.find((p) => p.language === language)?.text ?? own;
    const translations = perLanguage
      .filter((p) => p.language !== language && p.text && p.provenance !== 'ORIGINAL')
      .map((p) => Object.assign(new RecordedTranslationInput(), { field: textField, language: p.language, text: p.text!, kind: (p.provenance === 'MACHINE' ? 'MACHINE' : 'HUMAN') as TranslationKind, outdated: p.outdated }));
    return { language, text: original, translations };
  }

  protected isTotal(row: SheetRow): boolean {
    const first = row.cells.map((c) => cellText(c)).find(Boolean) ?? '';
    return /^(totaal|total|totals|summe|gesamt|insgesamt|aantal)\b/i.test(first);
  }

  protected skip(row: SheetRow): ImportRowResult | null {
    if (row.cells.every((c) => c === null)) return this.result(row, 'SKIPPED', null, null, [], ['skippedEmpty']);
    if (this.isTotal(row)) return this.result(row, 'SKIPPED', null, null, [], ['skippedTotal']);
    return null;
  }

  protected result(row: SheetRow, outcome: ImportOutcome, reference: string | null, title: string | null, problems: ImportProblem[], notes: string[] = [], actions = 0): ImportRowResult {
    return { sheet: this.read.sheet.name, row: row.number, outcome, reference, title, actions, problems, notes };
  }

  /** Runs `work` in a savepoint: a row whose writes are refused leaves nothing behind. */
  protected async inSavepoint<T>(row: SheetRow, work: () => Promise<T>, fieldOfError: (field: string) => string | null): Promise<{ value?: T; problems: ImportProblem[] }> {
    const name = `import_row_${++this.savepoint}`;
    await this.tx.query(`SAVEPOINT ${name}`);
    try {
      const value = await work();
      await this.tx.query(`RELEASE SAVEPOINT ${name}`);
      return { value, problems: [] };
    } catch (error) {
      await this.tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
      // Loaders may hold rows written in the rolled-back savepoint.
      this.caller.loaders = new LoaderRegistry();
      if (error instanceof ValidationException) {
        return { problems: error.fields.map((f: FieldError) => this.problem(row, fieldOfError(f.field), f.rule, { ...(f.params as Record<string, string | number>), field: this.heading(fieldOfError(f.field) ?? f.field) })) };
      }
      if (error instanceof AppException) return { problems: [this.problem(row, error.code === 'ILLEGAL_TRANSITION' ? 'status' : null, error.code === 'ILLEGAL_TRANSITION' || error.code === 'FORBIDDEN' ? 'statusNotAllowed' : error.code, { status: String(error.params['status'] ?? '') })] };
      throw error;
    }
  }
}

export class RecordedTranslationInput implements RecordedTranslation {
  field!: string;
  language!: Language;
  text!: string;
  kind: TranslationKind = 'HUMAN';
  outdated?: boolean;
}


/** Translations as the input class takes them (validation refuses unknown properties; `outdated` is put back after). */
export function plain(translations: RecordedTranslation[]): Array<Record<string, unknown>> {
  return translations.map(({ field, language, text, kind }) => ({ field, language, text, kind }));
}
