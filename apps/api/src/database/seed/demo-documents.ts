import PDFDocument from 'pdfkit';
import type { DemoDocument } from './demo-data';

/** The content of a demo document: a one-page PDF of its text (pdfkit, as the reports use), or the text itself. */
export function demoDocument(d: DemoDocument): Promise<Buffer> {
  if (!d.fileName.toLowerCase().endsWith('.pdf')) return Promise.resolve(Buffer.from(`${d.text}\n`, 'utf8'));
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 72, lang: d.lang, info: { Title: d.title, Author: 'Grensportaal (demo)' } });
    const parts: Buffer[] = [];
    doc.on('data', (part: Buffer) => parts.push(part));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.on('error', reject);
    doc.fontSize(16).text(d.title).moveDown().fontSize(11).text(d.text);
    doc.end();
  });
}
