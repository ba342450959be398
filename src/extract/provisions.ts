/**
 * Provisions: what a measures document (办法, 措施, 细则, 方案) gives and for what — 获某级奖项 →
 * 激励扶持X万元, 每件/每人每年不高于X元, 专项资金年度总金额为X万元. Each is a stated fact: the
 * condition as written, the amount in 元, whether it is a cap, what it is counted by, and the clause
 * that states it. The rules are named records with examples they must keep and reject; the word
 * lists are data (seed/lexicon/provisions.json).
 */
import words from '../../seed/lexicon/provisions.json' with { type: 'json' };
import type { ParsedDocument, Span } from '../gazette/types.js';
import { kindSpec } from '../kinds/index.js';
import { parseNumber } from '../text/numbers.js';
import type { NamedRule } from './rules.js';

export interface ProvisionFact {
  /** the clause that states it, condition to amount */
  span: Span;
  /** GRANT: given for meeting the condition; FUND: a budget for the whole measure */
  kind: 'GRANT' | 'FUND';
  condition: string;
  /** in 元 */
  amount: number;
  /** as written: 20万元 */
  amountText: string;
  modifier: 'EXACT' | 'AT_MOST';
  /** 每部 · 每人每年 · 一次性 · 每年; null when the text does not say */
  per: string | null;
  /** a later amount of the same clause: the first amount's condition, which says what the clause is about (在国家级期刊发表…) */
  scope: string | null;
}

/** The rules; `keep` sentences give at least one provision by that rule, `reject` ones none by it. */
export const PROVISION_RULES = {
  'grant-then-amount': {
    why: 'a grant word followed by the amount (激励扶持20万元, 每件奖励3000元, 扶持金额不超过8万元): the words before it, back to the previous amount or clause, are its condition',
    keep: ['获国家级文艺奖项，激励扶持15万元。', '在省级刊物发表的每篇奖励2000元。', '原则上每场扶持金额不超过8万元。'],
    reject: ['对获奖作品给予奖励。', '每年扶持不超过4场。', '奖励资金由财政局拨付。'],
  },
  'amount-then-grant': {
    why: 'an amount followed by 的 and a grant word (给予不高于1万元的激励扶持): the same provision written the other way round',
    keep: ['对长期开展志愿服务的个人，每年给予不高于1万元的激励扶持。'],
    reject: ['根据实际情况给予配套扶持资金。'],
  },
  'fund-total': {
    why: 'a fund word with a total (专项资金年度总金额为200万元, 培训经费总额不高于16万元) is the budget, not a grant to anyone',
    keep: ['本办法专项资金年度总金额为200万元。', '每年培训扶持经费总额不高于16万元。'],
    reject: ['资金使用不足的，及时申请追加。'],
  },
  'per-unit-cap': {
    why: 'a bare cap counted by a unit after a fund or grant in the same clause (经费总额不高于16万元，每人每年不高于8000元) bounds each recipient under the same condition',
    keep: ['培训经费总额不高于16万元，每人每年不高于8000元。'],
    reject: ['每人每年参加培训不超过3次。'],
  },
} as const satisfies Record<string, NamedRule>;
export type ProvisionRuleName = keyof typeof PROVISION_RULES;

const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(万|千|百)?\s*元`;
const CAP = `(?:${alt(words.caps)}|为|达)?`;
const PER_UNIT = String.raw`每(?:年|人|户|个|${alt(words.perUnits)})(?:每年)?`;
const PER = String.raw`((?:${PER_UNIT})?(?:一次性)?)`;
const GRANT = `(?:${alt(words.grants)})`;
const FUND = `(?:${alt(words.funds)})`;
const TOTAL = `(?:${alt(words.totals)})`;

const PATTERNS: Array<{ rule: ProvisionRuleName; re: RegExp; kind: ProvisionFact['kind'] }> = [
  {
    rule: 'fund-total',
    kind: 'FUND',
    re: new RegExp(String.raw`${PER}\s*${GRANT}?\s*${FUND}\s*${TOTAL}\s*(${CAP})\s*${AMOUNT}`, 'g'),
  },
  {
    rule: 'amount-then-grant',
    kind: 'GRANT',
    re: new RegExp(String.raw`${PER}\s*给予\s*(${CAP})\s*${AMOUNT}\s*的\s*${GRANT}`, 'g'),
  },
  {
    rule: 'grant-then-amount',
    kind: 'GRANT',
    re: new RegExp(String.raw`${PER}\s*${GRANT}\s*(?:金额|资金|标准)?\s*(${CAP})\s*${AMOUNT}`, 'g'),
  },
  {
    rule: 'per-unit-cap',
    kind: 'GRANT',
    re: new RegExp(String.raw`(${PER_UNIT})\s*(${alt(words.caps)})\s*${AMOUNT}`, 'g'),
  },
];

/** what stands before a condition but is not part of it: an enumerator, 第X条, a run-in heading (展演类扶持:), 其中/对于 */
const LEAD = new RegExp(
  `^(?:[\\s，,、]|[（(]?[一二三四五六七八九十\\d]+[)）.、．]|第[一二三四五六七八九十百]+条|[^，,。；;：:]{1,12}[：:]|${alt(words.lead)})+`,
);
/** what may end the words before an amount but is not part of the condition (…的, 原则上) */
const TRAIL = new RegExp(`(?:[\\s，,、的]|${alt(words.lead)})+$`);

interface Hit {
  rule: ProvisionRuleName;
  kind: ProvisionFact['kind'];
  start: number;
  end: number;
  per: string | null;
  cap: string;
  digits: string;
  mult: string | undefined;
}

/** Every rule's matches in one clause, earliest first, none overlapping (the first rule listed wins a tie). */
function hitsIn(clause: string): Hit[] {
  const hits: Hit[] = [];
  for (const p of PATTERNS) {
    for (const m of clause.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && h.start < end)) continue;
      hits.push({
        rule: p.rule,
        kind: p.kind,
        start,
        end,
        per: m[1] || null,
        cap: m[2] ?? '',
        digits: m[3],
        mult: m[4],
      });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Provisions of one text, by rule (the rule tests call this; spans are in `text`). */
export function findProvisions(text: string): Array<ProvisionFact & { rule: ProvisionRuleName }> {
  const out: Array<ProvisionFact & { rule: ProvisionRuleName }> = [];
  for (const c of text.matchAll(/[^。；;\n]+/g)) {
    const clause = c[0];
    const hits = hitsIn(clause);
    let from = 0;
    let lastCondition = '';
    let firstCondition: string | null = null;
    for (const h of hits) {
      // per-unit-cap only bounds a provision of the same clause
      if (h.rule === 'per-unit-cap' && from === 0) continue;
      const amount = parseNumber(`${h.digits}${h.mult ?? ''}`);
      if (amount === null) continue;
      const raw = clause.slice(from, h.start);
      const lead = LEAD.exec(raw)?.[0].length ?? 0;
      let condition = raw.slice(lead).replace(TRAIL, '');
      // the span starts at the condition (or at the amount's own words when it shares the previous one)
      const begin = c.index + from + (condition ? lead : raw.length);
      if (!condition) condition = lastCondition;
      out.push({
        rule: h.rule,
        kind: h.kind,
        condition,
        amount,
        amountText: `${h.digits}${h.mult ?? ''}元`,
        modifier: h.cap && !/^(?:为|达)$/.test(h.cap) ? 'AT_MOST' : 'EXACT',
        per: h.per,
        scope: firstCondition !== null && firstCondition !== condition ? firstCondition : null,
        span: { start: begin, end: c.index + h.end },
      });
      lastCondition = condition;
      firstCondition ??= condition;
      from = h.end;
    }
  }
  return out;
}

/** Provisions of a parsed document (only kinds whose spec reads them); spans are in its clean text. */
export function extractProvisions(doc: ParsedDocument): ProvisionFact[] {
  if (!kindSpec(doc.props.kind).provisions) return [];
  return findProvisions(doc.clean).map(({ rule: _rule, ...p }) => p);
}
