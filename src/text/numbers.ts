/**
 * Numbers as Chinese government text writes them: Arabic (1221, 3.5, 1,200), full-width digits,
 * Chinese numerals (两千三百, 一万二, 十五) and mixed forms (1.3万亿, 3万).
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * Map full-width digits, letters and common punctuation to ASCII one character for one, so that
 * offsets in the mapped text are offsets in the original.
 */
export function toHalfWidth(text: string): string {
  // FF01–FF5E are the full-width forms of 0021–007E; a no-break or thin space (web pages: 12&nbsp;处)
  // is a space. One character for one, so offsets stay.
  return text.replace(/[\uff01-\uff5e\u00a0\u2000-\u200a\u202f\u205f]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0xff00) return ' ';
    return isKeptFullWidth(c) ? ch : String.fromCharCode(c - 0xfee0);
  });
}

// Chinese clause punctuation is meaningful to the extractors: keep ，；：（）！？ as written.
function isKeptFullWidth(c: number): boolean {
  return c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0xff08 || c === 0xff09 || c === 0xff01 || c === 0xff1f;
}

/** Parse a Chinese numeral (一千二百三十四, 两万, 十五, 三百万, 二〇二四 digit-by-digit). null if not a number. */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  for (const ch of s) if (!(ch in DIGITS) && !(ch in SMALL_UNITS) && !(ch in BIG_UNITS)) return null;
  // digit-by-digit form: 二〇二四
  if ([...s].every((ch) => ch in DIGITS) && s.length > 1) {
    let v = 0;
    for (const ch of s) v = v * 10 + DIGITS[ch];
    return v;
  }
  let total = 0; // completed 亿 groups
  let section = 0; // completed 万 groups below the current 亿
  let group = 0; // below 万
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      group += (digit ?? 1) * SMALL_UNITS[ch];
      digit = null;
    } else {
      const big = BIG_UNITS[ch];
      const part = group + (digit ?? 0);
      if (big === 1e8) {
        total = (total + section + part || 1) * big;
        section = 0;
      } else {
        section = (section + part || 1) * big;
      }
      group = 0;
      digit = null;
    }
  }
  return total + section + group + (digit ?? 0);
}

/** Parse an Arabic number that may carry thousands separators (1,200) and full-width digits. */
function parseArabic(s: string): number | null {
  const t = toHalfWidth(s).replace(/[,，]/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** Any number token: Arabic, Chinese, or Arabic with a Chinese multiplier (1.3万亿 → 1.3e12). */
export function parseNumber(s: string): number | null {
  const t = toHalfWidth(s).trim();
  const m = /^(\d[\d,]*(?:\.\d+)?)(万亿|千万|百万|亿|万|千|百)?$/.exec(t);
  if (m) {
    const base = parseArabic(m[1]);
    if (base === null) return null;
    return m[2] ? round(base * multiplier(m[2])) : base;
  }
  return parseChineseNumeral(t);
}

/** The value of a multiplier prefix such as 万 or 万亿. */
export function multiplier(m: string): number {
  let v = 1;
  for (const ch of m) v *= ch in BIG_UNITS ? BIG_UNITS[ch] : (SMALL_UNITS[ch] ?? 1);
  return v;
}

/** Round away binary noise (1.3 * 1e4 → 13000, not 12999.999…). */
export function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
