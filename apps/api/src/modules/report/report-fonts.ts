import { dirname, join } from 'node:path';

/**
 * DejaVu Sans, from the registry (`dejavu-fonts-ttf`): full Latin coverage
 * (ä ö ü ß, é ë ï, ‘ ’ „ “ –), embedded as a subset in every PDF and used to
 * draw the charts, so a report looks the same on every machine and needs
 * no system fonts.
 */
const DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONTS = {
  regular: join(DIR, 'DejaVuSans.ttf'),
  bold: join(DIR, 'DejaVuSans-Bold.ttf'),
  italic: join(DIR, 'DejaVuSans-Oblique.ttf'),
} as const;
