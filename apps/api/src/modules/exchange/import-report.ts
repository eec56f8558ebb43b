import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import { cellText, Sheet } from './import-sheet';
import { noteMessage, problemMessage } from './import-messages';
import { ImportPlan } from './import.types';

const RED = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4C7C3' } } as const;

/**
 * The dry run as a workbook: the user's own rows as uploaded, with the result
 * and the problems in two columns after them, and every cell that has a
 * problem marked red with the problem as its note.
 */
export async function dryRunWorkbook(t: TFunction, sheets: Sheet[], plan: ImportPlan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Grensportaal';
  for (const sheet of sheets) {
    const results = new Map(plan.rows.filter((r) => r.sheet === sheet.name).map((r) => [r.row, r]));
    if (!results.size) continue;
    const out = workbook.addWorksheet(`${t('exchange:import.report.sheet')} ${sheet.name}`.slice(0, 31));
    const width = Math.max(...sheet.rows.map((r) => r.cells.length));
    const firstData = Math.min(...results.keys());
    for (const row of sheet.rows) {
      const result = results.get(row.number);
      const values: unknown[] = Array.from({ length: width }, (_, i) => row.cells[i] ?? null);
      if (row.number === firstData - 1) values.push(t('exchange:import.report.outcome'), t('exchange:import.report.problems'));
      else if (result) values.push(t(`exchange:import.outcome${result.outcome}`), [...result.problems.map((p) => problemMessage(t, p)), ...result.notes.map((n) => noteMessage(t, n))].join('\n'));
      const added = out.getRow(row.number);
      added.values = values as ExcelJS.CellValue[];
      if (row.number === firstData - 1) added.font = { bold: true };
      for (const problem of result?.problems ?? []) {
        const cell = added.getCell(problem.columnIndex !== null ? problem.columnIndex + 1 : width + 1);
        cell.fill = RED;
        cell.note = problemMessage(t, problem);
      }
      if (result?.outcome === 'REFUSED') added.getCell(width + 1).fill = RED;
    }
    out.getColumn(width + 2).width = 80;
    out.getColumn(width + 2).alignment = { wrapText: true, vertical: 'top' };
    out.getRow(out.rowCount + 2).values = [t('exchange:import.report.legend')];
    for (let i = 1; i <= width; i++) if (sheet.rows.some((r) => cellText(r.cells[i - 1]).length > 30)) out.getColumn(i).width = 40;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
