import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Block, ReportDocument } from './report-document';
import { renderDocx } from './report-docx';
import { renderPdf } from './report-pdf';

export interface RenderedReport {
  docx: Buffer;
  pdf: Buffer;
}

/** The document as DOCX and as PDF, one after the other (the peak memory is one renderer's); `docxDone` between them. */
export async function renderReport(document: ReportDocument, docxDone: () => void = () => undefined): Promise<RenderedReport> {
  const docx = await renderDocx(document);
  docxDone();
  const pdf = await renderPdf(document);
  return { docx, pdf };
}

/** Charts cross a thread as Uint8Array; the renderers take Buffers. */
export function withBuffers(document: ReportDocument): ReportDocument {
  const blocks = document.blocks.map((b): Block => (b.type === 'chart' ? { ...b, png: Buffer.from(b.png.buffer, b.png.byteOffset, b.png.byteLength) } : b));
  return { ...document, blocks };
}

const WORKER = join(__dirname, 'report-render.worker.js');

/**
 * Renders off the API's event loop: a long report (the yearly report over
 * 25,000 bottlenecks takes seconds of CPU per format) runs in a worker
 * thread of its own, so requests keep being answered meanwhile, and its
 * memory is released when the worker ends. Where the compiled worker is not
 * there (the TypeScript sources under test), it renders in this thread.
 */
export function renderOffThread(document: ReportDocument, docxDone: () => void): Promise<RenderedReport> {
  if (!existsSync(WORKER)) return renderReport(document, docxDone);
  return new Promise<RenderedReport>((resolve, reject) => {
    // A report too large for its memory fails alone; the API process is not taken down with it.
    const worker = new Worker(WORKER, { workerData: document, resourceLimits: { maxOldGenerationSizeMb: 3072 } });
    worker.on('message', (result: { docx: Uint8Array; pdf: Uint8Array } | { error: string } | { docxDone: true }) => {
      if ('docxDone' in result) docxDone();
      else if ('error' in result) reject(new Error(result.error));
      else resolve({ docx: Buffer.from(result.docx.buffer, result.docx.byteOffset, result.docx.byteLength), pdf: Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength) });
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`report worker stopped with exit code ${code}`)));
  });
}
