/**
 * What a jurisdiction's name tells the resolver: the level word its own units are prefixed with
 * (旗住建局, 县财政局, 自治区农牧厅), the words that mark a unit of a higher level (市/自治区/国家…),
 * and the name's stem (伊金霍洛 of 伊金霍洛旗) which also prefixes local names.
 */
export interface JurisdictionInfo {
  /** full name as given, e.g. 伊金霍洛旗 or 保定市徐水区; null when unknown */
  full: string | null;
  /** every written form of the name that prefixes local units, longest first: 保定市徐水区, 徐水区 */
  names: string[];
  /** the name without its level suffix, e.g. 伊金霍洛; null when too short to be safe */
  stem: string | null;
  /** the prefix local units carry: 旗, 县, 区, 市, 州, 盟, 省, 自治区; null for national or unknown */
  level: string | null;
  /** 0 national, 1 province, 2 prefecture, 3 county; 4 when unknown */
  rank: number;
  /** prefixes of units above this jurisdiction (市, 自治区, 国家 …) */
  higherLevels: string[];
}

// Longest suffix first, so 自治区 is not read as 区.
const SUFFIXES: Array<{ suffix: string; level: string; rank: number }> = [
  { suffix: '特别行政区', level: '特别行政区', rank: 1 },
  { suffix: '自治区', level: '自治区', rank: 1 },
  { suffix: '自治州', level: '州', rank: 2 },
  { suffix: '自治县', level: '县', rank: 3 },
  { suffix: '自治旗', level: '旗', rank: 3 },
  { suffix: '省', level: '省', rank: 1 },
  { suffix: '市', level: '市', rank: 2 },
  { suffix: '盟', level: '盟', rank: 2 },
  { suffix: '州', level: '州', rank: 2 },
  { suffix: '县', level: '县', rank: 3 },
  { suffix: '旗', level: '旗', rank: 3 },
  { suffix: '区', level: '区', rank: 3 },
];

const LEVEL_WORDS_BY_RANK: Record<number, string[]> = {
  0: ['中央', '国家', '国务院'],
  1: ['自治区', '省'],
  2: ['市', '盟', '州'],
};

const NATIONAL = new Set(['中华人民共和国', '全国', '国务院', '中国', '国家', '中央']);

export function jurisdictionInfo(jurisdiction: string | null): JurisdictionInfo {
  const full = jurisdiction?.replace(/\s+/g, '') || null;
  if (!full) return { full: null, names: [], stem: null, level: null, rank: 4, higherLevels: allHigher(4) };
  if (NATIONAL.has(full)) return { full, names: [full], stem: null, level: null, rank: 0, higherLevels: [] };
  // 保定市徐水区 is written 徐水区 in its own documents: the part after the enclosing places
  const own = /^(?:[\u4e00-\u9fa5]{2,8}?(?:自治区|省|市|盟|自治州))+(.{2,})$/.exec(full)?.[1] ?? full;
  const names = [...new Set([full, own])];
  for (const s of SUFFIXES) {
    if (own.endsWith(s.suffix) && own.length > s.suffix.length) {
      const stem = own.slice(0, -s.suffix.length);
      return {
        full,
        names,
        stem: stem.length >= 2 ? stem : null,
        level: s.level,
        rank: s.rank,
        higherLevels: allHigher(s.rank),
      };
    }
  }
  return { full, names, stem: null, level: null, rank: 4, higherLevels: allHigher(4) };
}

function allHigher(rank: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < rank && r <= 2; r++) out.push(...LEVEL_WORDS_BY_RANK[r]);
  // longest first so 自治区 wins over 区-like prefixes
  return out.sort((a, b) => b.length - a.length);
}
