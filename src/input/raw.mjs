/**
 * The asynchronous part of reading PDF and Word files: pdfjs-dist and mammoth only offer promises.
 * Plain JavaScript on purpose: the synchronous reader (sync.ts) runs this file in a worker thread,
 * and a worker gets no TypeScript loader under vitest. Everything else (layout, running headers,
 * main content) is done in TypeScript on what this returns.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));

/** Text items of every page of a PDF: string, baseline position, width, font size. */
export async function pdfPages(data) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(data),
    // predefined CJK CMaps (UniGB-UCS2-H …) are common in Chinese government PDFs
    cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
    isEvalSupported: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const vp = page.getViewport({ scale: 1 });
      const tc = await page.getTextContent();
      const items = [];
      for (const it of tc.items) {
        if (!('str' in it)) continue;
        const [a, b, , d, x, y] = it.transform;
        items.push({
          str: it.str,
          x,
          y,
          w: it.width,
          size: Math.hypot(a, b) || Math.abs(d) || it.height,
          eol: it.hasEOL,
        });
      }
      pages.push({ width: vp.width, height: vp.height, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** A .docx as HTML (paragraphs, headings, tables); mammoth leaves page headers and footers out. */
export async function docxHtml(data) {
  const mammoth = (await import('mammoth')).default;
  const r = await mammoth.convertToHtml({ buffer: Buffer.from(data) });
  return r.value;
}

// as a worker: do one job, post the result, wake the waiting thread (see sync.ts)
if (parentPort && workerData && workerData.rawJob) {
  const { kind, data, port, signal } = workerData;
  const flag = new Int32Array(signal);
  (kind === 'pdf' ? pdfPages(data) : docxHtml(data))
    .then((value) => port.postMessage({ ok: true, value }))
    .catch((e) => port.postMessage({ ok: false, message: e && e.message ? e.message : String(e), name: e && e.name }))
    .finally(() => {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    });
}
