import { Language } from '@grensportaal/shared-domain';
import { Sheet, SheetRow } from './import-sheet';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** How the sheet is read: per column the field it goes into, per word the code it stands for. */
export interface ImportMapping {
  columns: Array<{ index: number; field: string | null }>;
  values: Array<{ kind: string; value: string; target: string | null }>;
  defaultInstrument: string;
}

export interface ImportColumn {
  index: number;
  heading: string;
  field: string | null;
  example: string | null;
}

export interface ImportValue {
  kind: string;
  value: string;
  count: number;
  target: string | null;
}

/** A sheet as the import reads it: its heading row and the rows under it. */
export interface ReadSheet {
  sheet: Sheet;
  headerIndex: number;
  headings: string[];
  data: SheetRow[];
}

export interface ImportPreview {
  id: string;
  fileName: string;
  agendaCode: string;
  language: Language;
  sheet: string;
  headerRow: number;
  dataRows: number;
  columns: ImportColumn[];
  values: ImportValue[];
  mapping: ImportMapping;
}

export type ImportOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REFUSED' | 'SKIPPED';

/** A problem with one row: the row, the column (when one is to blame) and the rule, with its parameters; rendered in the reader's language. */
export interface ImportProblem {
  row: number;
  column: string | null;
  columnIndex: number | null;
  rule: string;
  params: Record<string, string | number>;
}

export interface ImportRowResult {
  sheet: string;
  row: number;
  outcome: ImportOutcome;
  reference: string | null;
  title: string | null;
  actions: number;
  problems: ImportProblem[];
  notes: string[];
}

export interface ImportPlan {
  id: string;
  fileName: string;
  committed: boolean;
  counts: Record<ImportOutcome, number>;
  rows: ImportRowResult[];
}
