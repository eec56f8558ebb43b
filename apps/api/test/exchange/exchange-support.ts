import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { devIdentityProvider } from '../support/identity';
import { Client } from '../support/domain';
import { downloadAs } from '../support/test-app';

export function tokenOf(username: string): Promise<string> {
  return devIdentityProvider().token(username);
}

/** Starts an export through GraphQL and downloads its file: the bytes, the response headers and the record after. */
export async function exportFile(app: INestApplication, client: Client, username: string, input: Record<string, unknown>) {
  const started = await client<{ startExport: { id: string; total: number } }>('mutation($input: StartExportInput!) { startExport(input: $input) { id total } }', { input });
  if (started.errors) throw new Error(JSON.stringify(started.errors));
  const { id, total } = started.data!.startExport;
  const res = await downloadAs(app, username, `/exports/${id}/file`);
  const after = await client<{ exportRecord: { status: string; rowsWritten: number; total: number } }>('query($id: ID!) { exportRecord(id: $id) { status rowsWritten total } }', { id });
  return { id, total, status: res.status, headers: res.headers, body: res.body, record: after.data!.exportRecord };
}

export type SheetRows = Array<Record<string, unknown>>;

/** A workbook read back with exceljs: per sheet, its rows as objects keyed by the header row. */
export async function readWorkbook(body: Buffer): Promise<{ workbook: ExcelJS.Workbook; sheets: Record<string, SheetRows> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheets: Record<string, SheetRows> = {};
  workbook.eachSheet((sheet) => {
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: SheetRows = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const values = (row.values as unknown[]).slice(1);
      rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
    });
    sheets[sheet.name] = rows;
  });
  return { workbook, sheets };
}

/** Every cell of a workbook as text, for scanning. */
export function workbookText(workbook: ExcelJS.Workbook): string {
  const parts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.value instanceof Date ? cell.value.toISOString() : JSON.stringify(cell.value))))));
  return parts.join('\n');
}
