/**
 * Lists of units as written in Chinese official text: 旗城市管理行政执法局、教育体育局、民政局 ·
 * 旗住房和城乡建设局(住房保障综合服务中心、城乡环卫中心) · 旗工业和信息化局(对外贸易工作) ·
 * A、B等相关单位 · X等中央、自治区、市驻地能源企业. Offsets are kept so every item has a span.
 */
import { NOT_A_PREFIX, type OrgResolver, type ResolvedOrg } from './orgs.js';

export interface UnitItem {
  text: string;
  start: number;
  end: number;
  /** bracketed sub-units: 旗卫生健康委员会(疾控中心) */
  subUnits: Array<{ text: string; start: number; end: number }>;
  /** bracketed scope qualifier: (对外贸易工作), (除对外贸易工作) */
  scope: string | null;
  /** end of the whole item as written, brackets included */
  fullEnd: number;
  /** 县住建局（牵头）: the item is marked as the lead of its list */
  leads: boolean;
}

const OPEN = '(（';
const CLOSE = ')）';
const SEPARATORS = '、，,；;';

/** "等…企业/单位/部门" tails name a category, not a unit; blank them (same length, offsets kept). */
function blankCategoryTails(text: string): string {
  return text
    .replace(
      /等(?:[\u4e00-\u9fa5]{0,8}、)*[\u4e00-\u9fa5]{0,14}?(?:单位|部门|企业|机构|组织)(?=$|[，,;；。、\s])/g,
      (m) => ' '.repeat(m.length),
    )
    .replace(/等(?=\s*$|[，,;；。])/g, ' ');
}

/** Split a list written in `text`; `base` is the clean offset of text[0]. */
export function splitUnitList(text: string, base = 0): UnitItem[] {
  const t = blankCategoryTails(text);
  const items: UnitItem[] = [];
  let depth = 0;
  let segStart = 0;
  const flush = (end: number) => {
    const item = parseItem(t.slice(segStart, end), base + segStart);
    if (item) items.push(item);
  };
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SEPARATORS.includes(c)) {
      flush(i);
      segStart = i + 1;
    }
  }
  flush(t.length);
  return items;
}

function trimSpan(s: string, start: number): { text: string; start: number; end: number } | null {
  const lead = s.length - s.replace(/^[\s。.:：]+/, '').length;
  const body = s.replace(/^[\s。.:：]+/, '').replace(/[\s。.]+$/, '');
  if (!body) return null;
  return { text: body, start: start + lead, end: start + lead + body.length };
}

function parseItem(seg: string, start: number): UnitItem | null {
  const span = trimSpan(seg, start);
  if (!span) return null;
  const open = [...span.text].findIndex((c) => OPEN.includes(c));
  if (open < 0) return { ...span, subUnits: [], scope: null, fullEnd: span.end, leads: false };
  const close = Math.max(span.text.lastIndexOf(')'), span.text.lastIndexOf('）'));
  const head = trimSpan(span.text.slice(0, open), span.start);
  if (!head) return null;
  const inner = span.text.slice(open + 1, close > open ? close : undefined);
  const innerStart = span.start + open + 1;
  // A bracket ending in 工作 narrows the portfolio (对外贸易工作 / 除对外贸易工作); it is not a unit.
  if (/^(牵头|主责|牵头单位)$/.test(inner))
    return { ...head, subUnits: [], scope: null, fullEnd: span.end, leads: true };
  if (/工作$/.test(inner)) return { ...head, subUnits: [], scope: inner, fullEnd: span.end, leads: false };
  if (/^(以下简称|下称|简称)/.test(inner))
    return { ...head, subUnits: [], scope: null, fullEnd: span.end, leads: false };
  const subUnits: UnitItem['subUnits'] = [];
  let s = 0;
  for (let i = 0; i <= inner.length; i++) {
    if (i === inner.length || SEPARATORS.includes(inner[i])) {
      const sub = trimSpan(inner.slice(s, i), innerStart + s);
      if (sub) subUnits.push(sub);
      s = i + 1;
    }
  }
  return { ...head, subUnits, scope: null, fullEnd: span.end, leads: false };
}

export interface ResolvedUnit {
  item: UnitItem;
  org: ResolvedOrg;
  subUnits: Array<{ span: { start: number; end: number }; text: string; org: ResolvedOrg }>;
}

/**
 * Resolve a list, carrying a written prefix to the items that elide it: in 市发改委、财政局 the 财政局
 * is the 市's. A bare item of a local list is local anyway; sub-units take their parent's prefix.
 */
export function resolveUnitList(items: UnitItem[], resolver: OrgResolver): ResolvedUnit[] {
  const out: ResolvedUnit[] = [];
  let carried = '';
  for (const item of items) {
    const own = writtenPrefix(item.text, resolver);
    if (own !== null) carried = own;
    // company names are complete legal names; towns and 各… collectives take no prefix
    const takesPrefix =
      own === null && carried && !/^各|(公司|集团)$|(镇|乡|苏木|街道)(人民政府|政府)?$/.test(item.text);
    const mention = takesPrefix ? carried + item.text : item.text;
    const org = resolver.resolve(mention) ?? (mention !== item.text ? resolver.resolve(item.text) : null);
    if (!org) continue;
    const prefix = own ?? carried;
    const subUnits = item.subUnits
      .map((s) => {
        const sub =
          (prefix && writtenPrefix(s.text, resolver) === null ? resolver.resolve(prefix + s.text) : null) ??
          resolver.resolve(s.text);
        return sub ? { span: { start: s.start, end: s.end }, text: s.text, org: sub } : null;
      })
      .filter((x): x is NonNullable<typeof x> => x !== null);
    out.push({ item, org, subUnits });
  }
  return out;
}

/** The jurisdiction prefix written at the start of a unit name, '' for none known, null if absent. */
function writtenPrefix(text: string, resolver: OrgResolver): string | null {
  const J = resolver.jurisdiction;
  const candidates = [...J.names, ...J.higherLevels, J.level].filter((x): x is string => !!x);
  for (const p of candidates) {
    // 市场监督管理局 starts with 市 but 市 is not a prefix there
    if (text.startsWith(p) && text.length > p.length && !NOT_A_PREFIX.test(text)) {
      return J.names.includes(p) && J.level ? J.level : p;
    }
  }
  const place = /^([\u4e00-\u9fa5]{2,8}?(?:自治区|自治州|省|市|盟))/.exec(text);
  if (place && !/公司$/.test(text)) return place[1];
  return null;
}
