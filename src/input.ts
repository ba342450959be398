/**
 * Reading a gazette file: the only I/O before the pure pipeline. Bad input becomes a clear
 * AppError('BAD_INPUT_FILE') instead of a stack trace or a garbage graph.
 *
 * Formats are told by content (magic bytes, then markup), not by the file name: PDF (text layer,
 * reading order, running headers dropped, pages kept as form feeds), Word .docx, HTML pages (main
 * content only), and text in UTF-8, GB18030/GBK or UTF-16 with a BOM. Every format ends as one
 * text: `Document.text` is a slice of it and evidence quotes it verbatim.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { AppError, messageOf } from './errors.js';
import { htmlText } from './input/html.js';
import { pdfText, type PdfText } from './input/pdf.js';
import { docxHtml, pdfPages, type PdfPage } from './input/raw.mjs';
import { docxHtmlSync, pdfPagesSync } from './input/sync.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** Share of non-whitespace characters that are CJK ideographs. */
function cjkShare(text: string): number {
  const visible = text.replace(/\s/g, '');
  if (!visible.length) return 0;
  return (visible.match(CJK)?.length ?? 0) / visible.length;
}

/**
 * Share of ideographs that are common ones (GB2312 level 1, lead bytes B0–D7). Real Chinese prose
 * is mostly common characters; arbitrary high bytes decode to rare ones about two times in three.
 */
function commonHanziShare(text: string): number {
  let cjk = 0;
  let common = 0;
  for (const ch of text.slice(0, 20000)) {
    if (!/[\u4e00-\u9fff]/.test(ch)) continue;
    cjk++;
    const b = iconv.encode(ch, 'gbk');
    if (b.length === 2 && b[0] >= 0xb0 && b[0] <= 0xd7) common++;
  }
  return cjk ? common / cjk : 0;
}

/** Bytes that look like binary data rather than text: NULs or many control characters. */
function looksBinary(buf: Buffer): boolean {
  const sample = buf.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

/** Decode bytes as text: UTF-8 when valid, else GB18030 when that yields Chinese text. */
function decodeSource(buf: Buffer, path = '<input>'): { text: string; encoding: string } {
  const bom16 =
    buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : null;
  if (!bom16 && looksBinary(buf))
    throw new AppError('BAD_INPUT_FILE', `${path}: binary file, not a text gazette`, { path });
  let text: string;
  let encoding = 'utf-8';
  if (bom16) {
    // UTF-16 is only trusted with its byte-order mark (Windows Notepad "Unicode")
    text = bom16 === 'utf-16le' ? new TextDecoder('utf-16le').decode(buf) : iconv.decode(buf, 'utf-16be');
    encoding = bom16;
  } else
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    } catch {
      const gb = iconv.decode(buf, 'gb18030');
      // a real GBK text decodes to mostly ideographs with few replacement characters
      if (!gb.includes('\ufffd') && cjkShare(gb) >= 0.3 && commonHanziShare(gb) >= 0.6) {
        text = gb;
        encoding = 'gb18030';
      } else {
        throw new AppError(
          'BAD_INPUT_FILE',
          `${path}: not valid UTF-8 and not recognisable GBK/GB18030 text; convert it to UTF-8`,
          { path },
        );
      }
    }
  text = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new AppError('BAD_INPUT_FILE', `${path}: the file is empty`, { path });
  // decoded text that is mostly replacement or control characters is not a document
  const bad = (text.match(/[\ufffd\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0) / text.length;
  if (bad > 0.05) throw new AppError('BAD_INPUT_FILE', `${path}: mostly non-text content`, { path });
  return { text, encoding };
}

export type SourceFormat = 'text' | 'html' | 'pdf' | 'docx';

export interface SourceText {
  text: string;
  /** the text encoding of a text or HTML file; 'pdf' or 'docx' for those */
  encoding: string;
  format: SourceFormat;
  /** PDF only: offset in text where each page starts (page n at pageStarts[n-1]); pages are separated by "\n\f\n" */
  pageStarts?: number[];
}

/** What the bytes are, whatever the file is called. */
function sniff(buf: Buffer, path: string): 'pdf' | 'docx' | 'textual' {
  const head = buf.subarray(0, 1024).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) {
    // a .docx is a ZIP whose entries include word/document.xml (names are stored uncompressed)
    if (buf.includes('word/document.xml')) return 'docx';
    throw new AppError(
      'BAD_INPUT_FILE',
      `${path}: a ZIP archive that is not a Word .docx (e.g. .xlsx, .odt or an archive); unpack it or save it as .docx, PDF or text`,
      { path },
    );
  }
  if (head.startsWith('\xd0\xcf\x11\xe0')) {
    throw new AppError(
      'BAD_INPUT_FILE',
      `${path}: a legacy Word .doc (or other OLE) file; save it as .docx or PDF first`,
      { path },
    );
  }
  if (head.startsWith('{\\rtf'))
    throw new AppError('BAD_INPUT_FILE', `${path}: an RTF file; save it as .docx, PDF or text first`, { path });
  return 'textual';
}

/** Markup, not prose: a doctype, an <html> element, or several block tags near the start. */
function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<html/.test(head)) return true;
  return (head.match(/<(?:p|div|br|body|head|table|span)[\s>/]/g)?.length ?? 0) >= 3 && head.startsWith('<');
}

/** A PDF with almost no text is a scan: say so instead of a "no recognisable document" later. */
function checkPdfText(r: PdfText, path: string): void {
  const chars = r.visible.reduce((a, b) => a + b, 0);
  if (chars < 20 * Math.max(1, r.visible.length) && chars < 200) {
    throw new AppError(
      'BAD_INPUT_FILE',
      `${path}: a scanned PDF with no text layer (${r.visible.length} page(s) of images, ${chars} characters of text); run OCR on it first (e.g. ocrmypdf -l chi_sim) or get the text version`,
      { path, pages: r.visible.length },
    );
  }
  const pua = r.text.match(/[\ue000-\uf8ff]/g)?.length ?? 0;
  if (pua / chars > 0.3) {
    throw new AppError(
      'BAD_INPUT_FILE',
      `${path}: the PDF's fonts have no Unicode mapping (the text layer is unreadable glyph codes); run OCR on it or get the text version`,
      { path },
    );
  }
}

function fromPdf(pages: PdfPage[], path: string): SourceText {
  const r = pdfText(pages);
  checkPdfText(r, path);
  return { text: r.text, encoding: 'pdf', format: 'pdf', pageStarts: r.pageStarts };
}

function fromHtml(html: string, path: string, page: boolean, encoding: string): SourceText {
  const text = htmlText(html, { page });
  if (!text.trim())
    throw new AppError(
      'BAD_INPUT_FILE',
      `${path}: ${page ? 'the web page has no main text' : 'the Word file has no text'}`,
      { path },
    );
  return { text, encoding, format: page ? 'html' : 'docx' };
}

function fromTextual(buf: Buffer, path: string): SourceText {
  const { text, encoding } = decodeSource(buf, path);
  return looksLikeHtml(text) ? fromHtml(text, path, true, encoding) : { text, encoding, format: 'text' };
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot be read';
    throw new AppError('BAD_INPUT_FILE', `${path}: ${why}`, { path, code }, { cause: e });
  }
}

/** A reader's own failure (a damaged PDF or .docx) as bad input, never a stack trace. */
function damaged(e: unknown, what: string, path: string): never {
  if (e instanceof AppError) throw e;
  throw new AppError(
    'BAD_INPUT_FILE',
    `${path}: cannot read the ${what} (${messageOf(e)}); is the file damaged or password-protected?`,
    { path },
    { cause: e },
  );
}

/** Bytes → text, synchronously (PDF and Word are read in a worker thread, see input/sync.ts). */
export function readSourceBytes(buf: Buffer, path = '<input>'): SourceText {
  const kind = sniff(buf, path);
  if (kind === 'pdf') {
    let pages: PdfPage[];
    try {
      pages = pdfPagesSync(buf);
    } catch (e) {
      damaged(e, 'PDF', path);
    }
    return fromPdf(pages, path);
  }
  if (kind === 'docx') {
    let html: string;
    try {
      html = docxHtmlSync(buf);
    } catch (e) {
      damaged(e, 'Word file', path);
    }
    return fromHtml(html, path, false, 'docx');
  }
  return fromTextual(buf, path);
}

/** Bytes → text without blocking a thread: the same result as readSourceBytes. */
export async function readSourceBytesAsync(buf: Buffer, path = '<input>'): Promise<SourceText> {
  const kind = sniff(buf, path);
  if (kind === 'pdf') {
    let pages: PdfPage[];
    try {
      pages = await pdfPages(buf);
    } catch (e) {
      damaged(e, 'PDF', path);
    }
    return fromPdf(pages, path);
  }
  if (kind === 'docx') {
    let html: string;
    try {
      html = await docxHtml(buf);
    } catch (e) {
      damaged(e, 'Word file', path);
    }
    return fromHtml(html, path, false, 'docx');
  }
  return fromTextual(buf, path);
}

/** A gazette file of any supported format as text (synchronous: the pipeline and ingest call this). */
export function readSourceFile(path: string): SourceText {
  return readSourceBytes(readBytes(path), path);
}

/** The same as readSourceFile, for callers that must not block (a server). */
export async function readSource(path: string): Promise<SourceText> {
  return readSourceBytesAsync(readBytes(path), path);
}
