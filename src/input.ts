/**
 * Reading a gazette file: the only I/O before the pure pipeline. Bad input becomes a clear
 * AppError('BAD_INPUT_FILE') instead of a stack trace or a garbage graph.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { AppError } from './errors.js';

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
  if (looksBinary(buf)) throw new AppError('BAD_INPUT_FILE', `${path}: binary file, not a text gazette`, { path });
  let text: string;
  let encoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const gb = iconv.decode(buf, 'gb18030');
    // a real GBK text decodes to mostly ideographs with few replacement characters
    if (!gb.includes('\ufffd') && cjkShare(gb) >= 0.3 && commonHanziShare(gb) >= 0.6) {
      text = gb;
      encoding = 'gb18030';
    } else {
      throw new AppError('BAD_INPUT_FILE', `${path}: not valid UTF-8 and not recognisable GBK/GB18030 text; convert it to UTF-8`, { path });
    }
  }
  text = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new AppError('BAD_INPUT_FILE', `${path}: the file is empty`, { path });
  // decoded text that is mostly replacement or control characters is not a document
  const bad = (text.match(/[\ufffd\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0) / text.length;
  if (bad > 0.05) throw new AppError('BAD_INPUT_FILE', `${path}: mostly non-text content`, { path });
  return { text, encoding };
}

export function readSourceFile(path: string): { text: string; encoding: string } {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new AppError('BAD_INPUT_FILE', `${path}: ${why}`, { path, code }, { cause: e });
  }
  return decodeSource(buf, path);
}
