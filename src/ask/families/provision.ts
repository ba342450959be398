/**
 * PROVISION — what a measures document grants for a condition, or the fund it sets: 获得五个一
 * 工程奖奖励多少, 发表一篇散文有多少扶持, 专项资金一年总共多少. Cue: CUES.provisionAmount. Slot: the
 * condition, found by the character pairs the question shares with each provision's condition
 * (so it works in the asker's words, with a typo, without an entity in the lexicon); what it is
 * counted by (一篇 → 每篇) and a total (总共, 专项资金) break ties. A question that shares too little
 * with every condition is not answered from a near miss.
 */
import { evidenceFromLists } from '../../store/evidence.js';
import { loadQuery } from '../../store/queries.js';
import { cue } from '../cues.js';
import { charPairs, normalizeKey } from '../normalize.js';
import { type FamilyModule } from './types.js';

/** the asking words, cut before the question is compared with conditions */
const ASKING =
  /多少钱|多少|有没有|能不能|可以|能拿|能领|能得|能|给予?|奖励|激励|扶持|补贴|补助|资助|奖补|奖金|最多|最高|一共|总共|是|吗|呢|啥|什么|获得|拿到|得到/g;
/** 一部/一篇/每件: the unit an amount is counted by */
const PER_UNIT = /[一每](部|件|篇|首|人|户|家|个|项|场|次|亩|套|名)/;
const TOTAL = /总共|一共|总额|总金额|专项资金|预算|一年.*多少资金/;
/** least share of the question's pairs a condition must have, and least pairs, to be its answer */
const MIN_SHARE = 0.25;
const MIN_PAIRS = 2;

const pairs = (s: string) => charPairs(normalizeKey(s), true);

interface Scored {
  row: Record<string, unknown>;
  score: number;
  shared: number;
}

function score(q: string, rows: Array<Record<string, unknown>>): Scored[] {
  const topic = pairs(q.replace(ASKING, '|'));
  if (!topic.size) return [];
  const unit = PER_UNIT.exec(q)?.[1];
  const total = TOTAL.test(q);
  return rows.map((row) => {
    // the clause as written (a fund's own words: 专项资金, 经费), its condition (shared with the amount
    // before it), the unit of count and what the sentence is about
    const quote = evidenceFromLists(row.ev)
      .map((e) => e.quote)
      .join('');
    const words = pairs([quote, row.condition, row.per, row.scope].filter(Boolean).join('|'));
    let shared = 0;
    for (const p of topic) if (words.has(p)) shared++;
    let s = shared / topic.size;
    if (unit && String(row.per ?? '').includes(unit)) s += 0.1;
    // a total asks for the fund, anything else for what one recipient gets
    if (row.kind === 'FUND') s += total ? 0.2 : -0.1;
    else if (total) s -= 0.1;
    return { row, score: s, shared };
  });
}

function sentence(r: Record<string, unknown>): string {
  const amount = `${r.modifier === 'AT_MOST' ? '不超过' : ''}${String(r.amountText)}`;
  const per = r.per ? String(r.per) : '';
  if (r.kind === 'FUND') return `${String(r.condition)}：资金${per}${amount}`;
  return `${String(r.condition)}：${per}${amount}`;
}

export const provision: FamilyModule = {
  tool: {
    name: 'grant_amount',
    description:
      'What a measures document grants for a condition (奖励/扶持/补贴 amounts: 获某级奖项, 发表作品, 培训) or the fund it sets.',
    slots: {
      condition: {
        type: 'string',
        description: "the condition in the question's words, e.g. 获得五个一工程奖, 发表一篇散文",
      },
    },
    required: ['condition'],
    fill: (intent, args) =>
      typeof args.condition === 'string' && args.condition.trim()
        ? { ...intent, term: args.condition.slice(0, 200) }
        : null,
  },
  placesDescribe: true,
  classify(q, mentions) {
    if (!cue('provisionAmount', q)) return null;
    // a figure of an indicator (社零完成了多少) or a unit's own work is another family's
    if (mentions.some((m) => m.entity.type === 'METRIC' || m.entity.type === 'PERSON')) return null;
    return { family: 'PROVISION', term: q, year: null, matchScore: 0.9 };
  },
  async run(intent, run) {
    const text = loadQuery('ask/provisions');
    const rows = await run(text, {});
    const scored = score(intent.term ?? '', rows)
      .filter((s) => s.shared >= MIN_PAIRS && s.score >= MIN_SHARE)
      .sort((a, b) => b.score - a.score);
    if (!scored.length) return null;
    // near ties are all given: the question did not tell them apart (五个一工程奖 of two levels)
    const hits = scored
      .filter((s) => s.score >= scored[0].score - 0.05)
      .slice(0, 4)
      .map((s) => s.row);
    const docs = [
      ...new Set(hits.map((r) => `《${String(r.document)}》${r.docNumber ? `（${String(r.docNumber)}）` : ''}`)),
    ];
    const answer = `${hits.map(sentence).join('；')}。依据${docs.join('、')}。`;
    return {
      answer,
      rows: hits.map(({ ev: _ev, ...r }) => r),
      citations: hits.flatMap((r) => evidenceFromLists(r.ev)),
      query: text,
    };
  },
  noRecord() {
    return {
      answer: '已加载的文件中没有找到与这个条件相应的奖励、扶持或补贴标准，因此不作推断。',
      query: 'provisions',
    };
  },
};
