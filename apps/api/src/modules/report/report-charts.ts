import { Resvg } from '@resvg/resvg-js';
import { FONTS } from './report-fonts';

export interface Bar {
  label: string;
  value: number;
  /** The figure as the document writes it (in the report's language). */
  shown: string;
  /** Which of up to two series the bar belongs to (its label says which, too). */
  series?: 0 | 1;
}

/** Okabe–Ito blue and vermilion: told apart with any kind of colour blindness, both over 3:1 against white; the label and the printed value carry the meaning, never the colour alone. */
const COLOURS = ['#0072B2', '#D55E00'];
const WIDTH = 640;
const BAR = 22;
const GAP = 10;
const LABEL = 270;

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function truncate(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/**
 * A horizontal bar chart as a PNG (drawn as SVG, rendered by resvg with the
 * report's own font): labels on the left, the figure at the end of each bar.
 * The document always gives the same figures as a table beside it.
 */
export function barChart(title: string, bars: Bar[]): { png: Buffer; width: number; height: number } {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = WIDTH - LABEL - 70;
  const height = 40 + bars.length * (BAR + GAP) + 10;
  const rows = bars
    .map((b, i) => {
      const y = 40 + i * (BAR + GAP);
      const w = Math.max(b.value > 0 ? 2 : 0, (b.value / max) * plot);
      return [
        `<text x="${LABEL - 8}" y="${y + BAR * 0.7}" text-anchor="end" font-size="12">${escape(truncate(b.label, 36))}</text>`,
        `<rect x="${LABEL}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="${COLOURS[b.series ?? 0]}"/>`,
        `<text x="${(LABEL + w + 6).toFixed(1)}" y="${y + BAR * 0.7}" font-size="13" font-weight="bold">${escape(b.shown)}</text>`,
      ].join('');
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans">
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="0" y="20" font-size="15" font-weight="bold">${escape(truncate(title, 70))}</text>
<line x1="${LABEL}" y1="32" x2="${LABEL}" y2="${height - 6}" stroke="#555555" stroke-width="1"/>
${rows}
</svg>`;
  const png = new Resvg(svg, { font: { fontFiles: [FONTS.regular, FONTS.bold], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'zoom', value: 2 } }).render().asPng();
  return { png, width: WIDTH * 0.7, height: height * 0.7 };
}
