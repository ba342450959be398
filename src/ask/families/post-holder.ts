/**
 * POST_HOLDER — post → person: 住建局局长是谁, 乌兰木伦镇镇长是谁, 谁是旗长, director of X.
 * Cue: CUES.postHolder. Slots: the unit (optional: 旗长 names its government) and the post word.
 * Query: post-holders (HOLDS and appointments to the unit). A deputy post (副局长) is never
 * read as the post itself, nor the post as its deputy.
 */
import { evidenceFromLists } from '../../store/evidence.js';
import { loadQuery } from '../../store/queries.js';
import { cue } from '../cues.js';
import type { Intent } from '../intent.js';
import type { Mention } from '../lexicon.js';
import { type FamilyModule, UNIT_SLOT } from './types.js';

const POST =
  /副?(局长|主任|镇长|部长|所长|站长|大队长|队长|院长|校长|书记|主席|总经理|董事长|经理|馆长|旗长|县长|区长|市长|组长)|负责人|一把手|当家|director|head|chief|manager|mayor/;
const EN_POST: Record<string, string> = { director: '', head: '', chief: '', manager: '经理', mayor: '' };
/** posts that name the government itself: 旗长 of 旗人民政府 */
const GOVERNMENT_POST = /^副?(旗长|县长|区长|市长)$/;

function postOf(q: string): string {
  const m = q.match(POST);
  if (!m) return '';
  const w = m[0];
  if (w in EN_POST) return EN_POST[w];
  if (/负责人|一把手|当家/.test(w)) return '';
  return w;
}

/** A title holds the post: ends with it, and a deputy is a deputy (副局长 ≠ 局长). */
export function titleHolds(title: string, post: string): boolean {
  const t = title.replace(/[（(][^）)]*[）)]/g, '');
  if (!post)
    return !/^副|副(局长|主任|镇长|部长|所长|旗长|县长|总经理)$/.test(t) && /(长|主任|书记|主席|经理|负责人)$/.test(t);
  if (!t.endsWith(post)) return false;
  if (!post.startsWith('副') && t.slice(0, t.length - post.length).endsWith('副')) return false;
  // 代旗长 holds 旗长 (acting), 常务副旗长 does not
  return true;
}

function classify(q: string, mentions: Mention[]): Intent | null {
  if (!cue('postHolder', q)) return null;
  // 分管 asks for the supervising leader, not the head of the unit
  if (/分管|主管领导|归谁|归哪/.test(q)) return null;
  const post = postOf(q);
  const orgs = mentions
    .filter((m) => m.entity.type === 'ORG')
    .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const org = orgs[0];
  if (!org && !GOVERNMENT_POST.test(post)) return null;
  // a person named too asks about that person (王欣是什么主任): another family
  if (mentions.some((m) => m.entity.type === 'PERSON')) return null;
  return { family: 'POST_HOLDER', org: org?.entity, term: post, year: null, matchScore: org ? org.score : 0.85 };
}

export const postHolder: FamilyModule = {
  tool: {
    name: 'post_holder',
    description: 'Who holds a post (局长, 主任, 镇长 …) in a unit.',
    slots: { unit: UNIT_SLOT, post: { type: 'string', description: 'the post, e.g. 局长, 副局长, 主任, 镇长' } },
    required: ['unit', 'post'],
    fill: (intent, args) => ({ ...intent, term: typeof args.post === 'string' ? args.post.slice(0, 10) : '' }),
  },
  classify: (q, mentions) => classify(q, mentions),
  async run(intent, run) {
    const text = loadQuery('ask/post-holders');
    const post = intent.term ?? '';
    const rows = await run(text, { orgIds: intent.org ? [intent.org.id] : null });
    let hits = rows.filter((r) => titleHolds(String(r.title ?? ''), post));
    if (!intent.org) hits = hits.filter((r) => /人民政府$/.test(String(r.organization ?? '')));
    if (!hits.length) return null;
    const byPerson = new Map<string, Array<Record<string, unknown>>>();
    for (const r of hits) byPerson.set(String(r.person), [...(byPerson.get(String(r.person)) ?? []), r]);
    const where = intent.org?.name ?? String(hits[0].organization ?? '');
    const people = [...byPerson].map(([person, rs]) => {
      const titles = [...new Set(rs.map((r) => String(r.title)))];
      const via = rs.find((r) => r.docNumber)?.docNumber;
      return `${person}（${titles.join('；')}${via ? `，依据${String(via)}` : ''}）`;
    });
    const postWord = post || '负责人';
    const answer = `${where}${postWord.startsWith(where) ? '' : postWord}：${people.join('、')}。`;
    return {
      answer,
      rows: hits.map(({ ev: _ev, ...r }) => r),
      citations: hits.flatMap((r) => evidenceFromLists(r.ev)),
      query: text,
    };
  },
  noRecord(intent) {
    if (!intent.org) return null;
    return {
      answer: `图谱中没有记录${intent.org.name}的${intent.term || '负责人'}是谁（已识别：${intent.org.name}）。已加载的公报没有写明这一点，因此不作推断。`,
      query: 'post-holders',
    };
  },
};
