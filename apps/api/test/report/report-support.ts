import { execFileSync } from 'node:child_process';
import type { INestApplication } from '@nestjs/common';
import JSZip from 'jszip';
import { Client } from '../support/domain';
import { downloadAs } from '../support/test-app';

export interface ReportState {
  id: string;
  status: string;
  progress: number;
  stateAt: string | null;
  lastHistoryId: string | null;
}

/** Asks for a report through GraphQL and waits for its job to finish. */
export async function generateReport(client: Client, input: Record<string, unknown>): Promise<ReportState> {
  const started = await client<{ generateReport: ReportState }>('mutation($input: GenerateReportInput!) { generateReport(input: $input) { id status progress stateAt lastHistoryId } }', { input });
  if (started.errors) throw new Error(JSON.stringify(started.errors));
  const { id } = started.data!.generateReport;
  for (let i = 0; i < 600; i += 1) {
    const res = await client<{ generatedReport: ReportState }>('query($id: ID!) { generatedReport(id: $id) { id status progress stateAt lastHistoryId } }', { id });
    const report = res.data!.generatedReport;
    if (report.status === 'DONE' || report.status === 'FAILED') return report;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`report ${id} did not finish`);
}

/** The report's file as `username` downloads it. */
export function downloadReport(app: INestApplication, username: string, id: string, format: 'pdf' | 'docx') {
  return downloadAs(app, username, `/reports/${id}/file?format=${format}`);
}

const PACKAGES: Record<string, string> = { pdftotext: 'poppler-utils', pdfinfo: 'poppler-utils', pdffonts: 'poppler-utils', soffice: 'libreoffice-writer-nogui' };

/**
 * Runs one of Debian's document tools the report tests read their output
 * with (poppler-utils, LibreOffice); when it is not installed the test fails
 * saying which package to install, rather than with a bare ENOENT.
 */
export function tool(command: string, args: string[], options: { input?: Buffer; timeout?: number } = {}): string {
  try {
    return execFileSync(command, args, { ...options, stdio: options.input ? ['pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${command} is not installed: apt-get install -y ${PACKAGES[command] ?? command}`, { cause: error });
    throw error;
  }
}

/** A PDF's text as poppler's pdftotext reads it (layout kept, so a table row stays on one line). */
export function pdfText(pdf: Buffer): string {
  return tool('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf });
}

function decode(xml: string): string {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** A DOCX read back: its paragraphs styled as Word headings (level and text), and all its text. */
export async function docxContent(docx: Buffer): Promise<{ headings: Array<{ level: number; text: string }>; text: string; styles: string; hyperlinks: number; targets: string[] }> {
  const zip = await JSZip.loadAsync(docx);
  const document = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  const paragraphs = document.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const textOf = (p: string) => decode([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  const headings = paragraphs.flatMap((p) => {
    const style = /<w:pStyle w:val="Heading(\d)"\/>/.exec(p);
    return style ? [{ level: Number(style[1]), text: textOf(p) }] : [];
  });
  return { headings, text: paragraphs.map(textOf).join('\n'), styles, hyperlinks: (document.match(/<w:hyperlink /g) ?? []).length, targets: [...rels.matchAll(/Target="(https?:[^"]+)"/g)].map((m) => decode(m[1])) };
}

/** Nothing in a document looks like an untranslated key of the locale files. */
export const RAW_KEY = /\{\{|\b(?:report|register|common|errors):[a-zA-Z]|\b(?:yearly|pack|figure|item|question|chart|conferences|reports|purpose|decision)\.[a-z]+[A-Z]?[a-zA-Z]*\b/;
