import { join } from 'node:path';
import PDFDocument from 'pdfkit';

/** DejaVu Sans, embedded: it has every Finnish and Swedish letter (å, ä, ö, š, ž) and more. */
const FONT_DIR = join(require.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
const REGULAR = join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = join(FONT_DIR, 'DejaVuSans-Bold.ttf');

/** The county's name in both its languages, at the head of everything it prints. */
export const COUNTY = 'Länsi-Uudenmaan hyvinvointialue – Västra Nylands välfärdsområde';

/** A day as Finns and Swedes write it: 24.12.2026. */
export const day = (iso: string | null) => {
  if (!iso) return '–';
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
};

/**
 * An A4 document of the county with the fonts `regular` and `bold` registered, and the bytes it makes
 * once `doc.end()` is called.
 */
export function countyDocument(title: string, layout: 'portrait' | 'landscape' = 'portrait') {
  const doc = new PDFDocument({ size: 'A4', layout, margin: 56, info: { Title: title, Author: COUNTY } });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, done };
}
