/**
 * SUPERVISION_ITEMS — what a 督查通报 (a Document of kind SUPERVISION, src/kinds/index.ts) found,
 * item by item, with the units named for each: 督查通报发现了哪些问题, 督查中住建局被通报了什么问题,
 * 青政办发〔2024〕21号通报了哪些问题. Cue: ASKS_ITEMS (its own, below). Slots: the notices named (by
 * title or 文号), the units named (only their items then). Query: supervision-items. A notice's
 * own facts (文号, date) stay DOCUMENT_INFO's, which is tried first.
 */
import type { CueRule } from '../cues.js';
import type { Intent } from '../intent.js';
import type { Mention } from '../lexicon.js';
import { listOf } from '../rows.js';
import { cite, done, exec, list } from './answer.js';
import { type FamilyModule, UNIT_SLOT } from './types.js';

/** Patterns run on the question key (normalizeKey: no spaces or punctuation). */
const ASKS_ITEMS: CueRule = {
  name: 'supervisionItems',
  means: 'a supervision (督查, 督办, 督导) and what it found: its problems, items or what a unit must fix',
  pattern: /(督查|督办|督导).*(问题|事项|不足|整改|哪个|哪些|几个|几项|什么)|(问题|事项|整改).*(督查|督办|督导)/,
  match: [
    '督查通报发现了哪些问题',
    '督查中住建局被通报了什么问题',
    '督办事项里农业农村局负责哪个',
    '这次督查一共通报了几个问题',
  ],
  noMatch: ['督查情况的通报', '领导小组办公室定期组织统一督导', '老旧小区改造有哪些问题'],
};

function classify(q: string, mentions: Mention[]): Intent | null {
  const notices = mentions.filter((m) => m.entity.type === 'DOC' && m.entity.extra === 'SUPERVISION');
  // a notice named by 文号 or title stands for the cue word (青政办发〔2024〕21号通报了哪些问题)
  if (!ASKS_ITEMS.pattern.test(q) && !(notices.length && /问题|事项|整改|哪些|几个|几项/.test(q))) return null;
  const orgs = mentions.filter((m) => m.entity.type === 'ORG');
  const used = [...notices, ...orgs];
  return {
    family: 'SUPERVISION_ITEMS',
    docs: [...new Set(notices.map((m) => m.entity))],
    orgs: [...new Set(orgs.map((m) => m.entity))],
    year: null,
    matchScore: used.length ? Math.min(...used.map((m) => m.score)) : 0.9,
  };
}

export const supervisionItems: FamilyModule = {
  classify,
  cues: [ASKS_ITEMS],
  tool: {
    name: 'supervision_items',
    description:
      'The problems a supervision notice (督查通报) lists, with the units named for each; only those of a unit if one is given.',
    slots: {
      unit: { ...UNIT_SLOT, description: 'the unit, if the question asks about one, e.g. 住建局' },
      document: { type: 'string', description: 'the notice title or 文号, if the question names one', entity: 'DOC' },
    },
    required: [],
    // a document that is not a supervision notice lists no items: the call is rejected, not widened
    fill: (intent) =>
      intent.doc && intent.doc.extra !== 'SUPERVISION'
        ? null
        : { ...intent, orgs: intent.org ? [intent.org] : [], docs: intent.doc ? [intent.doc] : [] },
  },
  async run(intent, run) {
    const docIds = intent.docs?.length ? intent.docs.map((d) => d.id) : null;
    const orgIds = intent.orgs?.length ? intent.orgs.map((o) => o.id) : null;
    const q = await exec(run, 'supervision-items', { docIds, orgIds });
    if (!q.rows.length) return null;
    const notices = list(
      q.rows.map((r) => `《${String(r.document)}》${r.docNumber ? `（${String(r.docNumber)}）` : ''}`),
    );
    const whose = intent.orgs?.length ? `中写明${list(intent.orgs.map((o) => o.name))}为责任单位的` : '通报的';
    const lines = q.rows.map((r, i) => {
      const units = list(listOf(r.units));
      return `${i + 1}. ${String(r.title)}（${units ? `责任单位：${units}` : '未写明责任单位'}）`;
    });
    return done(q, `${notices}${whose}问题共${q.rows.length}项：${lines.join('；')}。`, cite(q.rows, 'evs', 'tev'));
  },
  noRecord(intent) {
    const units = intent.orgs?.length ? list(intent.orgs.map((o) => o.name)) : '';
    return {
      answer: units
        ? `图谱中没有记录督查通报中写明${units}为责任单位的问题（已识别：${units}）。已加载的公报没有写明这一点，因此不作推断。`
        : '已加载的公报中没有督查、督办通报所列的问题，因此不作推断。',
      query: 'supervision-items',
    };
  },
};
