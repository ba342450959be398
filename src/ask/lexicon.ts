/**
 * Entity recognition from the graph itself: every organisation name and alias, person, group,
 * metric, document title and 文号 is loaded by one query and turned into match keys. Nothing
 * here knows a particular county: jurisdiction prefixes come from the graph too.
 */
import metrics from '../../seed/lexicon/metrics.json' with { type: 'json' };
import { buildPinyinIndex, type PinyinIndex } from './english.js';
import { normalizeKey } from './normalize.js';
import { must } from '../errors.js';

/** AREA: an area of work in some leader's portfolio (民政, 城乡规划建设) */
export const ENTITY_TYPES = ['ORG', 'PERSON', 'GROUP', 'METRIC', 'DOC', 'AREA'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
const isEntityType = (t: string): t is EntityType => ENTITY_TYPES.some((e) => e === t);

export interface Entity {
  type: EntityType;
  id: string;
  name: string;
  /** DOC: the 文号; ORG: kind */
  extra: string | null;
  docNumber?: string | null;
}

export interface Mention {
  entity: Entity;
  /** [start, end) in the question key */
  start: number;
  end: number;
  /** 1 exact name, 0.9 alias/variant, 0.75 abbreviation */
  score: number;
}

export interface Lexicon {
  entities: Entity[];
  /** match key → entities it names, with the score of that key */
  keys: Map<string, Array<{ entity: Entity; score: number }>>;
  /** keys sorted longest first, so longer names win over their parts */
  sortedKeys: string[];
  /** areas of work: matched last, only on characters no name claimed (人社 must not eat 人社局) */
  areaKeys: Map<string, Entity>;
  /** ORG and GROUP stripped names by first character, for abbreviation matching */
  byFirstChar: Map<string, Array<{ entity: Entity; key: string }>>;
  /** METRIC keys by first character, for abbreviations (社零总额 → 社会消费品零售总额) */
  metricsByFirstChar: Map<string, Array<{ entity: Entity; key: string }>>;
  /** an area of work → the one unit whose abbreviation it is (人社 → 人力资源和社会保障局), if exactly one */
  areaOrgs: Map<string, Entity>;
  /** person names written in pinyin (Zhou Liming → 周立明) */
  pinyin: PinyinIndex;
  /** the year 今年 means: the latest work report's reportYear, else null */
  referenceYear: number | null;
  jurisdictions: string[];
  /** jurisdictions with a gazette or a printed document loaded (not only cited): what questions may ask about */
  loadedJurisdictions: string[];
  /**
   * The jurisdiction a question that names none is about: the one with the most documents loaded
   * (the county whose gazettes are loaded, beside single reports of others), null on a tie.
   */
  home: string | null;
}

export interface LexiconRow {
  type: string;
  id: string;
  name: string | null;
  aliases: unknown;
  extra: string | null;
}

/** Administrative level characters a local name may start with (旗住建局 ≈ 住建局). */
const LEVEL_PREFIX = /^[旗县区市镇州盟乡]/;
const LEVEL_SUFFIX = /[旗县区市镇州盟乡]$/;
/** Characters an abbreviated organisation or group name ends in. */
const ORG_TAILS = new Set([...'局委办心镇院会部队司组所站社馆厅处室校团行中']);

/** Name variants for one organisation or group: with and without jurisdiction and level prefixes. */
function nameVariants(name: string, jurisdictions: string[]): Array<{ key: string; score: number }> {
  const out = new Map<string, number>();
  const add = (text: string, score: number) => {
    const k = normalizeKey(text);
    if (k.length >= 2 && (out.get(k) ?? 0) < score) out.set(k, score);
  };
  add(name, 1);
  const base = name.replace(/[（(][^）)]*[）)]$/, '');
  add(base, 0.95);
  const stems = [base];
  for (const j of jurisdictions) {
    const short = j.replace(LEVEL_SUFFIX, '');
    for (const p of [j, short])
      if (p.length >= 2 && base.startsWith(p) && base.length > p.length + 1) stems.push(base.slice(p.length));
  }
  if (LEVEL_PREFIX.test(base) && base.length > 3) stems.push(base.slice(1));
  for (const s of stems) {
    add(s, 0.9);
    add(s.replace('人民政府', '政府'), 0.85);
    add(s.replace(/委员会$/, '委'), 0.85);
    add(s.replace(/工作领导小组$/, '领导小组'), 0.85);
    if (LEVEL_PREFIX.test(s) && s.length > 3) add(s.slice(1), 0.9);
  }
  return [...out].map(([key, score]) => ({ key, score }));
}

/**
 * A metric phrase often starts with the action the report asks for (新建高标准农田, 开展职业技能培训);
 * people ask about the thing itself (高标准农田), so the phrase without a leading action verb is a key too.
 */
const METRIC_ACTION =
  /^(新建改造|新建|新增|新打造|建设|建成|开展|完成|实施|推进|推动|打造|改造|提质改造|开工建设|引进|培育|新开工|确保|力争|实现|全面完成)/;

/** Verbs of making that people use for one another before a short noun (新增/新建学位). */
const MAKING_VERBS = ['新增', '新建', '建设', '建成', '增加', '打造', '完成'];

/** The words of a document title that a person would type: the part between 关于 and 的通知, book titles. */
function titleVariants(title: string): string[] {
  const out: string[] = [title];
  const about = title.match(/关于(.+?)的(通知|决定|意见|批复|报告|函|通报)$/);
  if (about) out.push(about[1].replace(/^印发/, ''));
  for (const m of title.matchAll(/《([^》]+)》/g)) out.push(m[1]);
  // a report titled with its place and year (青山县2025年政府工作报告) is asked for without the year
  if (/\d{4}年政府工作报告$/.test(title)) out.push(title.replace(/\d{4}年(?=政府工作报告$)/, ''));
  // people drop the period a plan covers: 城市更新行动实施方案(2023—2025年)
  for (const t of [...out]) {
    const bare = t.replace(/[（(][^（）()]*\d{4}[^（）()]*[）)]/g, '');
    if (bare !== t) out.push(bare);
  }
  return out.map((t) => t.replace(/[《》]/g, '')).filter((t) => normalizeKey(t).length >= 4);
}

const METRIC_ENTRIES: ReadonlyArray<{ name: string; aliases?: string[] }> = metrics.metrics;
/** Metric aliases from the reviewed lexicon (general statistical vocabulary such as GDP → 地区生产总值). */
const METRIC_ALIASES = new Map<string, string[]>(
  METRIC_ENTRIES.map((m) => [normalizeKey(m.name), [m.name, ...(m.aliases ?? [])]]),
);

export function buildLexicon(rows: LexiconRow[]): Lexicon {
  const jurisdictions = [...new Set(rows.flatMap((r) => (r.type === 'JURISDICTION' && r.name ? [r.name] : [])))].sort(
    (a, b) => b.length - a.length,
  );
  const years = rows
    .filter((r) => r.type === 'REPORT_YEAR')
    .map((r) => Number(r.name))
    .filter(Number.isFinite);
  const entities: Entity[] = [];
  const keys = new Map<string, Array<{ entity: Entity; score: number }>>();
  const byFirstChar = new Map<string, Array<{ entity: Entity; key: string }>>();
  const metricsByFirstChar = new Map<string, Array<{ entity: Entity; key: string }>>();
  const addMetricKey = (key: string, entity: Entity) => {
    const list = metricsByFirstChar.get(key[0]) ?? [];
    list.push({ entity, key });
    metricsByFirstChar.set(key[0], list);
  };
  const areaKeys = new Map<string, Entity>();
  const addKey = (key: string, entity: Entity, score: number) => {
    if (key.length < 2) return;
    const list = keys.get(key) ?? [];
    const existing = list.find((x) => x.entity === entity);
    if (existing) existing.score = Math.max(existing.score, score);
    else list.push({ entity, score });
    keys.set(key, list);
  };

  for (const r of rows) {
    const type = r.type;
    if (!r.name || !isEntityType(type)) continue;
    const aliases = Array.isArray(r.aliases)
      ? r.aliases.filter((a: unknown): a is string => typeof a === 'string' && a.length > 0)
      : [];
    const entity: Entity = { type, id: r.id, name: r.name, extra: r.extra ?? null };
    entities.push(entity);
    if (entity.type === 'AREA') {
      const k = normalizeKey(r.name);
      if (k.length >= 2) areaKeys.set(k, entity);
    } else if (entity.type === 'ORG' || entity.type === 'GROUP') {
      for (const n of [r.name, ...aliases]) {
        for (const v of nameVariants(n, jurisdictions)) {
          addKey(v.key, entity, n === r.name ? v.score : v.score - 0.05);
          const list = byFirstChar.get(v.key[0]) ?? [];
          list.push({ entity, key: v.key });
          byFirstChar.set(v.key[0], list);
        }
      }
    } else if (entity.type === 'PERSON') {
      addKey(normalizeKey(r.name), entity, 1);
    } else if (entity.type === 'METRIC') {
      // two-character metric phrases (打造, 煤矿) are words, not names a question would use alone
      const own = normalizeKey(r.name);
      if (own.length >= 3) {
        addKey(own, entity, 1);
        addMetricKey(own, entity);
        const core = own.replace(METRIC_ACTION, '');
        if (core !== own && core.length >= 3) addKey(core, entity, 0.8);
        // a short thing (学位) is asked with another verb of making (新建学位 for 新增学位)
        if (core !== own && core.length === 2)
          for (const verb of MAKING_VERBS) if (!own.startsWith(verb)) addKey(verb + core, entity, 0.75);
        // a metric listing several things (新建加氢站、氢电油一体站) is found by each of them too
        const parts = METRIC_ACTION.test(r.name)
          ? r.name
              .replace(METRIC_ACTION, '')
              .split(/[、，,和及与]/)
              .map(normalizeKey)
              .filter((x) => x.length >= 3)
          : [];
        if (parts.length > 1) for (const part of parts) addKey(part, entity, 0.75);
        // an action verb inside the phrase (通过市场化方式新建充电桩): the thing after it is a key too
        const inner = [...own.matchAll(new RegExp(METRIC_ACTION.source.replace(/^\^/, ''), 'g'))]
          .filter((m) => m.index > 0)
          .pop();
        if (inner) {
          const tail = own.slice(inner.index + inner[0].length);
          if (tail.length >= 3 && !/\d/.test(tail)) addKey(tail, entity, 0.75);
        }
      }
      // two-character aliases (经济) are too common in questions to name a metric on their own
      for (const w of METRIC_ALIASES.get(normalizeKey(r.name)) ?? []) {
        const k = normalizeKey(w);
        // a two-character alias counts only as an abbreviation of the name (固投, 社零), since
        // synonyms that short (经济) are everyday words
        if (k.length >= 3 || /^[a-z]+$/.test(k) || (k.length === 2 && isSubsequence(k, normalizeKey(r.name))))
          addKey(k, entity, 0.85);
        if (k.length >= 3 && !/^[a-z]+$/.test(k)) addMetricKey(k, entity);
      }
    } else if (entity.type === 'DOC') {
      entity.docNumber = aliases[0] ?? null;
      for (const n of aliases) addKey(normalizeKey(n), entity, 1);
      for (const t of titleVariants(r.name)) {
        addKey(normalizeKey(t), entity, 0.9);
        for (const j of jurisdictions) if (t.startsWith(j)) addKey(normalizeKey(t.slice(j.length)), entity, 0.85);
        // a bare title (政府工作报告) is also asked for with the place in front: 某县政府工作报告
        if (!jurisdictions.some((j) => t.startsWith(j)) && jurisdictions.length <= 5)
          for (const j of jurisdictions) addKey(normalizeKey(j + t), entity, 0.85);
      }
    }
  }
  const sortedKeys = [...keys.keys()].sort((a, b) => b.length - a.length);
  const areaOrgs = new Map<string, Entity>();
  for (const [k, area] of areaKeys) {
    const found = new Set<Entity>();
    for (const tail of ORG_TAILS) for (const e of expand(byFirstChar, k + tail)) found.add(e);
    if (found.size === 1) areaOrgs.set(area.name, [...found][0]);
  }
  const pinyin = buildPinyinIndex(entities.filter((e) => e.type === 'PERSON').map((e) => e.name));
  const loaded = rows
    .flatMap((r) =>
      r.type === 'LOADED_JURISDICTION' && r.name ? [{ name: r.name, documents: Number(r.extra ?? 0) }] : [],
    )
    .sort((a, b) => b.documents - a.documents);
  const loadedJurisdictions = [...new Set(loaded.map((j) => j.name))];
  const home =
    loaded.length && (loaded.length === 1 || loaded[0].documents > loaded[1].documents) ? loaded[0].name : null;
  // "this year" is the home's latest report year when it has one (another county's 2026 report does not make it 2026 here)
  const homeYears = rows
    .filter((r) => r.type === 'REPORT_YEAR' && home !== null && r.extra === home)
    .map((r) => Number(r.name))
    .filter(Number.isFinite);
  const ref = homeYears.length ? Math.max(...homeYears) : years.length ? Math.max(...years) : null;
  return {
    entities,
    keys,
    sortedKeys,
    areaKeys,
    byFirstChar,
    metricsByFirstChar,
    areaOrgs,
    pinyin,
    referenceYear: ref,
    jurisdictions,
    loadedJurisdictions,
    home,
  };
}

/** What may follow a bare abbreviation: a particle or a question word, not more of a word. */
const BARE_ABBR_NEXT = /^($|的|分管|归|由|是|和|与|及|负责|牵头|联系|电话|有|管|今年|去年|明年|哪|谁|在|20\d\d)/;

/** What may precede one: the start, a non-Han character or a particle — not the rest of a word (辐射事故应急联系电话). */
const BARE_ABBR_PREV = /[^\p{Script=Han}]|[的和与及是年问请看把给让由归被对跟同]/u;

/** Entities whose key has the same first and last character as s and contains it in order; shortest keys only. */
function expand(index: Map<string, Array<{ entity: Entity; key: string }>>, s: string): Entity[] {
  const hits = new Map<Entity, string>();
  for (const { entity, key } of index.get(s[0]) ?? []) {
    if (key.length > s.length && key[key.length - 1] === s[s.length - 1] && isSubsequence(s, key)) {
      const prev = hits.get(entity);
      if (!prev || key.length < prev.length) hits.set(entity, key);
    }
  }
  if (!hits.size) return [];
  const best = Math.min(...[...hits.values()].map((k) => k.length));
  return [...hits].filter(([, k]) => k.length === best).map(([e]) => e);
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/**
 * Mentions in a question key: exact keys longest first, then abbreviations (人社局 for
 * 人力资源和社会保障局): a run ending in an organisation tail whose characters occur in order in
 * exactly one name with the same first and last character.
 */
export function findMentions(lex: Lexicon, q: string): Mention[] {
  const taken = new Uint8Array(q.length);
  const mentions: Mention[] = [];
  const free = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  for (const key of lex.sortedKeys) {
    let from = 0;
    for (;;) {
      const at = q.indexOf(key, from);
      if (at < 0) break;
      from = at + 1;
      if (!free(at, at + key.length)) continue;
      const cands = must(lex.keys, key);
      // several entities may share a key (two 办公室s): keep them all, best score first
      for (const c of [...cands].sort((a, b) => b.score - a.score))
        mentions.push({ entity: c.entity, start: at, end: at + key.length, score: c.score });
      taken.fill(1, at, at + key.length);
    }
  }
  // abbreviations: only over characters no exact match claimed
  for (let end = q.length; end >= 3; end--) {
    if (!ORG_TAILS.has(q[end - 1])) continue;
    for (let len = Math.min(8, end); len >= 3; len--) {
      const start = end - len;
      if (!free(start, end)) continue;
      const best = expand(lex.byFirstChar, q.slice(start, end));
      if (!best.length) continue;
      // several equally short expansions are ambiguous and all kept
      for (const entity of best) mentions.push({ entity, start, end, score: 0.75 });
      taken.fill(1, start, end);
      break;
    }
  }
  // abbreviations without the unit word (住建的分管领导, 发改今年的目标): two or three characters
  // that, with exactly one unit word added, name exactly one unit — and are not an area of work
  for (let start = 0; start + 2 <= q.length; start++) {
    for (const len of [3, 2]) {
      const end = start + len;
      if (end > q.length || !free(start, end) || !/^\p{Script=Han}+$/u.test(q.slice(start, end))) continue;
      const s = q.slice(start, end);
      if (
        lex.areaKeys.has(s) ||
        !BARE_ABBR_NEXT.test(q.slice(end)) ||
        (start > 0 && !BARE_ABBR_PREV.test(q[start - 1]))
      )
        continue;
      const found = new Set<Entity>();
      for (const tail of ORG_TAILS) for (const e of expand(lex.byFirstChar, s + tail)) found.add(e);
      if (found.size !== 1) continue;
      mentions.push({ entity: [...found][0], start, end, score: 0.7 });
      taken.fill(1, start, end);
      break;
    }
  }
  // metric abbreviations (社零总额): same first and last character, in order, three or more
  for (let start = 0; start + 3 <= q.length; start++) {
    for (let len = Math.min(10, q.length - start); len >= 3; len--) {
      const end = start + len;
      if (!free(start, end) || /\d/.test(q.slice(start, end))) continue;
      const best = expand(lex.metricsByFirstChar, q.slice(start, end));
      if (!best.length) continue;
      for (const entity of best) mentions.push({ entity, start, end, score: 0.7 });
      taken.fill(1, start, end);
      start = end - 1;
      break;
    }
  }
  // areas of work, longest first, on what is still free
  for (const key of [...lex.areaKeys.keys()].sort((a, b) => b.length - a.length)) {
    const at = q.indexOf(key);
    if (at < 0 || !free(at, at + key.length)) continue;
    mentions.push({ entity: must(lex.areaKeys, key), start: at, end: at + key.length, score: 0.8 });
    taken.fill(1, at, at + key.length);
  }
  return mentions.sort((a, b) => a.start - b.start || b.score - a.score);
}
