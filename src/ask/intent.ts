/**
 * Question → family. A family is chosen from the kinds of entity the question names plus cue
 * words (Chinese and plain English); the cue lists describe how people ask, never what a
 * particular gazette says.
 */
import { preClassify, type Family } from './families/index.js';
import type { Entity, Lexicon, Mention } from './lexicon.js';

/** A family's name: the names of FAMILIES (src/ask/families/index.ts), one module each. */
export type { Family };

export interface Intent {
  family: Family;
  org?: Entity;
  person?: Entity;
  group?: Entity;
  doc?: Entity;
  /** every document the question names (IMPLEMENTS: a notice and the plan it promulgates share words) */
  docs?: Entity[];
  /** SUPERVISED_BY: every person named (周立明和李贵分别分管哪些单位) */
  persons?: Entity[];
  /** every unit named (SUPERVISOR_OF: 住建局和自然资源局分别由谁分管) */
  orgs?: Entity[];
  metrics?: Entity[];
  area?: Entity;
  year: number | null;
  status?: 'PLANNED' | 'ACHIEVED' | null;
  term?: string | null;
  /** GROUP_INFO: the question asks where the group's office sits */
  asksOffice?: boolean;
  /** TARGET_OWNER: words that may occur in the target's text (metric mentions, topic pieces) */
  terms?: string[];
  /** TARGET_OWNER: figures the question quotes (新增城镇就业5000人 → 5000) */
  numbers?: number[];
  /** tried when this intent finds no rows (a topic that may be a task or a target) */
  fallback?: Intent;
  /** TARGET_OUTCOMES / INDICATOR_COMPARE: indicator codes named, the place, 今年/去年 as an offset */
  indicators?: string[];
  /** the place whose figures answer it; for TARGET_FIGURE / ACHIEVED_FIGURE / PLAN_VS_ACTUAL the loaded one named, else the graph's home */
  jurisdiction?: string | null;
  yearOffset?: number | null;
  outcome?: 'NOT_MET' | null;
  compare?: 'PLACES' | 'YEARS';
  measure?: 'GROWTH' | null;
  /** the weakest mention score the intent relies on */
  matchScore: number;
}

const CUE = {
  contact: /电话|联系方式|号码|热线|phone|contactnumber|telephone|hotline/,
  ab: /ab角|a角|b角|ab岗|ab制|互为ab|backup|abpartner|abrole|\bab\b/,
  assists: /协助|助手|assist/,
  liaise: /联系|liaise|liaison|keepsincontact/,
  supervise:
    /分管|主管|归谁管|谁管|归\S{0,8}管|(哪位|哪个|谁)\S{0,6}管|管哪|管理哪|管着|管什么(?!工作|方面|领域)|归(哪|谁)|(哪个|哪位)副?\S?长(?!负责)|supervis|oversee|incharge|responsiblefor(?!what)/,
  portfolio: /方面|领域|分工|负责什么|负责哪些工作|负责哪些事|管什么工作|portfolio|area|duties/,
  target: /目标|指标|target|goal|kpi/,
  lead: /牵头|配合|协同|责任单位|负责单位|主责|谁负责|由谁|哪个部门|哪些部门|哪个单位|哪些单位|谁来|whoisresponsible|wholead|whoresponsible|lead|responsibleunit/,
  group: /领导小组|指挥部|工作组|专班|委员会|group|committee/,
  groupRole: /组长|成员|组员|办公室|总指挥|指挥长|副组长|构成|组成|member|leader|office|head/,
  appoint: /任免|任命|任职|职务|任什么|担任|免去|免职|提名|提任|调整|appoint|position|post|job|title/,
  implement: /承诺|落实|对应|关联|衔接|实施了|implement|linked|commitment/,
  compare:
    /对比|比较|相比|差距|完成得(怎么样|如何|咋样)|完成(了)?没有|进展如何|vs|versus|compare|计划与实际|计划和实际|目标与完成|目标和完成|完成情况.*目标|目标.*完成情况|planned.*achieved|plan.*actual/,
  achieved: /完成|实际|实现了|达到了|做到了|增长了|achieved|actual|result/,
  planned: /目标|预期|计划|力争|要求|打算|target|plan|expected|goal/,
  figure: /多少|几|数字|数值|增长|增速|达到|规模|总额|figure|howmuch|howmany|value|rate|growth/,
  notice: /通知|文件|文号|发\d+\d*号|notice|document/,
  /** who owns something: the lead cue plus the ways people ask for an owner */
  owner:
    /哪位领导|哪个领导|哪位副\S?长|归谁|谁管|谁来|谁抓|谁的|归口|哪家|哪个局|什么部门|什么单位|责任部门|主管部门|主管单位|谁在负责|谁在抓/,
  unassigned:
    /(没有|还没|尚未|没|未|无)(有)?(明确|落实|确定|写明|指定|分配|明)?的?(牵头|责任|负责|主责|归属)|无人负责|没人管|没人负责|没有主|没有归属/,
};

const OWNER_WORDS = new RegExp(
  `${CUE.owner.source}|${CUE.lead.source}|抓落实|来抓|落实|依据是什么|依据|为什么|是什么|这个|这项|那个|分别|的任务|任务|牵头单位|配合单位|分管领导|负责领导|领导`,
  'g',
);

/** Figures a question quotes, years excepted: 新增城镇就业5000人 → [5000]; 7% → [7]. */
export function numbersOf(q: string): number[] {
  const out: number[] = [];
  for (const m of q.matchAll(/\d+(?:\.\d+)?/g)) {
    const next = q.slice(m.index + m[0].length);
    if (/^(19|20)\d{2}$/.test(m[0]) && (/^年/.test(next) || !/^[%万亿个人户套家座亩]/.test(next))) continue;
    const n = Number(m[0]);
    if (Number.isFinite(n)) out.push(n);
  }
  return out;
}

/** Words that carry the question's shape, not its topic; stripped to find the topic term. */
const STOP = new RegExp(
  [
    '由谁牵头',
    '谁牵头',
    '牵头单位',
    '牵头部门',
    '配合单位',
    '配合部门',
    '责任单位',
    '负责单位',
    '主责单位',
    '哪个部门',
    '哪些部门',
    '哪个单位',
    '哪些单位',
    '哪些任务',
    '什么任务',
    '哪个政策任务',
    '哪些政策任务',
    '政策任务',
    '报告承诺',
    '报告中的承诺',
    '政府工作报告',
    '工作报告',
    '对应',
    '关联',
    '落实',
    '衔接',
    '承诺',
    '牵头',
    '配合',
    '负责',
    '由谁',
    '是谁',
    '有谁',
    '谁来',
    '哪些',
    '哪个',
    '什么',
    '怎么',
    '如何',
    '是否',
    '请问',
    '一下',
    '查询',
    '告诉我',
    '相关',
    '有关',
    '方面',
    '工作',
    '任务',
    '主要',
    '具体',
    '情况',
    '的',
    '和',
    '与',
    '及',
    '呢',
    '吗',
    '了',
    '是',
    '在',
    '谁',
    '由',
    '哪',
    '有',
    '中',
    '里',
    '关于',
    '以及',
    '我想知道',
    '想知道',
    '涉及',
    '政策',
    '哪一项',
    '哪项',
    '相对应',
    'who',
    'which',
    'what',
    'leads',
    'lead',
    'is',
    'the',
    'for',
    'responsible',
    'are',
    'units',
    'of',
    'task',
    'tasks',
  ]
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/** The topic words of a question: what is left once names, years and question words are removed. */
export function topicPieces(q: string, mentions: Mention[]): string[] {
  let rest = '';
  for (let i = 0; i < q.length; i++) rest += mentions.some((m) => i >= m.start && i < m.end) ? '|' : q[i];
  rest = rest.replace(/(19|20)\d{2}年?|今年|去年|明年|前年|本年度?|上年度?/g, '|').replace(STOP, '|');
  return rest.split(/[^\p{Script=Han}a-z0-9]+|\|/u).filter((p) => p.length >= 2 && /\p{Script=Han}/u.test(p));
}

export function topicTerm(q: string, mentions: Mention[]): string | null {
  const pieces = topicPieces(q, mentions);
  return pieces.length ? [...pieces].sort((a, b) => b.length - a.length)[0] : null;
}

export function yearOf(q: string, lex: Lexicon): number | null {
  const explicit = q.match(/((?:19|20)\d{2})年?/);
  if (explicit) return Number(explicit[1]);
  const ref = lex.referenceYear;
  if (ref == null) return null;
  if (/今年|本年|thisyear|当年/.test(q)) return ref;
  if (/前年|yearbeforelast/.test(q)) return ref - 2;
  if (/去年|上年|上一年|lastyear/.test(q)) return ref - 1;
  if (/明年|下一年|nextyear/.test(q)) return ref + 1;
  return null;
}

/** Pick one entity of a type: the best-scored, earliest mention. */
function first(mentions: Mention[], type: Entity['type']): Mention | undefined {
  // a document printed in the gazette beats a CITED stub that shares its title words
  const cited = (m: Mention) => (m.entity.extra === 'CITED' ? 1 : 0);
  return mentions
    .filter((m) => m.entity.type === type)
    .sort((a, b) => b.score - a.score || cited(a) - cited(b) || a.start - b.start)[0];
}

export function classify(q: string, mentions: Mention[], lex: Lexicon): Intent | null {
  // families written as modules and everyday wordings come first (src/ask/families/)
  const pre = preClassify(q, mentions, lex);
  if (pre) return pre;
  const org = first(mentions, 'ORG');
  const person = first(mentions, 'PERSON');
  const group = first(mentions, 'GROUP');
  const doc = first(mentions, 'DOC');
  const metricMentions = mentions.filter((m) => m.entity.type === 'METRIC');
  const metrics = [...new Set(metricMentions.map((m) => m.entity))];
  const year = yearOf(q, lex);
  const score = (...ms: Array<Mention | undefined>) =>
    Math.min(1, ...ms.filter((m): m is Mention => !!m).map((m) => m.score));
  const has = (re: RegExp) => re.test(q);
  const base = { year, matchScore: 1 };

  if (has(CUE.contact)) return { ...base, family: 'CONTACTS', org: org?.entity, matchScore: score(org) };
  if (person && has(CUE.ab)) return { ...base, family: 'AB_PARTNER', person: person.entity, matchScore: score(person) };
  if (group || (has(CUE.group) && has(CUE.groupRole) && !person && !org)) {
    if (group && !(person && has(CUE.appoint)))
      return {
        ...base,
        family: 'GROUP_INFO',
        group: group.entity,
        asksOffice: /办公室|office/.test(q),
        matchScore: score(group),
      };
  }
  if (metrics.length && has(CUE.compare))
    return { ...base, family: 'PLAN_VS_ACTUAL', metrics, status: null, matchScore: score(...metricMentions) };
  // 人社今年牵头哪些指标: an area of work names the unit that carries it, when exactly one does
  const area0 = first(mentions, 'AREA');
  const areaUnit = area0 ? lex.areaOrgs.get(area0.entity.name) : undefined;
  if (!org && !person && areaUnit && !metrics.length && has(CUE.target) && has(/哪些|什么|几项|多少项|有啥/)) {
    return { ...base, family: 'TARGETS_OF_ORG', org: areaUnit, matchScore: 0.7 };
  }
  // which targets have no owner yet (哪些目标还没有明确牵头单位)
  if (!person && has(CUE.unassigned) && (has(CUE.target) || has(/哪些|什么|有没有|还有/))) {
    return {
      ...base,
      family: 'UNASSIGNED_TARGETS',
      status: has(CUE.achieved) && !has(CUE.planned) ? 'ACHIEVED' : 'PLANNED',
      matchScore: 0.9,
    };
  }
  // who owns a target (新增城镇就业目标由谁负责, GDP目标归谁管, 高标准农田2万亩谁来抓)
  const numbers = numbersOf(q);
  // a unit guessed from an abbreviation does not stop a question that quotes a target's figure
  // (养老服务中心10个由哪个部门负责): the guess's characters are then words of the target
  const guessed = org && org.score < 0.8 && numbers.length > 0 && !has(/吗|是否|是不是/);
  // 适老化改造500户的牵头单位是民政局吗: a yes/no about one unit owning a target
  const yesNoUnit =
    !!org && (numbers.length > 0 || metrics.length > 0) && has(/吗|是否|是不是/) && (has(CUE.lead) || has(CUE.owner));
  if (yesNoUnit && !person) {
    const named = mentions.filter((m) => m.entity.type === 'METRIC').map((m) => q.slice(m.start, m.end));
    return {
      ...base,
      family: 'TARGET_OWNER',
      org: org.entity,
      metrics,
      terms: named,
      numbers,
      matchScore: score(org, ...metricMentions),
    };
  }
  const asksOwner = !person && (!org || guessed) && (has(CUE.lead) || has(CUE.owner));
  if (asksOwner && (metrics.length || numbers.length || has(CUE.target))) {
    const named = mentions
      .filter((m) => m.entity.type === 'METRIC' || (guessed && m.entity.type === 'ORG'))
      .map((m) => q.slice(m.start, m.end));
    // question words are blanked in place (same length: mention offsets still hold)
    const blank = q.replace(OWNER_WORDS, (w) => '|'.repeat(w.length));
    // a figure splits its words (审计166个已竣工项目 → 审计, 已竣工项目): both sides are words of the target
    const pieces = topicPieces(blank, mentions)
      .flatMap((p) => p.split(/\d+(?:\.\d+)?[个项座家亩户人套所处名条公里万亿元%]*/))
      .map((p) => p.replace(/目标|指标|target|goal/g, ''))
      .filter((p) => p.length >= 2);
    const terms = [...new Set([...named, ...pieces])];
    const owner: Intent = {
      ...base,
      family: 'TARGET_OWNER',
      metrics,
      terms,
      numbers,
      matchScore: metricMentions.length ? score(...metricMentions) : 0.8,
    };
    // a bare topic (老旧小区改造由谁牵头) is first a task, then a target
    if (has(CUE.target) || numbers.length) return owner;
    const term = topicTerm(
      q,
      mentions.filter((m) => m.entity.type === 'PERSON'),
    );
    if (term) return { ...base, family: 'TASK_RESPONSIBLE', term, matchScore: 0.85, fallback: owner };
    return owner;
  }
  if (person && has(CUE.target))
    return { ...base, family: 'TARGETS_OF_LEADER', person: person.entity, matchScore: score(person) };
  if (doc && has(CUE.target) && !metrics.length && doc.score >= (org?.score ?? 0)) {
    const status =
      has(CUE.achieved) && !/目标|预期|计划|力争/.test(q)
        ? 'ACHIEVED'
        : has(/目标|预期|计划|target|goal|plan/)
          ? 'PLANNED'
          : null;
    const docs = [...new Set(mentions.filter((m) => m.entity.type === 'DOC').map((m) => m.entity))];
    return { ...base, family: 'DOCUMENT_TARGETS', doc: doc.entity, docs, status, matchScore: score(doc) };
  }
  if (org && has(CUE.target) && !metrics.length)
    return { ...base, family: 'TARGETS_OF_ORG', org: org.entity, matchScore: score(org) };
  if (metrics.length && (has(CUE.figure) || has(CUE.planned) || has(CUE.achieved) || year != null)) {
    // 今年完成…多少: the current year is not over, so 完成 is the commitment unless a result is said (完成了, 实际)
    const currentYear =
      year != null &&
      lex.referenceYear != null &&
      year >= lex.referenceYear &&
      !/实际|完成了|实现了|达到了|完成情况/.test(q);
    const achieved = has(CUE.achieved) && !/目标|预期|计划|力争/.test(q) && !currentYear;
    const planned = has(CUE.planned);
    const status = achieved
      ? 'ACHIEVED'
      : planned
        ? 'PLANNED'
        : year != null && lex.referenceYear != null && year < lex.referenceYear
          ? 'ACHIEVED'
          : 'PLANNED';
    return {
      ...base,
      family: status === 'ACHIEVED' ? 'ACHIEVED_FIGURE' : 'TARGET_FIGURE',
      metrics,
      status,
      matchScore: score(...metricMentions),
    };
  }
  if (org && has(CUE.target)) return { ...base, family: 'TARGETS_OF_ORG', org: org.entity, matchScore: score(org) };
  if (doc && has(CUE.appoint) && doc.entity.extra === 'APPOINTMENT')
    return { ...base, family: 'NOTICE_APPOINTMENTS', doc: doc.entity, matchScore: score(doc) };
  if (has(CUE.implement) && (/报告|承诺|政策|方案|规划|commitment|report|policy|plan/.test(q) || doc)) {
    // a topic may look like a metric (老旧小区改造): only names of documents, units and people are masked
    const named = mentions.filter(
      (m) => m.entity.type === 'DOC' || m.entity.type === 'ORG' || m.entity.type === 'PERSON',
    );
    const docs = [...new Set(mentions.filter((m) => m.entity.type === 'DOC').map((m) => m.entity))];
    return { ...base, family: 'IMPLEMENTS', doc: doc?.entity, docs, term: topicTerm(q, named), matchScore: score(doc) };
  }
  if (person && has(CUE.assists))
    return { ...base, family: 'ASSISTS', person: person.entity, matchScore: score(person) };
  if (person && has(CUE.liaise) && !has(CUE.supervise))
    return { ...base, family: 'LIAISES', person: person.entity, matchScore: score(person) };
  if (org && !person && has(CUE.liaise)) return { ...base, family: 'LIAISES', org: org.entity, matchScore: score(org) };
  if (person && has(CUE.appoint))
    return { ...base, family: 'PERSON_APPOINTMENTS', person: person.entity, matchScore: score(person) };
  if (person && has(CUE.portfolio))
    return { ...base, family: 'PORTFOLIO', person: person.entity, matchScore: score(person) };
  // 某副县长分管教育局吗: the units named are checked against the leader's list
  if (person && has(CUE.supervise)) {
    const persons = [
      ...new Set(
        mentions
          .filter((m) => m.entity.type === 'PERSON')
          .sort((a, b) => a.start - b.start)
          .map((m) => m.entity),
      ),
    ];
    return {
      ...base,
      family: 'SUPERVISED_BY',
      person: person.entity,
      persons,
      org: org?.entity,
      matchScore: score(person),
    };
  }
  const area = first(mentions, 'AREA');
  if (
    area &&
    !person &&
    !org &&
    has(/谁|哪位|哪个领导|哪些领导|哪个副?\S?长|who|which/) &&
    has(/负责|分管|主管|管|归|抓|responsible|incharge|cover/)
  ) {
    return { ...base, family: 'AREA_LEADER', area: area.entity, matchScore: score(area) };
  }
  // 谁负责审计局: a unit with no target or task in the question asks for its supervisor
  const unitOnly =
    !!org && !metrics.length && !has(CUE.target) && has(/谁负责|谁在负责|哪位领导负责|由谁负责/) && !has(/负责人/);
  if (org && (has(CUE.supervise) || unitOnly)) {
    const orgs = [
      ...new Set(
        mentions
          .filter((m) => m.entity.type === 'ORG')
          .sort((a, b) => a.start - b.start)
          .map((m) => m.entity),
      ),
    ];
    // several entities on one span are one ambiguous name, not several units
    const spans = new Set(mentions.filter((m) => m.entity.type === 'ORG').map((m) => m.start));
    return {
      ...base,
      family: 'SUPERVISOR_OF',
      org: org.entity,
      orgs: spans.size > 1 ? orgs : [org.entity],
      matchScore: score(org),
    };
  }
  if (doc && doc.entity.extra === 'APPOINTMENT')
    return { ...base, family: 'NOTICE_APPOINTMENTS', doc: doc.entity, matchScore: score(doc) };
  if (!person && has(CUE.lead)) {
    // the topic may itself look like a metric name (老旧小区): nothing is masked
    const term = topicTerm(
      q,
      mentions.filter((m) => m.entity.type === 'PERSON'),
    );
    if (term) return { ...base, family: 'TASK_RESPONSIBLE', term, matchScore: 0.85 };
  }
  // a bare name: say what the graph knows about the role most questions are about
  if (person && mentions.every((m) => m.entity.type === 'PERSON'))
    return { ...base, family: 'PORTFOLIO', person: person.entity, matchScore: score(person) * 0.9 };
  if (org && mentions.every((m) => m.entity.type === 'ORG') && has(/领导|leader|谁/))
    return { ...base, family: 'SUPERVISOR_OF', org: org.entity, matchScore: score(org) * 0.9 };
  return null;
}
