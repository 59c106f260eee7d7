// Reading a printout back: a page rendered to PDF by headless Chromium (under target/print/), and
// its text without whitespace (a title or a link may break across lines anywhere).
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ROOT, SCREENSHOTS } from './paths.mjs';

const OUT = join(ROOT, 'target', 'print');

/** Prints `page` to `target/print/<name>.pdf` as the browser's print dialog would (the print
 * events fire), on the paper the page's own `@page` rules ask for (A4, and landscape for slides),
 * writes its first pages as pictures beside the screenshots, and returns the path. */
export function printToPdf(page, name) {
  return keepPrintout(name, (path) => page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true }));
}

/** As `printToPdf`, with `print(path)` writing the PDF (a driver page's `pdf`, in any engine). */
export async function keepPrintout(name, print) {
  await mkdir(OUT, { recursive: true });
  const path = join(OUT, `${name}.pdf`);
  await print(path);
  await mkdir(SCREENSHOTS, { recursive: true });
  // Poppler's pdftoppm: target/screenshots/print-<name>-1.png, -2.png.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', path, join(SCREENSHOTS, `print-${name}`)]);
  return path;
}

/** Each page of the PDF: its size in points (width, height) and its text (as `pdfText`). */
export async function pdfPages(path) {
  const pdf = await getDocument({ data: new Uint8Array(await readFile(path)), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    pages.push({ width, height, text: normalise(content.items.map((item) => item.str).join('')) });
  }
  return pages;
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
