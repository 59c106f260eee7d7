// Reading a printout back: a page rendered to PDF by headless Chromium (under target/print/), and
// its text without whitespace (a title or a link may break across lines anywhere).
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ROOT } from './paths.mjs';

const OUT = join(ROOT, 'target', 'print');

/** Prints `page` to `target/print/<name>.pdf` as the browser's print dialog would (the print
 * events fire) and returns the path. */
export async function printToPdf(page, name) {
  await mkdir(OUT, { recursive: true });
  const path = join(OUT, `${name}.pdf`);
  await page.pdf({ path, format: 'A4', printBackground: true });
  return path;
}

export async function pdfText(path) {
  const pdf = await getDocument({ data: new Uint8Array(await readFile(path)), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((item) => item.str + (item.hasEOL ? ' ' : '')).join('') + ' ';
  }
  return normalise(text);
}

export const normalise = (text) => text.replace(/[\s\u00ad]+/g, '');
export const occurrences = (text, part) => text.split(normalise(part)).length - 1;
export const has = (text, part) => occurrences(text, part) > 0;
