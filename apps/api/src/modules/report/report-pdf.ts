import PDFDocument from 'pdfkit';
import { LOCALES } from '@grensportaal/shared-i18n';
import type { Block, ReportDocument, Run } from './report-document';
import { FONTS } from './report-fonts';

const MARGIN = 56;
const SIZES = { 1: 18, 2: 14, 3: 12 } as const;
const BODY = 10;
const LINK = '#1F4E8C';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

function fontOf(run: Run): string {
  return run.bold ? 'bold' : run.italic ? 'italic' : 'regular';
}

/** Writes runs as one flowing paragraph at the current position (or into a table cell of `width` at x, y). */
function writeRuns(doc: Doc, runs: Run[], options: PDFKit.Mixins.TextOptions = {}, at?: { x: number; y: number }): void {
  const list = runs.length ? runs : [{ text: ' ' }];
  list.forEach((run, i) => {
    const last = i === list.length - 1;
    doc.font(fontOf(run)).fillColor(run.link ? LINK : 'black');
    const opts = { ...options, continued: !last, link: run.link ?? null, underline: Boolean(run.link) };
    if (i === 0 && at) doc.text(run.text, at.x, at.y, opts);
    else doc.text(run.text, opts);
  });
  doc.font('regular').fillColor('black');
}

function plain(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** Lets the API answer other requests while a long report is drawn. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
const ROWS_PER_BREATH = 200;

/** A table drawn row by row, its header repeated on each page, tagged Table/TR/TH/TD. */
async function table(doc: Doc, parent: Struct, b: Extract<Block, { type: 'table' }>): Promise<void> {
  const width = doc.page.width - 2 * MARGIN;
  const total = b.widths.reduce((s, w) => s + w, 0);
  const widths = b.widths.map((w) => (w / total) * width);
  const pad = 3;
  doc.fontSize(BODY - 1);
  const caption = doc.struct('Caption', {}, () => doc.font('italic').text(b.caption, MARGIN, doc.y, { width }).font('regular'));
  const tableStruct = doc.struct('Table');
  parent.add(tableStruct);
  tableStruct.add(caption);
  const heightOf = (cells: Run[][], font: string) =>
    Math.max(...cells.map((cell, i) => doc.font(font).heightOfString(plain(cell) || ' ', { width: widths[i] - 2 * pad }))) + 2 * pad;
  const drawRow = (cells: Run[][], header: boolean) => {
    doc.fontSize(header ? BODY - 1.5 : BODY - 1);
    const h = heightOf(cells, header ? 'bold' : 'regular');
    if (doc.y + h > doc.page.height - MARGIN) {
      doc.addPage();
      if (!header) {
        drawRow(b.header.map((t) => [{ text: t, bold: true }]), true);
        doc.fontSize(BODY - 1);
      }
    }
    const y = doc.y;
    const row = doc.struct('TR');
    tableStruct.add(row);
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const element = doc.struct(header ? 'TH' : 'TD', {}, () => {
        if (header) doc.rect(x, y, widths[i], h).fill('#E8EEF4').fillColor('black');
        writeRuns(doc, cell, { width: widths[i] - 2 * pad }, { x: x + pad, y: y + pad });
      });
      row.add(element);
      x += widths[i];
    });
    doc.markContent('Artifact', { type: 'Layout' });
    doc.lineWidth(0.5).strokeColor('#999999');
    x = MARGIN;
    for (const w of widths) {
      doc.rect(x, y, w, h).stroke();
      x += w;
    }
    doc.endMarkedContent();
    row.end();
    doc.x = MARGIN;
    doc.y = y + h;
  };
  drawRow(b.header.map((t) => [{ text: t, bold: true }]), true);
  for (const [n, row] of b.rows.entries()) {
    drawRow(row, false);
    if (n % ROWS_PER_BREATH === ROWS_PER_BREATH - 1) await breathe();
  }
  tableStruct.end();
  doc.moveDown(0.8);
}

async function block(doc: Doc, root: Struct, b: Block, anchor?: string): Promise<void> {
  const width = doc.page.width - 2 * MARGIN;
  switch (b.type) {
    case 'heading': {
      if (b.level === 1 && doc.y > MARGIN + 10) doc.addPage();
      else if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
      if (anchor) doc.addNamedDestination(anchor, 'XYZ', null, doc.y, null);
      root.add(doc.struct(`H${b.level}`, {}, () => doc.font('bold').fontSize(SIZES[b.level]).text(b.text, MARGIN, doc.y, { width }).moveDown(0.4)));
      doc.font('regular').fontSize(BODY);
      return;
    }
    case 'paragraph':
      doc.fontSize(BODY);
      root.add(doc.struct('P', {}, () => writeRuns(doc, b.runs, { width }, { x: MARGIN, y: doc.y })));
      doc.moveDown(0.5);
      return;
    case 'list': {
      doc.fontSize(BODY);
      const list = doc.struct('L');
      root.add(list);
      for (const item of b.items) {
        if (doc.y > doc.page.height - MARGIN - 20) doc.addPage();
        const y = doc.y;
        list.add(doc.struct('LI', {}, [doc.struct('Lbl', {}, () => doc.text('•', MARGIN, y)), doc.struct('LBody', {}, () => writeRuns(doc, item, { width: width - 14 }, { x: MARGIN + 14, y }))]));
        doc.moveDown(0.2);
      }
      list.end();
      doc.moveDown(0.4);
      return;
    }
    case 'chart': {
      const w = Math.min(width, b.width);
      const h = (b.height / b.width) * w;
      if (doc.y + h > doc.page.height - MARGIN) doc.addPage();
      const y = doc.y;
      root.add(doc.struct('Figure', { alt: b.alt }, () => doc.image(b.png, MARGIN, y, { width: w, height: h })));
      doc.x = MARGIN;
      doc.y = y + h + 8;
      return;
    }
    case 'table':
      await table(doc, root, b);
      return;
    case 'toc':
      // Drawn by renderPdf, which knows the headings; the outline (bookmarks) carries them too.
      return;
  }
}

/** The contents (chapters and their sections), each entry a link to its heading. */
function contents(doc: Doc, root: Struct, title: string, blocks: Block[]): void {
  root.add(doc.struct('H2', {}, () => doc.font('bold').fontSize(SIZES[2]).text(title, MARGIN, doc.y).moveDown(0.3)));
  const list = doc.struct('TOC');
  root.add(list);
  blocks.forEach((b, n) => {
    if (b.type !== 'heading' || b.level > 2) return;
    if (doc.y > doc.page.height - MARGIN - 20) doc.addPage();
    const indent = b.level === 1 ? 0 : 14;
    list.add(doc.struct('TOCI', {}, () => doc.font(b.level === 1 ? 'bold' : 'regular').fontSize(BODY).fillColor(LINK).text(b.text, MARGIN + indent, doc.y, { goTo: `h${n}`, width: doc.page.width - 2 * MARGIN - indent }).fillColor('black')));
  });
  list.end();
  doc.font('regular').fontSize(BODY).moveDown(1);
}

/**
 * The report as a tagged PDF (PDF 1.7, structure tree with headings,
 * paragraphs, lists, tables and figures with alternative text, document
 * language and title), DejaVu Sans embedded, headings in the outline.
 */
export async function renderPdf(report: ReportDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: LOCALES[report.language],
    info: { Title: report.title, Subject: report.subtitle, Creator: 'Grensportaal', Producer: 'Grensportaal' },
    bufferPages: false,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  doc.registerFont('italic', FONTS.italic);
  const root = doc.struct('Document');
  doc.addStructure(root);
  root.add(doc.struct('H1', {}, () => doc.font('bold').fontSize(22).text(report.title).moveDown(0.3)));
  root.add(doc.struct('P', {}, () => doc.font('regular').fontSize(13).text(report.subtitle).moveDown(0.3)));
  root.add(doc.struct('P', {}, () => doc.font('italic').fontSize(BODY - 1).text(report.colophon).moveDown(1)));
  doc.font('regular').fontSize(BODY);
  const toc = report.blocks.find((b) => b.type === 'toc');
  if (toc) contents(doc, root, toc.title, report.blocks);
  const outline: Array<{ level: number; item: PDFKit.PDFOutline }> = [];
  for (const [n, b] of report.blocks.entries()) {
    if (b.type === 'heading') {
      const parent = [...outline].reverse().find((o) => o.level < b.level)?.item ?? doc.outline;
      await block(doc, root, b, `h${n}`);
      outline.push({ level: b.level, item: parent.addItem(b.text) });
      continue;
    }
    await block(doc, root, b);
  }
  root.end();
  doc.end();
  return done;
}
