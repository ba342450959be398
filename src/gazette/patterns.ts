/** Shared recognisers for gazette metadata: 文号, dates, places (document kinds: src/kinds/). */

/**
 * 文号: issuer code, year in any bracket style, serial, 号. The code must not continue a word
 * (印发伊政办发… would otherwise swallow 印发), and ends the way issuer codes end (发/字/函/办…).
 */
const DOC_NUMBER =
  /(?<![\u4e00-\u9fa5])([\u4e00-\u9fa5]{0,8}[发字函办文令规通]|[\u4e00-\u9fa5]{1,4})\s*[〔\[［【(（]\s*(\d{4})\s*[〕\]］】)）]\s*(\d{1,4})\s*号/g;

/** One spelling for every 文号: 伊政办发[2024]5号 / 〔〕 / ［］ / 【】 → 伊政办发〔2024〕5号 */
function normalizeDocNumber(code: string, year: string, serial: string): string {
  return `${code}〔${year}〕${Number(serial)}号`;
}

export function findDocNumbers(text: string): Array<{ docNumber: string; start: number; end: number }> {
  const out: Array<{ docNumber: string; start: number; end: number }> = [];
  for (const m of text.matchAll(DOC_NUMBER)) {
    out.push({ docNumber: normalizeDocNumber(m[1], m[2], m[3]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

export function isoDate(m: RegExpExecArray | RegExpMatchArray): string {
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

/** 伊金霍洛旗人民政府办公室 → 伊金霍洛旗: the place an issuing body governs. */
export function jurisdictionOf(issuer: string | null): string | null {
  if (!issuer) return null;
  const m =
    /^(.+?(?:自治区|自治州|自治县|自治旗|特别行政区|省|市|县|区|旗|州|盟|镇|乡|苏木))(?:人民政府|政府|委员会|党委|人大|办公室|办公厅|$)/.exec(
      issuer,
    );
  return m ? m[1] : null;
}
