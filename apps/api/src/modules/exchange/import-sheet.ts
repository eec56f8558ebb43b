import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { ExchangeErrorCode, ExchangeException } from './exchange.exception';

/** A cell as read: text, a number, a date (Excel's own), or empty. */
export type Cell = string | number | Date | null;

export interface SheetRow {
  /** The row number as the user sees it in their program (1-based). */
  number: number;
  cells: Cell[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The sheets of an uploaded workbook (XLSX) or text file (CSV, separator found from its first lines). */
export async function readSheets(content: Buffer, fileName: string): Promise<Sheet[]> {
  if (content.subarray(0, 4).equals(XLSX_MAGIC)) return readWorkbook(content);
  if (/\.xlsx?$/i.test(fileName)) throw new ExchangeException(ExchangeErrorCode.FILE_UNREADABLE);
  return [readCsv(content, fileName)];
}

async function readWorkbook(content: Buffer): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new ExchangeException(ExchangeErrorCode.FILE_UNREADABLE);
  }
  const sheets: Sheet[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: SheetRow[] = [];
    const merged = new Set<string>();
    for (const range of (worksheet.model as { merges?: string[] }).merges ?? []) merged.add(range.split(':')[0]);
    worksheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        // A merged range repeats its value in every cell it covers: read it once, in its first cell.
        cells[column - 1] = cell.isMerged && cell.master.address !== cell.address ? null : cellValue(cell.value);
      });
      rows.push({ number, cells });
    });
    sheets.push({ name: worksheet.name, rows });
  });
  return sheets;
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    if ('richText' in value) return cellValue(value.richText.map((r) => r.text).join(''));
    if ('result' in value) return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in value) return cellValue((value as ExcelJS.CellHyperlinkValue).text);
  }
  return null;
}

function readCsv(content: Buffer, fileName: string): Sheet {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD') || text.includes('\u0000')) throw new ExchangeException(ExchangeErrorCode.FILE_UNREADABLE);
  const head = text.split(/\r?\n/).slice(0, 10).join('\n');
  const count = (c: string) => head.split(c).length;
  const delimiter = [';', ',', '\t'].sort((a, b) => count(b) - count(a))[0];
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch {
    throw new ExchangeException(ExchangeErrorCode.FILE_UNREADABLE);
  }
  return { name: fileName, rows: records.map((cells, i) => ({ number: i + 1, cells: cells.map((c) => (c.trim() === '' ? null : c)) })) };
}

/** A cell as text, as the user typed it (numbers without a unit, dates as YYYY-MM-DD). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}
