/**
 * What actor extraction hands to the resolve pass, and what it asks of it. Extract finds where an
 * organisation or person is named (a unit list's items with their spans, a post's unit); the resolve
 * pass (src/resolve, wired in by pipeline.ts) says which organisation or person that is. The
 * interfaces live here, at the earlier stage, so extract imports nothing from resolve.
 *
 * Lists of units as written in Chinese official text: 旗城市管理行政执法局、教育体育局、民政局 ·
 * 旗住房和城乡建设局(住房保障综合服务中心、城乡环卫中心) · 旗工业和信息化局(对外贸易工作) ·
 * A、B等相关单位 · X等中央、自治区、市驻地能源企业. Offsets are kept so every item has a span.
 */
import type { NodeProps } from '../model/index.js';
import { trimSpan } from '../text/spans.js';

/** An organisation a written name refers to, named as the resolve pass names it. */
export interface ResolvedOrg {
  id: string;
  /** canonical name, e.g. 旗住房和城乡建设局 */
  name: string;
  aliases: string[];
  kind: NodeProps<'Organization'>['kind'];
  jurisdiction: string | null;
  /** why the mention maps to this canonical name */
  reason: string;
  /** the unit this one is part of, when the name itself says so (旗公安局X派出所) */
  parent?: ResolvedOrg;
}

/** One item of a written unit list, with its span in the document's clean text. */
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

/** A list item that names an organisation, with its bracketed sub-units that name one too. */
export interface ResolvedUnit {
  item: UnitItem;
  org: ResolvedOrg;
  subUnits: Array<{ span: { start: number; end: number }; text: string; org: ResolvedOrg }>;
}

/** What the actor extractors ask of the resolve pass for one jurisdiction. */
export interface NameResolver {
  /** the jurisdiction's full name (伊金霍洛旗) and the level word its own units carry (旗) */
  readonly jurisdiction: { readonly full: string | null; readonly level: string | null };
  /** the organisation a written name refers to; null when it names none */
  resolve(mention: string): ResolvedOrg | null;
  /** the items of a unit list that name organisations (a written 市 or 旗 carries to the items that elide it) */
  resolveUnits(items: UnitItem[]): ResolvedUnit[];
  /** the id of the person of this name in this jurisdiction */
  personId(name: string): string;
}

/** The resolver of extract's dry run: it answers as one that has learnt nothing yet, and keeps every name asked. */
export interface MentionProbe extends NameResolver {
  /** every organisation name asked about so far, in order, repeats kept (how often a form is written counts) */
  mentions(): string[];
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

/** A segment of a list without the spaces, colons and full stops around it; null when nothing is left. */
function itemSpan(s: string, start: number): { text: string; start: number; end: number } | null {
  const span = trimSpan(s, 0, s.length, /[\s。.:：]/, /[\s。.]/);
  if (span.end <= span.start) return null;
  return { text: s.slice(span.start, span.end), start: start + span.start, end: start + span.end };
}

function parseItem(seg: string, start: number): UnitItem | null {
  const span = itemSpan(seg, start);
  if (!span) return null;
  const open = [...span.text].findIndex((c) => OPEN.includes(c));
  if (open < 0) return { ...span, subUnits: [], scope: null, fullEnd: span.end, leads: false };
  const close = Math.max(span.text.lastIndexOf(')'), span.text.lastIndexOf('）'));
  const head = itemSpan(span.text.slice(0, open), span.start);
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
      const sub = itemSpan(inner.slice(s, i), innerStart + s);
      if (sub) subUnits.push(sub);
      s = i + 1;
    }
  }
  return { ...head, subUnits, scope: null, fullEnd: span.end, leads: false };
}
