/**
 * POLICY: link report commitments (a work report's planned targets and leaf tasks) to the policy
 * tasks they are about — IMPLEMENTS {score, terms} — by shared key terms weighted by how rare
 * they are in this batch (tf-idf cosine), with a bonus when a target's unit and metric agree
 * with a target of the policy task and its year falls in the task's period. A linked task's
 * stated units then own the commitment with basis POLICY.
 */
import { dedupeEvidence, type Evidence, type GraphRelationship } from '../model/index.js';
import { must } from '../errors.js';
import { BatchIndex, isPolicyDoc, isReportDoc } from './batchIndex.js';
import { keyTerms } from './terms.js';
import { areasLexicon, type PortfolioField } from './lexicon.js';
import { Dictionary, cmp, figureSpan, nearness, round3 } from './text.js';
import { compact } from '../text/spans.js';

/** chosen on tests/fixtures/links.json (see tests/eval-infer.ts) */
export const LINK_THRESHOLD = 0.1;
/** a second policy task is linked only when nearly as good as the best */
const RUNNER_UP_RATIO = 0.85;
const MAX_LINKS = 2;
const TITLE_WEIGHT = 2;

type Vec = Map<string, number>;

export interface Unit {
  id: string;
  kind: 'Task' | 'Target';
  terms: Vec;
  evidence: Evidence[];
  text: string;
}

let fieldDict: Dictionary<PortfolioField> | null = null;
/** Field words of a commitment; for a target with a figure only the one nearest it (what it counts). */
function fieldWords(text: string, counted: boolean): Array<{ word: string; fields: PortfolioField[] }> {
  if (!fieldDict) {
    fieldDict = new Dictionary<PortfolioField>();
    for (const w of areasLexicon.neutral) fieldDict.add(w, null);
    for (const f of areasLexicon.fields) for (const w of f.keywords) fieldDict.add(w, f);
  }
  const t = compact(text);
  const hits = fieldDict.match(t);
  const figure = counted ? figureSpan(t, 0) : null;
  if (!figure || hits.length < 2) return hits.map((h) => ({ word: h.word, fields: h.values }));
  const near = (h: { at: number; word: string }) => nearness(figure, h.at, h.word.length);
  const best = [...hits].sort((a, b) => near(b) - near(a) || a.at - b.at)[0];
  return [{ word: best.word, fields: best.values }];
}

/** Terms with their weight; `counted`: a term said often in a long text weighs more (1 + ln tf). */
function addTerms(v: Vec, text: string, weight: number, counted = false): void {
  const tf = new Map<string, number>();
  for (const t of keyTerms(text, counted)) tf.set(t, (tf.get(t) ?? 0) + 1);
  for (const [t, n] of tf) v.set(t, Math.max(v.get(t) ?? 0, weight * (counted ? 1 + Math.log(n) : 1)));
}

export interface PolicyResult {
  implementsRels: GraphRelationship[];
  owners: GraphRelationship[];
}

export interface ScoredLink {
  commitment: Unit;
  policy: Unit;
  score: number;
  terms: string[];
}

/** Every commitment with its policy tasks by descending score (those sharing at least one term). */
function scorePolicyLinks(ix: BatchIndex): ScoredLink[][] {
  const commitments: Unit[] = [];
  const titleTerms = new Set<string>();
  const policies: Unit[] = [];
  const sorted = <T extends { props: { id: string } }>(m: Map<string, T>) =>
    [...m.values()].sort((a, b) => cmp(a.props.id, b.props.id));

  for (const t of sorted(ix.targets)) {
    if (t.props.status !== 'PLANNED' || !isReportDoc(ix.docKind(t.props.documentId))) continue;
    const v: Vec = new Map();
    addTerms(v, [t.props.text, ...t.evidence.map((e) => e.quote)].join('。'), 1);
    const taskId = ix.taskOfTarget.get(t.props.id);
    const task = taskId ? ix.tasks.get(taskId) : undefined;
    if (task) addTerms(v, task.props.title, 0.3);
    commitments.push({ id: t.props.id, kind: 'Target', terms: v, evidence: t.evidence, text: t.props.text });
  }
  for (const t of sorted(ix.tasks)) {
    const kind = ix.docKind(t.props.documentId);
    if (ix.parentTasks.has(t.props.id)) continue;
    const v: Vec = new Map();
    if (isReportDoc(kind) && t.props.part !== 'REVIEW') {
      addTerms(v, t.props.text, 1);
      addTerms(v, t.props.title, 1.5);
      commitments.push({ id: t.props.id, kind: 'Task', terms: v, evidence: t.evidence, text: t.props.title });
    } else if (isPolicyDoc(kind)) {
      addTerms(v, t.props.text, 1, true);
      addTerms(v, t.props.title, TITLE_WEIGHT);
      for (const w of keyTerms(t.props.title)) titleTerms.add(`${t.props.id}|${w}`);
      const path = ix.sectionPath(t.props.sectionId, t.evidence);
      if (path.length) addTerms(v, path[path.length - 1], 0.5);
      policies.push({
        id: t.props.id,
        kind: 'Task',
        terms: v,
        evidence: t.evidence,
        text: compact(`${t.props.title}。${t.props.text}`),
      });
    }
  }
  if (!commitments.length || !policies.length) return [];

  // document frequency over every unit compared, so terms every plan repeats weigh little
  const df = new Map<string, number>();
  for (const u of [...commitments, ...policies]) for (const t of u.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = commitments.length + policies.length;
  const idf = (t: string) => Math.log(1 + n / (df.get(t) ?? 1));
  const norm = (u: Unit) => Math.sqrt([...u.terms].reduce((s, [t, w]) => s + (w * idf(t)) ** 2, 0)) || 1;
  const norms = new Map([...commitments, ...policies].map((u) => [u.id, norm(u)]));

  const policyTargets = new Map<string, Array<{ unit: string | null; metric: string; year: number | null }>>();
  for (const t of ix.targets.values()) {
    const taskId = ix.taskOfTarget.get(t.props.id);
    if (!taskId) continue;
    const list = policyTargets.get(taskId) ?? [];
    list.push({ unit: t.props.unit, metric: t.props.metric, year: t.props.year });
    policyTargets.set(taskId, list);
  }

  const all: ScoredLink[][] = [];
  for (const c of commitments) {
    const target = c.kind === 'Target' ? must(ix.targets, c.id).props : null;
    const scored: Array<{ p: Unit; score: number; terms: string[] }> = [];
    for (const p of policies) {
      let dot = 0;
      const shared: Array<[string, number]> = [];
      for (const [t, w] of c.terms) {
        const pw = p.terms.get(t);
        if (pw === undefined) continue;
        const contrib = w * pw * idf(t) ** 2;
        dot += contrib;
        shared.push([t, contrib]);
      }
      // one shared word (社区, 适老化) is too little to call a commitment part of a policy task,
      // unless it names what the policy task is about (its title)
      if (!shared.length || (shared.length < 2 && !titleTerms.has(`${p.id}|${shared[0][0]}`))) continue;
      let score = dot / (must(norms, c.id) * must(norms, p.id));
      if (target) score += figureAgreement(target, policyTargets.get(p.id) ?? []);
      if (offTopic(ix, c, p)) continue;
      scored.push({
        p,
        score,
        terms: shared
          .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
          .map(([t]) => t)
          .slice(0, 8),
      });
    }
    scored.sort((a, b) => b.score - a.score || cmp(a.p.id, b.p.id));
    all.push(scored.map((x) => ({ commitment: c, policy: x.p, score: x.score, terms: x.terms })));
  }
  return all;
}

export function inferPolicy(ix: BatchIndex, threshold = LINK_THRESHOLD): PolicyResult {
  const implementsRels: GraphRelationship[] = [];
  const owners: GraphRelationship[] = [];
  for (const scored of scorePolicyLinks(ix)) {
    const best = scored[0];
    if (!best || best.score < threshold) continue;
    const c = best.commitment;
    for (const s of scored.slice(0, MAX_LINKS)) {
      if (s.score < threshold || s.score < best.score * RUNNER_UP_RATIO) break;
      const score = round3(s.score);
      const chain = dedupeEvidence([...evidenceHead(ix, c.evidence), ...s.policy.evidence.slice(0, 1)]);
      implementsRels.push({
        type: 'IMPLEMENTS',
        from: c.id,
        to: s.policy.id,
        props: { score, terms: s.terms },
        evidence: chain,
      });
      for (const r of ix.responsibleFor.get(s.policy.id) ?? []) {
        if (r.props.basis !== 'STATED') continue;
        const lead = r.props.role === 'LEAD';
        owners.push({
          type: 'RESPONSIBLE_FOR',
          from: r.from,
          to: c.id,
          props: {
            role: lead ? 'LEAD' : 'SUPPORT',
            basis: 'POLICY',
            confidence: round3((lead ? 0.7 : 0.5) + 0.2 * Math.min(1, s.score)),
          },
          evidence: dedupeEvidence([...evidenceHead(ix, c.evidence), ...r.evidence]),
        });
      }
    }
  }
  return { implementsRels, owners };
}

/**
 * The commitment's own words name a field of work (养老, 就业…) that the policy task never
 * mentions, and the task's lead unit is not that field's department.
 */
function offTopic(ix: BatchIndex, c: Unit, p: Unit): boolean {
  const words = fieldWords(c.text, c.kind === 'Target');
  if (!words.length || words.some((w) => p.text.includes(w.word))) return false;
  const leads = (ix.responsibleFor.get(p.id) ?? [])
    .filter((r) => r.props.role === 'LEAD')
    .map((r) => ix.organizations.get(r.from)?.props.name ?? '');
  return !words.some((w) => w.fields.some((f) => f.departments.some((d) => leads.some((n) => n.includes(d)))));
}

/** The commitment's sentence (its first evidence widened), as the first link of a chain. */
function evidenceHead(ix: BatchIndex, evidence: Evidence[]): Evidence[] {
  const s = ix.sentenceOf(evidence);
  return s ? [s] : [];
}

function figureAgreement(
  t: { unit: string | null; metric: string; year: number | null },
  policy: Array<{ unit: string | null; metric: string; year: number | null }>,
): number {
  let bonus = 0;
  for (const p of policy) {
    const sameUnit = t.unit !== null && t.unit === p.unit;
    const sharedMetric = t.metric && p.metric && commonRun(t.metric, p.metric) >= 2;
    if (sameUnit && sharedMetric) bonus = Math.max(bonus, 0.1);
    const inPeriod = t.year !== null && p.year !== null && t.year <= p.year && t.year >= p.year - 5;
    if (sharedMetric && inPeriod) bonus = Math.max(bonus, sameUnit ? 0.15 : 0.05);
  }
  return bonus;
}

/** Length of the longest common substring (short metric names only). */
function commonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      best = Math.max(best, k);
    }
  }
  return best;
}
