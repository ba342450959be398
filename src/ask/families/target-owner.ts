/**
 * TARGET_OWNER — which unit owns a target, on what basis, and the accountable leaders:
 * 新增城镇就业目标由谁负责, GDP目标归谁管, 适老化改造500户的牵头单位是民政局吗 (a yes/no, from the
 * same rows). Classified in src/ask/intent.ts. Slots: the metrics, the topic's words, the figures
 * quoted, the year, the unit of a yes/no. Queries: target-candidates (the targets asked about),
 * target-owners, target-policy.
 */
import { evidenceFromLists } from '../../store/evidence.js';
import type { Intent } from '../intent.js';
import { normalizeKey } from '../normalize.js';
import { listOf, numOrNull, rowsOf, stringsOf } from '../rows.js';
import { BASIS_ZH, dedupe, done, exec, list, ROLE_ZH, yearText } from './answer.js';
import type { FamilyModule } from './types.js';

export const targetOwner: FamilyModule = {
  statesFigures: true,
  // owners known only from the division of work are less sure than stated or policy ones
  maxConfidence: (answer) => (/文件明确|依据政策文件/.test(answer) ? 1 : 0.75),
  async run(intent, run, lex) {
    const metrics = [...new Set((intent.metrics ?? []).map((m) => m.name))];
    const terms = (intent.terms ?? []).filter((t) => t.length >= 2);
    if (!metrics.length && !terms.length) return null;
    // a topic in another word order (沙棘种植改造 for 种植改造沙棘) is found by its character pairs, scored by their share
    const queryTerms = [...new Set([...terms, ...terms.filter((t) => t.length >= 4).flatMap(pairsOf)])];
    let c = await exec(run, 'target-candidates', { metrics, terms: queryTerms, year: intent.year });
    if (!c.rows.length && intent.year != null)
      c = await exec(run, 'target-candidates', { metrics, terms: queryTerms, year: null });
    const ids = pickTargets(c.rows, intent, lex.referenceYear).map((r) => r.targetId);
    if (!ids.length) return null;
    const q = await exec(run, 'target-owners', { ids });
    const policyRows = (await exec(run, 'target-policy', { ids })).rows;
    const personName = new Map(lex.entities.filter((e) => e.type === 'PERSON').map((e) => [e.id, e.name]));
    // one entry per target, in the order chosen, with its owners and policy links
    const chosen = ids
      .map((id) => {
        const mine = q.rows.filter((r) => r.targetId === id);
        if (!mine.length) return null;
        const all = mine
          .filter((r) => r.organization != null)
          .map((r): Record<string, unknown> => ({
            ...r,
            leaders: listOf(r.leaderIds)
              .map((x) => personName.get(String(x)))
              .filter(Boolean),
          }));
        const owners = all.filter(plausibleOwner);
        const weak = all.filter((o) => !plausibleOwner(o)).map((o) => String(o.organization));
        const row: Record<string, unknown> = {
          ...mine[0],
          owners,
          weak,
          policy: policyRows.filter((p) => p.targetId === id),
        };
        return row;
      })
      .filter((r): r is Record<string, unknown> => r !== null);
    if (!chosen.length) return null;
    const parts = chosen.map(ownerText);
    if (intent.org) {
      // 某目标的牵头单位是民政局吗: a verdict from the same rows, then the owners
      const o = intent.org;
      const all = chosen.flatMap((r) => rowsOf(r.owners));
      const hit = all.find((x) => x.organization === o.name);
      parts.unshift(
        hit
          ? `是，${o.name}是${ROLE_ZH[String(hit.role)] ?? '责任'}单位（${BASIS_ZH[String(hit.basis)] ?? hit.basis}）。`
          : `否，图谱中${o.name}不是这项目标的责任单位。`,
      );
    }
    const evs = chosen.flatMap((r) => [
      ...evidenceFromLists(r.tev),
      ...rowsOf(r.owners).flatMap((o) => evidenceFromLists(o.ev)),
      ...rowsOf(r.policy).flatMap((p) => evidenceFromLists(p.ev)),
    ]);
    const pick = (r: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, r[k] ?? null]));
    const shown = chosen.map((r) => ({
      ...pick(r, [
        'targetId',
        'text',
        'metric',
        'value',
        'valueMax',
        'unit',
        'modifier',
        'year',
        'status',
        'document',
        'task',
      ]),
      owners: rowsOf(r.owners).map((o) =>
        pick(o, ['organization', 'role', 'basis', 'confidence', 'via', 'terms', 'leaders', 'supervisors']),
      ),
      policy: rowsOf(r.policy).map((p) => pick(p, ['task', 'document', 'score', 'lead'])),
    }));
    return done({ ...q, rows: shown }, parts.join('\n'), dedupe(evs));
  },
};

/** The two-character pairs of a word: 沙棘种植 → 沙棘, 棘种, 种植. */
function pairsOf(t: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= t.length; i++) out.push(t.slice(i, i + 2));
  return out;
}

/** Share of a word's pairs that occur in a text. */
function pairShare(t: string, text: string): number {
  const ps = pairsOf(t);
  return ps.length ? ps.filter((p) => text.includes(p)).length / ps.length : 0;
}

/**
 * The targets an owner question is about: the metric it names, the figure it quotes, the year
 * it means — the best-scored ones (several only when they tie, e.g. one sentence's two figures).
 */
function pickTargets(
  rows: Record<string, unknown>[],
  intent: Intent,
  referenceYear: number | null,
): Record<string, unknown>[] {
  if (!rows.length) return [];
  const metrics = new Set((intent.metrics ?? []).map((m) => m.name));
  const numbers = intent.numbers ?? [];
  const terms = intent.terms ?? [];
  const wantYear = intent.year ?? referenceYear;
  const scoreOf = (r: Record<string, unknown>) => {
    // compared without spaces and punctuation: “四上”企业 is 四上企业
    const text = normalizeKey(String(r.text ?? ''));
    let s = metrics.has(String(r.metric)) ? 4 : 0;
    for (const t of terms) {
      if (text.includes(t) || String(r.metric ?? '').includes(t)) s += Math.min(4, t.length / 2);
      else if (t.length >= 4 && pairShare(t, text) >= 0.7) s += Math.min(4, t.length / 2) * 0.8;
    }
    if (numbers.length && numbers.some((n) => n === Number(r.value) || n === Number(r.valueMax))) s += 6;
    if (wantYear != null && r.year === wantYear) s += 1;
    // an owner question is about a commitment: planned targets first unless it asks about results
    if (r.status === (intent.status === 'ACHIEVED' ? 'ACHIEVED' : 'PLANNED')) s += 2;
    return s;
  };
  const scored = rows.map((r) => ({ r, s: scoreOf(r) })).sort((a, b) => b.s - a.s);
  const top = scored[0].s;
  if (top < 3) return [];
  const seen = new Set<string>();
  const out: Record<string, unknown>[] = [];
  for (const { r, s } of scored) {
    if (s < top) break;
    // one sentence may hold several figures of one metric: it is one commitment to the reader
    const key = `${String(r.text)}|${String(r.metric)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
    if (out.length >= 3) break;
  }
  return out;
}

/**
 * Rule plausible-portfolio-owner: an owner read from a leader's 分管 list is an owner only when a
 * word it shares with the target occurs in the target's own clause (its text or metric), not
 * merely elsewhere in the sentence or block around it (亩均投资强度 and a fire brigade sharing 消防
 * from a list of infrastructure). Owners stated by a text or a policy task are always kept.
 */
export function plausibleOwner(o: Record<string, unknown>): boolean {
  if (o.basis !== 'PORTFOLIO') return true;
  const terms = listOf(o.terms).map(String).filter(Boolean);
  if (!terms.length) return true;
  const own = `${String(o.text ?? '')}${String(o.metric ?? '')}`;
  return terms.some((t) => own.includes(t));
}

/** One target's owners, each with its basis in words, and the accountable leaders. */
function ownerText(r: Record<string, unknown>): string {
  const owners = rowsOf(r.owners);
  const policy = rowsOf(r.policy);
  const head = `“${String(r.text ?? r.metric ?? '').replace(/\s+/g, '')}”（${yearText(numOrNull(r.year))}${r.status === 'ACHIEVED' ? '完成' : '目标'}${r.document ? `，出自${r.document}` : ''}）`;
  const weak = stringsOf(r.weak);
  // the weak unit is not named: the answer must not read as if it were an owner
  const weakText = weak.length
    ? '（领导分工中的分管单位与这项目标只在同一段落共有词语、不在目标原文中，关联太弱，不作为责任单位）'
    : '';
  if (!owners.length)
    return `${head}：图谱中没有明确的责任单位——文件未写明，也没有可依据的政策文件任务或领导分工，不作推断${weakText}。`;
  // one line per unit: its strongest responsibility
  const byOrg = new Map<string, Record<string, unknown>>();
  for (const o of owners) if (!byOrg.has(String(o.organization))) byOrg.set(String(o.organization), o);
  const why = (o: Record<string, unknown>) => {
    const basis = String(o.basis ?? '');
    const role = ROLE_ZH[String(o.role)] ?? '负责';
    const conf = o.confidence != null ? `，置信度${Number(o.confidence).toFixed(2)}` : '';
    if (basis === 'POLICY') {
      const p = policy.find((x) => listOf(x.lead)?.includes(o.organization)) ?? policy[0];
      return p
        ? `依据政策文件${p.document ? `《${String(p.document).replace(/^《|》$/g, '')}》` : ''}任务“${p.task}”的${role}单位${conf}`
        : `依据政策文件的${role}单位${conf}`;
    }
    if (basis === 'PORTFOLIO') {
      const leaders = list(listOf(o.leaders).length ? listOf(o.leaders) : listOf(o.supervisors));
      const words = list(listOf(o.terms));
      return `依据领导分工${leaders ? `：${leaders}分管${o.organization}` : ''}${words ? `，与目标共有“${words}”` : ''}${conf}`;
    }
    if (basis === 'STATED')
      return `文件明确：${o.via === 'TASK' && r.task ? `任务“${r.task}”` : '原文'}写明为${role}单位${conf}`;
    return `${BASIS_ZH[basis] ?? basis}${conf}`;
  };
  const lead = [...byOrg.values()].filter((o) => o.role === 'LEAD');
  const support = [...byOrg.values()].filter((o) => o.role !== 'LEAD');
  const parts: string[] = [];
  if (lead.length) parts.push(`牵头：${lead.map((o) => `${o.organization}（${why(o)}）`).join('；')}`);
  else parts.push('没有明确的牵头单位');
  if (support.length) parts.push(`配合：${support.map((o) => `${o.organization}（${why(o)}）`).join('；')}`);
  // accountable leaders: the division of work a PORTFOLIO basis rests on, else who supervises the lead unit
  const leaders = new Set<string>();
  for (const o of lead)
    for (const p of listOf(o.basis === 'PORTFOLIO' && listOf(o.leaders).length ? o.leaders : o.supervisors))
      leaders.add(String(p));
  if (leaders.size) parts.push(`负责领导（分管牵头单位）：${[...leaders].join('、')}`);
  return `${head}——${parts.join('。')}。`;
}
