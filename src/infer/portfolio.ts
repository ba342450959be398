/**
 * PORTFOLIO: a target no text assigns is matched against the leaders' division of work — the
 * names of the departments and sub-units each leader 分管, and the areas each covers (民政、人社…)
 * through the general field vocabulary — and owned by the matched department. The target's own
 * words decide before its sentence, its task and its headings; a department or sub-unit named
 * beats a field word. No match → no owner.
 */
import { dedupeEvidence, type Evidence, type GraphRelationship } from '../model/index.js';
import { must } from '../errors.js';
import { BatchIndex } from './batchIndex.js';
import { areasLexicon, type PortfolioField } from './lexicon.js';
import { Dictionary, cmp, figureSpan, nearness, round3 } from './text.js';
import { compact } from '../text/spans.js';

const OWNER_KINDS = new Set(['DEPARTMENT', 'CENTER']);
/** generic endings stripped to get the word a text uses for a unit (旗矿区移民服务中心 → 矿区移民) */
const UNIT_SUFFIXES = [
  '综合行政执法局',
  '统筹发展中心',
  '事业发展中心',
  '综合服务中心',
  '发展服务中心',
  '管理委员会',
  '服务中心',
  '事业中心',
  '委员会',
  '办公室',
  '中心',
  '局',
  '委',
];
const JURISDICTION_PREFIX = /^(?:.{0,12}?(?:自治区|自治州|自治县|省|市|盟|州|县|旗|区))(?=.{2,})/;

type Cand = { kind: 'org'; orgId: string } | { kind: 'field'; field: PortfolioField };

interface Level {
  weight: number;
  text: string;
  /** the target's own words: the figure there is what the target counts, from this offset on */
  figureFrom?: number;
}

/** The target's text and metric, figure located where its evidence quote sits in the text. */
function ownWords(text: string, metric: string, quotes: string[]): Level {
  const t = compact(text);
  const extra = quotes.map(compact).filter((q) => !t.includes(q));
  const at = quotes.map((q) => t.indexOf(compact(q))).find((i) => i >= 0) ?? 0;
  return { weight: 1, text: [t, ...extra, compact(metric)].join('|'), figureFrom: at };
}

export interface PortfolioOptions {
  /** targets already holding a LEAD owner with one of these bases are skipped */
  strongerBases: ReadonlySet<string>;
  /** only these targets (those the division of work in this view is in force for); default all */
  targetIds?: ReadonlySet<string>;
}

export function bareName(name: string): string {
  const m = JURISDICTION_PREFIX.exec(name);
  return m ? name.slice(m[0].length) : name;
}

function unitCore(name: string): string {
  let bare = bareName(name).replace(/[（(][^）)]*[）)]/g, '');
  for (const s of UNIT_SUFFIXES) {
    if (bare.endsWith(s) && bare.length - s.length >= 2) {
      bare = bare.slice(0, -s.length);
      break;
    }
  }
  return bare;
}

function covers(portfolio: string[], field: PortfolioField): string | null {
  for (const item of portfolio) {
    for (const area of field.areas) if (item.includes(area) || (item.length >= 2 && area.includes(item))) return area;
  }
  return null;
}

export function inferPortfolio(ix: BatchIndex, opts: PortfolioOptions): GraphRelationship[] {
  const persons = [...ix.persons.values()].filter(
    (p) => p.props.portfolio.length > 0 || ix.relsOf('SUPERVISES').some((r) => r.from === p.props.id),
  );
  if (persons.length === 0) return [];

  const dict = new Dictionary<Cand>();
  for (const w of areasLexicon.neutral) dict.add(w, null);
  for (const field of areasLexicon.fields) {
    for (const w of [...field.keywords, ...field.areas]) if (w.length >= 2) dict.add(w, { kind: 'field', field });
  }
  // names of supervised units and their sub-units: the most specific words a target can use
  for (const org of [...ix.organizations.values()].sort((a, b) => cmp(a.props.id, b.props.id))) {
    if (!OWNER_KINDS.has(org.props.kind) || !ix.supervisedOwner(org.props.id)) continue;
    for (const name of [org.props.name, ...org.props.aliases]) {
      for (const w of new Set([bareName(name), unitCore(name)])) {
        if (w.length >= 2 && !/政府/.test(w)) dict.add(w, { kind: 'org', orgId: org.props.id });
      }
    }
  }

  const fieldOwner = new Map<PortfolioField, { orgId: string; leaders: string[]; area: string | null } | null>();
  const resolveField = (field: PortfolioField) => {
    let owner = fieldOwner.get(field);
    if (owner === undefined)
      fieldOwner.set(
        field,
        (owner = ownerOfField(
          ix,
          persons.map((p) => p.props.id),
          field,
        )),
      );
    return owner;
  };

  const out: GraphRelationship[] = [];
  const targets = [...ix.targets.values()]
    .filter((t) => t.props.status === 'PLANNED' && (!opts.targetIds || opts.targetIds.has(t.props.id)))
    .sort((a, b) => cmp(a.props.id, b.props.id));
  for (const t of targets) {
    const existing = ix.responsibleFor.get(t.props.id) ?? [];
    if (existing.some((r) => r.props.role === 'LEAD' && opts.strongerBases.has(String(r.props.basis)))) continue;
    const sentence = ix.sentenceOf(t.evidence);
    const taskId = ix.taskOfTarget.get(t.props.id);
    const task = taskId ? ix.tasks.get(taskId) : undefined;
    const path = ix.sectionPath(t.props.sectionId, t.evidence);
    const levels: Level[] = [
      ownWords(
        t.props.text,
        t.props.metric,
        t.evidence.map((e) => e.quote),
      ),
      { weight: 0.85, text: sentence ? compact(withoutOtherTargets(ix, sentence, t.props.id)) : '' },
      { weight: 0.75, text: task ? compact(task.props.title) : '' },
      ...[...path].reverse().map((h, i) => ({ weight: Math.max(0.4, 0.65 - i * 0.1), text: compact(h) })),
    ];
    const decision = decide(ix, dict, levels, resolveField);
    if (!decision) continue;
    const owner = decision.orgId;
    const leaderIds = decision.leaders;
    const evidence: Evidence[] = [sentence ?? t.evidence[0]].filter((e): e is Evidence => Boolean(e));
    // the leader's 协助…负责 <area> sentence, then the 分管 sentence naming the department
    if (decision.area) for (const pid of leaderIds) evidence.push(...portfolioEvidence(ix, pid, decision.area));
    for (const r of supervisionChain(ix, owner))
      if (leaderIds.length === 0 || leaderIds.includes(r.from)) evidence.push(...r.evidence);
    if (evidence.length < 2) continue; // a portfolio owner needs the division-of-work sentence too
    out.push({
      type: 'RESPONSIBLE_FOR',
      from: owner,
      to: t.props.id,
      // leaders: the people whose division of work this rests on (Target.accountableLeaders)
      props: {
        role: 'LEAD',
        basis: 'PORTFOLIO',
        confidence: round3(decision.confidence),
        terms: decision.words,
        leaders: leaderIds,
      },
      evidence: dedupeEvidence(evidence),
    });
  }
  return out;
}

interface Decision {
  orgId: string;
  leaders: string[];
  area: string | null;
  confidence: number;
  words: string[];
}

function decide(
  ix: BatchIndex,
  dict: Dictionary<Cand>,
  levels: Level[],
  resolveField: (f: PortfolioField) => { orgId: string; leaders: string[]; area: string | null } | null,
): Decision | null {
  for (const level of levels) {
    if (!level.text) continue;
    const figure = level.figureFrom !== undefined ? figureSpan(level.text, level.figureFrom) : null;
    const scores = new Map<
      string,
      {
        score: number;
        longest: number;
        first: number;
        words: string[];
        leaders: string[];
        area: string | null;
        named: boolean;
      }
    >();
    for (const hit of dict.match(level.text)) {
      for (const c of hit.values) {
        let orgId: string | null;
        let leaders: string[];
        let area: string | null = null;
        // a unit's own name (3+ characters: 矿区移民, 住房保障) is more specific than a field word
        const named = c.kind === 'org' && hit.word.length >= 3;
        if (c.kind === 'org') {
          orgId = ix.supervisedOwner(c.orgId);
          leaders = orgId ? (ix.supervisorsOf.get(orgId) ?? []).map((r) => r.from) : [];
        } else {
          const o = resolveField(c.field);
          if (!o) continue;
          ({ orgId, leaders, area } = o);
        }
        if (!orgId) continue;
        const weight = figure ? nearness(figure, hit.at, hit.word.length) : 1;
        const s = scores.get(orgId) ?? { score: 0, longest: 0, first: hit.at, words: [], leaders, area, named: false };
        if (!s.words.includes(hit.word)) {
          // in the target's own words the word nearest the figure is what is counted; elsewhere every mention adds
          s.score = figure ? Math.max(s.score, weight) : s.score + weight;
          s.words.push(hit.word);
        }
        s.longest = Math.max(s.longest, hit.word.length);
        if (named && !s.named) {
          s.named = true;
          s.area = null;
          s.leaders = leaders;
        }
        scores.set(orgId, s);
      }
    }
    if (scores.size === 0) continue;
    const ranked = [...scores.entries()].sort(
      ([ia, a], [ib, b]) =>
        Number(b.named) - Number(a.named) ||
        b.score - a.score ||
        b.longest - a.longest ||
        a.first - b.first ||
        cmp(ia, ib),
    );
    const [orgId, best] = ranked[0];
    const confidence = (best.named ? 0.6 : 0.55) * level.weight;
    return { orgId, leaders: [...new Set(best.leaders)].sort(cmp), area: best.area, confidence, words: best.words };
  }
  return null;
}

/** The department a field of work belongs to here, and the leaders answerable for it. */
function ownerOfField(
  ix: BatchIndex,
  personIds: string[],
  field: PortfolioField,
): { orgId: string; leaders: string[]; area: string | null } | null {
  const coveringLeaders = new Map<string, string>();
  for (const pid of personIds) {
    const area = covers(must(ix.persons, pid).props.portfolio, field);
    if (area) coveringLeaders.set(pid, area);
  }
  let best: { rank: number; core: number; name: string; orgId: string; leaders: string[]; area: string | null } | null =
    null;
  for (const org of ix.organizations.values()) {
    if (!OWNER_KINDS.has(org.props.kind)) continue;
    const names = [org.props.name, ...org.props.aliases].map(bareName);
    const core = field.departments.findIndex((d) => names.some((n) => n.includes(d)));
    if (core < 0) continue;
    const owner = ix.supervisedOwner(org.props.id);
    const supervisors = owner ? (ix.supervisorsOf.get(owner) ?? []).map((r) => r.from) : [];
    const covering = supervisors.filter((s) => coveringLeaders.has(s));
    const rank = covering.length ? 0 : supervisors.length ? 1 : coveringLeaders.size ? 2 : 9;
    if (rank === 9) continue;
    const orgId = owner ?? org.props.id;
    const leaders = rank === 0 ? covering : rank === 1 ? supervisors : [...coveringLeaders.keys()];
    const area = rank === 1 ? null : (coveringLeaders.get(leaders[0]) ?? null);
    const cand = { rank, core, name: org.props.name, orgId, leaders: leaders.sort(cmp), area };
    if (
      !best ||
      cand.rank < best.rank ||
      (cand.rank === best.rank && (cand.core < best.core || (cand.core === best.core && cmp(cand.name, best.name) < 0)))
    )
      best = cand;
  }
  return best ? { orgId: best.orgId, leaders: best.leaders, area: best.area } : null;
}

/** Where the division of work gives a leader an area: a quote naming the area, 负责 sentences first. */
function portfolioEvidence(ix: BatchIndex, personId: string, area: string): Evidence[] {
  const quotes = [
    ...(ix.persons.get(personId)?.evidence ?? []),
    ...(ix.outOf.get(personId) ?? []).flatMap((r) => r.evidence),
  ].filter((e) => e.quote.includes(area));
  quotes.sort((a, b) => Number(b.quote.includes('负责')) - Number(a.quote.includes('负责')) || a.start - b.start);
  return quotes.slice(0, 1);
}

/** SUPERVISES relationships that make `orgId` a supervised unit. */
function supervisionChain(ix: BatchIndex, orgId: string): GraphRelationship[] {
  return [...(ix.supervisorsOf.get(orgId) ?? [])].sort((a, b) => cmp(a.from, b.from));
}

/** The sentence with the words of the other targets it states blanked: they speak for those targets. */
function withoutOtherTargets(ix: BatchIndex, sentence: Evidence, targetId: string): string {
  const own = must(ix.targets, targetId).evidence;
  const chars = sentence.quote.split('');
  for (const t of ix.targetsInDocument(sentence.documentId)) {
    if (t.props.id === targetId) continue;
    for (const e of t.evidence) {
      if (e.documentId !== sentence.documentId || e.end <= sentence.start || e.start >= sentence.end) continue;
      if (own.some((o) => o.start < e.end && e.start < o.end)) continue;
      for (let i = Math.max(e.start, sentence.start); i < Math.min(e.end, sentence.end); i++)
        chars[i - sentence.start] = '|';
    }
  }
  return chars.join('');
}
