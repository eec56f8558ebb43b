import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ParagraphChild,
  Table,
  TableCell,
  TableOfContents,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { LOCALES } from '@grensportaal/shared-i18n';
import type { Block, ReportDocument, Run } from './report-document';

/** Lets the API answer other requests while a long report is built. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
/** A4 less 2.54 cm margins on both sides, in twips. */
const TEXT_WIDTH = 11906 - 2 * 1440;
/** Table text in half-points: 9 pt, so German headings fit their columns. */
const TABLE_SIZE = 18;
/** Charts as wide as the text (in pixels at 96 dpi). */
const CHART_WIDTH = 600;

function runs(list: Run[], size?: number): ParagraphChild[] {
  return list.map((r) => {
    const run = new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size, language: r.lang ? { value: LOCALES[r.lang] } : undefined, ...(r.link ? { style: 'Hyperlink' } : {}) });
    return r.link ? new ExternalHyperlink({ link: r.link, children: [run] }) : run;
  });
}

async function block(b: Block): Promise<Array<Paragraph | Table | TableOfContents>> {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], children: [new TextRun(b.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: runs(b.runs) })];
    case 'list':
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'toc':
      return [new Paragraph({ children: [new TextRun({ text: b.title, bold: true, size: 28 })] }), new TableOfContents(b.title, { hyperlink: true, headingStyleRange: '1-3' })];
    case 'chart':
      return [
        new Paragraph({
          children: [new ImageRun({ type: 'png', data: b.png, transformation: { width: CHART_WIDTH, height: Math.round((b.height / b.width) * CHART_WIDTH) }, altText: { title: b.title, description: b.alt, name: b.title } })],
        }),
      ];
    case 'table': {
      const total = b.widths.reduce((sum, w) => sum + w, 0);
      const columnWidths = b.widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
      const header = new TableRow({
        tableHeader: true,
        children: b.header.map((h) => new TableCell({ shading: { fill: 'E8EEF4' }, children: [new Paragraph({ children: [new TextRun({ text: h, bold: true, size: TABLE_SIZE })] })] })),
      });
      // Cells carry no borders or widths of their own: the table's grid and borders hold them once (a 25,000-row annex stays small).
      const rows: TableRow[] = [];
      for (const [n, row] of b.rows.entries()) {
        rows.push(new TableRow({ cantSplit: true, children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell, TABLE_SIZE) })] })) }));
        if (n % 500 === 499) await breathe();
      }
      return [
        new Paragraph({ style: 'Caption', children: [new TextRun({ text: b.caption, italics: true })] }),
        new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths, layout: TableLayoutType.FIXED, rows: [header, ...rows] }),
        new Paragraph(''),
      ];
    }
  }
}

/**
 * The report as a Word document: real Heading 1–3 styles (so Word's
 * navigation and the table of contents work), a table of contents that
 * Word fills in when the document is opened, tables with a repeated header
 * row, charts as images with alternative text, references as hyperlinks.
 */
export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const language = LOCALES[doc.language];
  const children: Array<Paragraph | Table | TableOfContents> = [];
  for (const b of doc.blocks) children.push(...(await block(b)));
  const document = new Document({
    title: doc.title,
    creator: 'Grensportaal',
    description: doc.subtitle,
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: language } } } },
      paragraphStyles: [{ id: 'Caption', name: 'Caption', basedOn: 'Normal', next: 'Normal', run: { italics: true, size: 18 }, paragraph: { spacing: { before: 120, after: 60 } } }],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: doc.subtitle, size: 28 })] }),
          new Paragraph({ children: [new TextRun({ text: doc.colophon, italics: true, size: 18 })] }),
          ...children,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
