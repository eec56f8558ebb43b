import { EntityManager } from 'typeorm';
import { AFFECTED_GROUPS, BORDER_EFFECT_DIRECTIONS, BORDER_TEST_REPORTS, CONSULTATION_KINDS, Language, LANGUAGES, MITIGATIONS, NEIGHBOURS } from '@grensportaal/shared-domain';
import { Caller } from '@api/core/context/caller';
import { ConsultationService } from '@api/modules/border-effects/consultation.service';
import { CreateConsultationInput } from '@api/modules/border-effects/dto/consultation.inputs';
import { labelled, lookup, normalise, parseDate, withWords } from './import-fields';
import { validated, RowReader, Values } from './import-row-reader';
import { Cell, cellText, SheetRow } from './import-sheet';
import { ImportProblem, ImportRowResult, ReadSheet } from './import.types';

/** The columns of a screening sheet: the fields of a consultation record, headed as the portal labels them in nl, de or en, or as sheets often do. */
const FIELDS: Array<{ key: string; synonyms: string[] }> = [
  { key: 'title', synonyms: ['onderwerp', 'naam', 'consultatie', 'regeling', 'wetsvoorstel', 'betreff', 'konsultation', 'name', 'consultation', 'subject'] },
  { key: 'ministryCode', synonyms: ['ministerie', 'departement', 'ministerium', 'ressort', 'ministry', 'department'] },
  { key: 'url', synonyms: ['link', 'url', 'webadres', 'vindplaats', 'internetconsultatie', 'webadresse', 'web address'] },
  { key: 'periodStart', synonyms: ['begin', 'start', 'startdatum', 'van', 'beginn', 'von', 'opens', 'from'] },
  { key: 'periodEnd', synonyms: ['einde', 'einddatum', 'sluit', 'tot', 'sluitingsdatum', 'ende', 'bis', 'closes', 'to', 'end'] },
  { key: 'kind', synonyms: ['soort regeling', 'type', 'art der regelung', 'typ'] },
  { key: 'borderRelevant', synonyms: ['grensrelevantie', 'relevant', 'grenzrelevanz', 'border relevance'] },
  { key: 'relevanceReason', synonyms: ['toelichting', 'motivering', 'begrundung', 'explanation'] },
  { key: 'testCarriedOut', synonyms: ['grenseffectentoets', 'toets uitgevoerd', 'toets', 'grenzeffektenprufung', 'prufung', 'test', 'border effects test'] },
  { key: 'testReport', synonyms: ['gerapporteerd in', 'verantwoording', 'dargestellt in', 'reported in'] },
  { key: 'testReference', synonyms: ['paragraaf', 'vindplaats toets', 'abschnitt', 'section'] },
  { key: 'effectDirection', synonyms: ['aard effecten', 'richting', 'art der effekte', 'effect'] },
  { key: 'effects', synonyms: ['grenseffecten', 'effecten toelichting', 'grenzeffekte', 'border effects'] },
  { key: 'affectedGroups', synonyms: ['doelgroepen', 'betrokkenen', 'wie', 'zielgruppen', 'affected groups', 'groups'] },
  { key: 'neighbours', synonyms: ['buurland', 'buurlanden', 'grens', 'nachbarland', 'nachbarn', 'neighbour', 'neighbours', 'neighbor'] },
  { key: 'mitigations', synonyms: ['mitigatie', 'maatregelen', 'abmilderung', 'mitigation'] },
  { key: 'responseSubmitted', synonyms: ['zienswijze ingediend', 'reactie ingediend', 'stellungnahme eingereicht', 'response submitted'] },
  { key: 'response', synonyms: ['zienswijze', 'reactie', 'stellungnahme', 'response'] },
  { key: 'responseUrl', synonyms: ['link zienswijze', 'link stellungnahme', 'response link'] },
];

const label = (language: Language, path: string): string | null => lookup(language, `borderEffects:${path}`);

/** Every heading (normalised) that names a field: the portal's own labels first, then the synonyms. */
const HEADINGS: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const { key } of FIELDS) for (const language of LANGUAGES) map.set(normalise(label(language, `field.${key}`) ?? key), key);
  for (const { key, synonyms } of FIELDS) for (const synonym of synonyms) if (!map.has(normalise(synonym))) map.set(normalise(synonym), key);
  return map;
})();

export const consultationFieldOf = (heading: string): string | null => HEADINGS.get(normalise(heading)) ?? null;

/** The words of a value list (codes and their labels in nl, de and en, e.g. "Wet", "Gesetz", "Law", "LAW" for LAW), and those sheets use. */
const words = (group: string, codes: readonly string[], extra: Record<string, string> = {}) => withWords(labelled(`borderEffects:${group}`, codes), extra);

const YES_NO = new Map<string, boolean>([...['ja', 'j', 'yes', 'y', 'true', 'x', '1'].map((w) => [w, true] as const), ...['nee', 'n', 'nein', 'no', 'false', '0'].map((w) => [w, false] as const)]);
const VALUES = {
  kind: words('consultationKind', CONSULTATION_KINDS, { wetsvoorstel: 'LAW', amvb: 'GENERAL_ADMINISTRATIVE_ORDER', besluit: 'GENERAL_ADMINISTRATIVE_ORDER', regeling: 'MINISTERIAL_REGULATION', beleid: 'POLICY', bill: 'LAW' }),
  testReport: words('testReport', BORDER_TEST_REPORTS, { mvt: 'EXPLANATORY_MEMORANDUM', nvt: 'EXPLANATORY_MEMORANDUM', 'memorie van toelichting': 'EXPLANATORY_MEMORANDUM', 'nota van toelichting': 'EXPLANATORY_MEMORANDUM' }),
  effectDirection: words('effectDirection', BORDER_EFFECT_DIRECTIONS),
  affectedGroups: words('affectedGroup', AFFECTED_GROUPS),
  neighbours: words('neighbour', NEIGHBOURS, { nrw: 'DE_NRW', 'noordrijn westfalen': 'DE_NRW', 'nordrhein westfalen': 'DE_NRW', niedersachsen: 'DE_NDS', nedersaksen: 'DE_NDS', 'lower saxony': 'DE_NDS', vlaanderen: 'BE_VL', flandern: 'BE_VL', flanders: 'BE_VL' }),
  mitigations: words('mitigation', MITIGATIONS),
};

/** A ministry as sheets name it: its code, or its name in nl, de or en (with or without "Ministerie van"). */
export type Ministries = Map<string, string>;
export function ministriesByName(rows: Array<{ code: string; nameNl: string; nameDe: string; nameEn: string }>): Ministries {
  const map: Ministries = new Map();
  for (const row of rows) {
    for (const name of [row.code, row.nameNl, row.nameDe, row.nameEn]) {
      map.set(normalise(name), row.code);
      map.set(normalise(name).replace(/^(ministerie van|ministerium fur|ministerium der|bundesministerium fur|ministry of)\s+/, ''), row.code);
    }
  }
  return map;
}

/** Problems of a row with the words the reader sees: a field named as the portal labels it. */
export const fieldLabel = (language: Language, key: string) => label(language, `field.${key}`) ?? key;

/**
 * The rows of a screening sheet into a round: each row through the same
 * validation and service as the form, in its own savepoint; a row already in
 * the round (same web address) is skipped, so the same sheet can be read again.
 */
export class ConsultationRows extends RowReader {
  private readonly firstRowOf = new Map<string, number>();

  constructor(
    private readonly consultations: ConsultationService,
    private readonly roundId: string,
    private readonly ministries: Ministries,
    private readonly existing: Set<string>,
    caller: Caller,
    tx: EntityManager,
    read: ReadSheet,
    language: Language,
  ) {
    const columns = read.headings.map((heading, index) => ({ index, field: consultationFieldOf(heading) }));
    super(caller, tx, { columns, values: [], defaultInstrument: '' }, read, language);
  }

  private word<T>(values: Values, field: string, map: Map<string, T>, row: SheetRow, problems: ImportProblem[]): T | null {
    const raw = this.text(values, field);
    if (!raw) return null;
    const found = map.get(normalise(raw));
    if (found === undefined) problems.push(this.problem(row, field, 'unknownWord', { value: raw }));
    return found ?? null;
  }

  private list(values: Values, field: keyof typeof VALUES, row: SheetRow, problems: ImportProblem[]): string[] {
    const raw = this.text(values, field);
    if (!raw) return [];
    const found: string[] = [];
    for (const part of raw.split(/\s*[,;\n]\s*/).filter(Boolean)) {
      const code = VALUES[field].get(normalise(part));
      if (code === undefined) problems.push(this.problem(row, field, 'unknownWord', { value: part }));
      else if (!found.includes(code)) found.push(code);
    }
    return found;
  }

  private date(values: Values, field: string, row: SheetRow, problems: ImportProblem[]): string | null {
    const cell: Cell = values.get(field)?.[0] ?? null;
    if (!cellText(cell)) return null;
    const date = parseDate(cell);
    if (!date) problems.push(this.problem(row, field, 'notADate', { value: cellText(cell) }));
    return date;
  }

  async consultationRow(row: SheetRow): Promise<ImportRowResult> {
    const skipped = this.skip(row);
    if (skipped) return skipped;
    const values = this.cellsOf(row);
    const problems: ImportProblem[] = [];
    const title = this.text(values, 'title');
    if (!title) return this.result(row, 'REFUSED', null, null, [this.problem(row, 'title', 'titleMissing')]);
    const url = this.text(values, 'url');
    if (url) {
      if (this.existing.has(url)) return this.result(row, 'SKIPPED', null, title, [], ['alreadyInRound']);
      const first = this.firstRowOf.get(url);
      if (first !== undefined) return this.result(row, 'REFUSED', null, title, [this.problem(row, 'url', 'duplicateConsultation', { first })]);
      this.firstRowOf.set(url, row.number);
    }
    const ministryCode = this.word(values, 'ministryCode', this.ministries, row, problems);
    const flag = (field: string) => this.word(values, field, YES_NO, row, problems);
    const fields = {
      roundId: this.roundId,
      language: this.language,
      title,
      ministryCode: ministryCode ?? this.text(values, 'ministryCode') ?? '',
      url: url ?? '',
      periodStart: this.date(values, 'periodStart', row, problems),
      periodEnd: this.date(values, 'periodEnd', row, problems),
      kind: this.word(values, 'kind', VALUES.kind, row, problems),
      borderRelevant: flag('borderRelevant'),
      relevanceReason: this.text(values, 'relevanceReason'),
      testCarriedOut: flag('testCarriedOut'),
      testReport: this.word(values, 'testReport', VALUES.testReport, row, problems),
      testReference: this.text(values, 'testReference'),
      effectDirection: this.word(values, 'effectDirection', VALUES.effectDirection, row, problems),
      effects: this.text(values, 'effects'),
      affectedGroups: this.list(values, 'affectedGroups', row, problems),
      neighbours: this.list(values, 'neighbours', row, problems),
      mitigations: this.list(values, 'mitigations', row, problems),
      responseSubmitted: flag('responseSubmitted') ?? false,
      response: this.text(values, 'response'),
      responseUrl: this.text(values, 'responseUrl'),
    };
    if (problems.length) return this.result(row, 'REFUSED', null, title, problems);
    const { value, problems: refused } = await this.inSavepoint(
      row,
      async () => this.consultations.create(this.caller, await validated(CreateConsultationInput, fields), this.tx),
      (path) => path.replace(/^input\./, '').split('.')[0],
    );
    return value ? this.result(row, 'CREATED', null, title, []) : this.result(row, 'REFUSED', null, title, refused);
  }
}
