/**
 * DOCUMENT_INFO — a document's own facts: 文号, date, issuer (城市更新实施方案的文号, 辐射事故应急预案
 * 什么时候印发的, 青政办发〔2025〕9号是什么文件). Cue: CUES.documentInfo. Slot: the document, named by
 * title, by part of it or by its 文号; a plan without a 文号 of its own is answered with the
 * notice that promulgated it. A document cited but not printed says so.
 */
import { evidenceFromLists } from '../../store/evidence.js';
import { loadQuery } from '../../store/queries.js';
import { cue } from '../cues.js';
import type { Intent } from '../intent.js';
import type { Entity, Lexicon, Mention } from '../lexicon.js';
import { charPairs, normalizeKey } from '../normalize.js';
import { dateZh, type FamilyModule } from './types.js';
import { need } from '../rows.js';

/** Words of a title that do not tell documents apart (nor does the place: every title of a county names it). */
const GENERIC = new Set(['关于', '印发', '通知', '人民', '民政', '政府', '办公', '公室', '实施']);

/**
 * The document a question names: a 文号 or title mention first; else the title sharing the most
 * character pairs with the question. A document printed in a loaded gazette beats one only
 * cited, unless the question names the citing place (鄂尔多斯市辐射事故应急预案).
 */
export function pickDocument(q: string, mentions: Mention[], lex: Lexicon): { doc: Entity; score: number } | null {
  const byNumber = mentions.find(
    (m) =>
      m.entity.type === 'DOC' && m.entity.docNumber && normalizeKey(m.entity.docNumber) === q.slice(m.start, m.end),
  );
  if (byNumber) return { doc: byNumber.entity, score: 1 };
  const qb = charPairs(q);
  const places = new Set(lex.jurisdictions.flatMap((j) => [...charPairs(normalizeKey(j))]));
  let best: { doc: Entity; score: number; overlap: number; cited: number; len: number } | null = null;
  for (const e of lex.entities) {
    if (e.type !== 'DOC') continue;
    const tb = charPairs(normalizeKey(e.name));
    let overlap = 0;
    for (const b of qb) if (tb.has(b) && !GENERIC.has(b) && !places.has(b)) overlap++;
    const mentioned = mentions.some((m) => m.entity === e);
    const cited = e.extra === 'CITED' ? 1 : 0;
    const cand = {
      doc: e,
      overlap: overlap + (mentioned ? 2 : 0),
      cited,
      len: e.name.length,
      score: mentioned ? 0.9 : Math.min(0.85, 0.5 + overlap * 0.05),
    };
    if (cand.overlap < 3) continue;
    if (
      !best ||
      cand.overlap > best.overlap ||
      (cand.overlap === best.overlap && (cand.cited < best.cited || (cand.cited === best.cited && cand.len < best.len)))
    )
      best = cand;
  }
  return best ? { doc: best.doc, score: best.score } : null;
}

function classify(q: string, mentions: Mention[], lex: Lexicon): Intent | null {
  if (!cue('documentInfo', q)) return null;
  // 任免了哪些人 / 提出了哪些目标 ask what is inside a document: other families
  if (/任免|任命|提名|目标|指标|承诺|落实|哪些人|成员|组长/.test(q)) return null;
  const picked = pickDocument(q, mentions, lex);
  if (!picked) return null;
  return { family: 'DOCUMENT_INFO', doc: picked.doc, year: null, matchScore: picked.score };
}

export const documentInfo: FamilyModule = {
  tool: {
    name: 'document_info',
    description: "A document's 文号, date and issuer.",
    slots: {
      document: { type: 'string', description: 'the document title or 文号 as the question says it', entity: 'DOC' },
    },
    required: ['document'],
  },
  classify,
  async run(intent, run) {
    const text = loadQuery('ask/document-info');
    const rows = await run(text, { docIds: [need(intent.doc, 'doc').id] });
    if (!rows.length) return null;
    const r = rows[0];
    const citations = [...evidenceFromLists(r.ev), ...evidenceFromLists(r.nev)].slice(0, 4);
    return { answer: documentSentence(r), rows: rows.map(({ ev: _e, nev: _n, ...x }) => x), citations, query: text };
  },
};

/** The sentence for one document row. */
export function documentSentence(r: Record<string, unknown>): string {
  const title = String(r.title ?? '').replace(/^《|》$/g, '');
  const parts: string[] = [];
  if (r.docNumber) parts.push(`文号${String(r.docNumber)}`);
  const issuer = r.issuer ?? r.byIssuer;
  const date = dateZh(r.issuedOn ?? r.byDate);
  if (issuer) parts.push(`发文机关：${String(issuer)}`);
  if (date) parts.push(`${r.kind === 'WORK_REPORT' ? '报告日期' : '印发日期'}：${date}`);
  let text = `《${title}》${parts.length ? `——${parts.join('；')}` : ''}`;
  if (!r.docNumber && r.byTitle)
    text += `。本身没有文号，由《${String(r.byTitle).replace(/^《|》$/g, '')}》${r.byNumber ? `（${String(r.byNumber)}）` : ''}印发`;
  if (r.promulgates) text += `。该通知印发《${String(r.promulgates).replace(/^《|》$/g, '')}》`;
  if (r.kind === 'CITED') text += '。该文件在已加载的公报中被引用，正文未收录，日期和发文机关未载';
  return `${text}。`;
}
