/**
 * Synthetic gazettes for scaling: the seed re-issued under other jurisdictions and dates, so
 * every copy yields its own documents, organisations and people (ids hash the jurisdiction).
 */
const SYLLABLES = ['安', '宁', '和', '平', '新', '兴', '永', '德', '康', '乐', '祥', '瑞', '丰', '泰', '嘉', '华'];

function jurisdictionName(i: number): string {
  // four characters, distinct for i < 16^4
  const a = SYLLABLES[i % 16];
  const b = SYLLABLES[Math.floor(i / 16) % 16];
  const c = SYLLABLES[Math.floor(i / 256) % 16];
  const d = SYLLABLES[Math.floor(i / 4096) % 16];
  return `${d}${c}${b}${a}`;
}

/** The source jurisdiction's stem (伊金霍洛 of 伊金霍洛旗), read off the gazette's first title line. */
function stemOf(text: string): string {
  const m = /^\s*(\S+?)(旗|县|区|市)人民政府公报/m.exec(text);
  if (!m) throw new Error('cannot find the gazette title to re-issue');
  return m[1];
}

export function reissue(text: string, i: number): { text: string; sourceFile: string } {
  const stem = stemOf(text);
  const name = jurisdictionName(i);
  // a different publication day keeps the gazette identity distinct beyond the name
  const day = (i % 28) + 1;
  const out = text
    .split(stem)
    .join(name)
    .replace(
      /(\d{4})年(\d{1,2})月(\d{1,2})日(\s*\n\s*目\s*录)/,
      (_m, y, mo, _d, rest) => `${y}年${mo}月${day}日${rest}`,
    );
  return { text: out, sourceFile: `synthetic-${String(i).padStart(3, '0')}.txt` };
}

/**
 * Issue `month` (0–11) of the seed's county in one year: the seed numbered as that issue, with every
 * date moved on by that many months and every 文号 renumbered, so its documents are new documents of
 * the same county while its units and leaders are the same ones: a county-year of gazettes.
 */
export function issueOfYear(text: string, month: number): { text: string; sourceFile: string } {
  const out = text
    .replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/g, (_m, y, mo, d) => {
      const m = Number(mo) - 1 + month;
      return `${Number(y) + Math.floor(m / 12)}年${(m % 12) + 1}月${d}日`;
    })
    // each document's 文号 (伊政办发〔2024〕5号), which names it, is another number in another month
    .replace(/([〔[［])(\d{4})([〕\]］])(\d+)号/g, (_m, a, y, b, n) => `${a}${y}${b}${Number(n) + 100 * month}号`)
    // the issue's own number (2024年第1-2期(总第46期)), which names the gazette
    .replace(/年第[\d-]+期\(总第(\d+)期\)/, (_m, n) => `年第${month + 1}期(总第${Number(n) + month}期)`);
  return { text: out, sourceFile: `county-year-${String(month + 1).padStart(2, '0')}.txt` };
}
