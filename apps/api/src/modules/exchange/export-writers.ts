import { once } from 'node:events';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { Language } from '@grensportaal/shared-domain';
import { TIME_ZONE } from '@grensportaal/shared-i18n';
import { CellValue, ColumnType, ExportColumn } from './export-columns';

export type ExportFormat = 'XLSX' | 'CSV' | 'JSON';

/** One kind of record in an export (a sheet, a CSV section, a JSON array). */
export interface ExportSection {
  key: string;
  title: string;
  columns: ExportColumn<unknown>[];
}

/** Writes an export as it is read, one section after the other, in constant memory. */
export interface ExportWriter {
  /** The "About this export" lines (label, value), written first. */
  about(title: string, lines: Array<[string, string]>): Promise<void>;
  begin(section: ExportSection): Promise<void>;
  /** `json` is asked for only by writers that need it (JSON). */
  row(cells: CellValue[], json: () => Record<string, unknown>): Promise<void>;
  end(): Promise<void>;
  finish(): Promise<void>;
}

const DATE_FORMAT: Record<Language, string> = { nl: 'dd-mm-yyyy', de: 'dd.mm.yyyy', en: 'yyyy-mm-dd' };
const WIDTH: Record<ColumnType, number> = { text: 24, longText: 60, date: 12, dateTime: 17, number: 10, percent: 10 };

/** One formatter for every cell: making an Intl formatter costs far more than using one. */
const WALL_CLOCK = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** The zone's offset per hour (offsets change only on the hour): asked of Intl once per hour of the data. */
const OFFSETS = new Map<number, number>();

/** The wall-clock time in the portal's time zone, as Excel (which knows no zones) should show it. */
function wallClock(instant: Date): Date {
  const ms = instant.getTime();
  const hour = Math.floor(ms / 3_600_000);
  let offset = OFFSETS.get(hour);
  if (offset === undefined) {
    const parts: Record<string, string> = {};
    const start = new Date(hour * 3_600_000);
    for (const p of WALL_CLOCK.formatToParts(start)) parts[p.type] = p.value;
    offset = Date.UTC(+parts['year'], +parts['month'] - 1, +parts['day'], +parts['hour'], +parts['minute'], +parts['second']) - start.getTime();
    if (OFFSETS.size > 100_000) OFFSETS.clear();
    OFFSETS.set(hour, offset);
  }
  return new Date(ms + offset);
}

function localDate(value: string): Date {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Waits while the client reads slower than we write, so memory stays flat. */
async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
}

/** XLSX with exceljs's streaming writer: real dates and numbers, a frozen header row, filters on, column widths, one sheet per kind. */
export class XlsxWriter implements ExportWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private sheet: ExcelJS.Worksheet | null = null;
  private types: ColumnType[] = [];

  constructor(
    private readonly out: Writable,
    private readonly language: Language,
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    this.workbook.creator = 'Grensportaal';
  }

  async about(title: string, lines: Array<[string, string]>): Promise<void> {
    const sheet = this.workbook.addWorksheet(title.slice(0, 31));
    sheet.columns = [{ width: 28 }, { width: 90 }];
    for (const [label, value] of lines) sheet.addRow([label, value]).commit();
    sheet.getColumn(1).font = { bold: true };
    await sheet.commit();
  }

  async begin(section: ExportSection): Promise<void> {
    this.types = section.columns.map((c) => c.type);
    const sheet = this.workbook.addWorksheet(section.title.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
      autoFilter: { from: { row: 1, column: 1 }, to: { row: 1, column: section.columns.length } },
    } as Partial<ExcelJS.AddWorksheetOptions>);
    sheet.columns = section.columns.map((c) => ({ key: c.key, width: WIDTH[c.type], style: this.style(c.type) }));
    const header = sheet.addRow(section.columns.map((c) => c.heading));
    header.font = { bold: true };
    header.commit();
    this.sheet = sheet;
  }

  private style(type: ColumnType): Partial<ExcelJS.Style> {
    if (type === 'date') return { numFmt: DATE_FORMAT[this.language] };
    if (type === 'dateTime') return { numFmt: `${DATE_FORMAT[this.language]} hh:mm` };
    if (type === 'percent') return { numFmt: '0%' };
    if (type === 'longText') return { alignment: { wrapText: true, vertical: 'top' } };
    return {};
  }

  async row(cells: CellValue[]): Promise<void> {
    this.sheet!.addRow(
      cells.map((value, i) => {
        if (value === null) return null;
        if (this.types[i] === 'date' && typeof value === 'string') return localDate(value);
        if (value instanceof Date) return wallClock(value);
        return value;
      }),
    ).commit();
    await drained(this.out);
  }


  async end(): Promise<void> {
    await this.sheet!.commit();
    this.sheet = null;
  }

  async finish(): Promise<void> {
    await this.workbook.commit();
  }
}

/**
 * CSV in UTF-8 with a byte-order mark (so Excel reads the accents), `;` or
 * `,` between fields; dates as the interface language writes them, numbers
 * with its decimal sign. Several kinds follow one another, each with its own
 * heading row, after an empty line.
 */
export class CsvWriter implements ExportWriter {
  private types: ColumnType[] = [];
  private sections = 0;

  constructor(
    private readonly out: Writable,
    private readonly language: Language,
    private readonly delimiter: ';' | ',',
  ) {
    out.write('\uFEFF');
  }

  async about(): Promise<void> {
    // The CSV holds the records only; who exported what is recorded in the register.
  }

  private write(values: unknown[]): Promise<void> {
    this.out.write(stringify([values], { delimiter: this.delimiter, record_delimiter: 'windows' }));
    return drained(this.out);
  }

  async begin(section: ExportSection): Promise<void> {
    if (this.sections++ > 0) this.out.write('\r\n');
    this.types = section.columns.map((c) => c.type);
    await this.write(section.columns.map((c) => c.heading));
  }

  private format(value: CellValue, type: ColumnType): string {
    if (value === null) return '';
    const date = (d: string) => {
      const [y, m, day] = d.split('-');
      return this.language === 'nl' ? `${day}-${m}-${y}` : this.language === 'de' ? `${day}.${m}.${y}` : d;
    };
    if (value instanceof Date) {
      const wall = wallClock(value).toISOString();
      return `${date(wall.slice(0, 10))} ${wall.slice(11, 16)}`;
    }
    if (type === 'date' && typeof value === 'string') return date(value);
    if (type === 'percent' && typeof value === 'number') return String(Math.round(value * 100));
    if (typeof value === 'number') return this.delimiter === ';' ? String(value).replace('.', ',') : String(value);
    return value;
  }

  async row(cells: CellValue[]): Promise<void> {
    await this.write(cells.map((v, i) => this.format(v, this.types[i])));
  }

  async end(): Promise<void> {}

  async finish(): Promise<void> {}
}

/** JSON: `{ "export": {…}, "<kind>": [ records with stable field names ] }`, streamed record by record. */
export class JsonWriter implements ExportWriter {
  private first = true;
  private sections = 0;

  constructor(
    private readonly out: Writable,
    private readonly meta: Record<string, unknown>,
  ) {}

  async about(): Promise<void> {
    this.out.write(`{"export":${JSON.stringify(this.meta)}`);
  }

  async begin(section: ExportSection): Promise<void> {
    this.sections++;
    this.first = true;
    this.out.write(`,${JSON.stringify(section.key)}:[`);
  }

  async row(_cells: CellValue[], json: () => Record<string, unknown>): Promise<void> {
    this.out.write(`${this.first ? '' : ','}\n${JSON.stringify(json())}`);
    this.first = false;
    await drained(this.out);
  }

  async end(): Promise<void> {
    this.out.write('\n]');
  }

  async finish(): Promise<void> {
    this.out.write('}\n');
  }
}
