/**
 * Entity linking before recognition: the question's own words → the graph's vocabulary.
 *   1. the reviewed synonym table (seed/lexicon/ask-synonyms.json): 社零 → 社会消费品零售总额,
 *      文旅局 → 文化和旅游局, 那块 → 方面 — applied only when the graph knows the word it means;
 *   2. fuzzy names: a run of the question one character away from a name or alias of the graph
 *      (住健局 → 住建局, 自然资原局 → 自然资源局), same-sounding characters first (pinyin).
 * Each rewrite is kept with its reason, so the answer can say what it understood (理解为：…).
 * Exact names are found by findMentions afterwards, on the rewritten question.
 */
import { pinyin } from 'pinyin-pro';
import synonyms from '../../seed/lexicon/ask-synonyms.json' with { type: 'json' };
import { englishToChinese } from './english.js';
import { findMentions, type Entity, type Lexicon, type Mention } from './lexicon.js';
import { normalizeKey } from './normalize.js';

export interface Link {
  /** what the question said */
  said: string;
  /** what it was read as */
  read: string;
  reason: 'SYNONYM' | 'FUZZY' | 'ABBREVIATION';
  score: number;
}

export interface Understood {
  /** the question key the families see */
  q: string;
  mentions: Mention[];
  links: Link[];
}

const SYNONYM_KINDS = ['METRIC', 'ORG', 'AREA', 'DOC', 'WORD'] as const;
interface Synonym {
  say: string;
  means: string;
  kind: (typeof SYNONYM_KINDS)[number];
}
const isSynonymKind = (k: string): k is Synonym['kind'] => SYNONYM_KINDS.some((x) => x === k);

const SYNONYMS: Synonym[] = synonyms.entries
  .map((e) => {
    if (!isSynonymKind(e.kind)) throw new Error(`seed/lexicon/ask-synonyms.json: ${e.say}: unknown kind ${e.kind}`);
    return { ...e, kind: e.kind, say: normalizeKey(e.say), means: normalizeKey(e.means) };
  })
  .sort((a, b) => b.say.length - a.say.length);

/** Characters an organisation's abbreviation or name ends in: a typo there is a different kind of unit. */
const ORG_TAIL = /[局委办心镇院会部队司组所站社馆厅处室校团行]$/;

interface LinkIndex {
  /** does the graph know this word (as a whole key or inside one) for the kind */
  knows: (kind: Synonym['kind'], word: string) => boolean;
  /** key with one character blanked → the keys it came from */
  wild: Map<string, Array<{ key: string; entity: Entity }>>;
}

const indexes = new WeakMap<Lexicon, LinkIndex>();

function indexFor(lex: Lexicon): LinkIndex {
  const hit = indexes.get(lex);
  if (hit) return hit;
  const byType = new Map<string, string[]>();
  for (const [key, list] of lex.keys)
    for (const { entity } of list) {
      const t = entity.type;
      byType.set(t, [...(byType.get(t) ?? []), key]);
    }
  const areaKeys = [...lex.areaKeys.keys()];
  const memo = new Map<string, boolean>();
  const knows = (kind: Synonym['kind'], word: string) => {
    if (kind === 'WORD') return true;
    const m = `${kind}|${word}`;
    let known = memo.get(m);
    if (known === undefined) {
      const pool = kind === 'AREA' ? areaKeys : (byType.get(kind) ?? []);
      memo.set(m, (known = pool.some((k) => k.includes(word))));
    }
    return known;
  };
  const wild = new Map<string, Array<{ key: string; entity: Entity }>>();
  for (const [key, list] of lex.keys) {
    if (key.length < 3 || key.length > 12 || !/^\p{Script=Han}+$/u.test(key)) continue;
    for (const { entity } of list) {
      if (entity.type !== 'ORG' && entity.type !== 'METRIC' && entity.type !== 'PERSON' && entity.type !== 'GROUP')
        continue;
      for (let i = 0; i < key.length; i++) {
        const w = `${key.slice(0, i)}?${key.slice(i + 1)}`;
        const l = wild.get(w) ?? [];
        l.push({ key, entity });
        wild.set(w, l);
      }
    }
  }
  const idx = { knows, wild };
  indexes.set(lex, idx);
  return idx;
}

/** Toneless readings of a character (polyphones included). */
const readingsMemo = new Map<string, string[]>();
function readingsOf(ch: string): string[] {
  let r = readingsMemo.get(ch);
  if (!r) {
    r = /\p{Script=Han}/u.test(ch) ? pinyin(ch, { multiple: true, type: 'array', toneType: 'none' }) : [];
    readingsMemo.set(ch, r);
  }
  return r;
}
const soundsAlike = (a: string, b: string) => readingsOf(a).some((r) => readingsOf(b).includes(r));

/** 1. the synonym table; a word already written in full (登记失业率, 政府办公室) is left alone */
function applySynonyms(q: string, lex: Lexicon, links: Link[]): string {
  const idx = indexFor(lex);
  let out = q;
  for (const s of SYNONYMS) {
    if (!out.includes(s.say) || !idx.knows(s.kind, s.means)) continue;
    // a word the graph itself uses as a name (another county's 居民人均可支配收入) is read as it is
    if (s.kind !== 'WORD' && lex.keys.has(s.say)) continue;
    if (s.means && out.includes(s.means)) continue;
    const p = s.means.indexOf(s.say);
    let from = 0;
    for (;;) {
      const at = out.indexOf(s.say, from);
      if (at < 0) break;
      // the question already has the neighbouring characters of the long form: it wrote part of it
      const partOfLong =
        p >= 0 &&
        ((p > 0 && out[at - 1] === s.means[p - 1]) ||
          (p + s.say.length < s.means.length && out[at + s.say.length] === s.means[p + s.say.length]));
      // inside a name the graph knows as it is (文旅 in 文旅产业科) nothing is rewritten
      if (partOfLong || insideKnownName(out, at, s.say.length, lex)) {
        from = at + s.say.length;
        continue;
      }
      out = out.slice(0, at) + s.means + out.slice(at + s.say.length);
      if (s.kind !== 'WORD') links.push({ said: s.say, read: s.means, reason: 'SYNONYM', score: 0.85 });
      from = at + s.means.length;
    }
  }
  return out;
}

function insideKnownName(q: string, at: number, len: number, lex: Lexicon): boolean {
  for (let s = Math.max(0, at - 6); s <= at; s++) {
    for (let e = at + len; e <= Math.min(q.length, at + len + 6); e++) {
      if (e - s > len && lex.keys.has(q.slice(s, e))) return true;
    }
  }
  return false;
}

/** 2. one character off a name of the graph, in a run no exact name covers */
function applyFuzzy(q: string, lex: Lexicon, links: Link[]): string {
  const idx = indexFor(lex);
  const mentions = findMentions(lex, q);
  const covered = new Uint8Array(q.length);
  for (const m of mentions) if (m.score >= 0.85) covered.fill(1, m.start, m.end);
  // weaker readings (a metric's core word, an abbreviation) are real words of the question too
  const weak = new Uint8Array(q.length);
  for (const m of mentions) if (m.score >= 0.7) weak.fill(1, m.start, m.end);
  let out = q;
  for (let len = Math.min(12, q.length); len >= 3; len--) {
    for (let start = 0; start + len <= out.length; start++) {
      const s = out.slice(start, start + len);
      if (!/^\p{Script=Han}+$/u.test(s) || lex.keys.has(s)) continue;
      let free = true;
      for (let i = start; i < start + len; i++) if (covered[i]) free = false;
      if (!free) continue;
      const found = new Map<string, { key: string; entity: Entity; alike: boolean }>();
      for (let i = 0; i < len; i++) {
        for (const c of idx.wild.get(`${s.slice(0, i)}?${s.slice(i + 1)}`) ?? []) {
          const alike = soundsAlike(s[i], c.key[i]);
          const prev = found.get(c.entity.id);
          if (!prev || (alike && !prev.alike)) found.set(c.entity.id, { ...c, alike });
        }
      }
      if (!found.size) continue;
      const cands = [...found.values()];
      const alike = cands.filter((c) => c.alike);
      // a same-sounding slip is the usual typo (拼音输入); another character only in a long name
      const pool = alike.length ? alike : len >= 5 ? cands : [];
      const entities = new Set(pool.map((c) => c.entity.id));
      if (entities.size !== 1) continue;
      const best = pool[0];
      // organisations: the slip is not in the tail (住建局 ≠ 住建委); people: only three-character names
      if (best.entity.type === 'ORG' || best.entity.type === 'GROUP') {
        if (!ORG_TAIL.test(s) || s[len - 1] !== best.key[len - 1]) continue;
      }
      if (best.entity.type === 'PERSON' && (len !== 3 || !best.alike)) continue;
      // a metric's other verb (新建 / 新增) is another metric, not a typo: only same-sounding slips
      if (best.entity.type === 'METRIC' && (len < 4 || !best.alike)) continue;
      // over a word the question already reads, only a same-sounding slip corrects it
      let overlapsWeak = false;
      for (let i = start; i < start + len; i++) if (weak[i]) overlapsWeak = true;
      if (overlapsWeak && !best.alike) continue;
      out = out.slice(0, start) + best.key + out.slice(start + len);
      covered.fill(1, start, start + len);
      links.push({ said: s, read: best.entity.name, reason: 'FUZZY', score: best.alike ? 0.8 : 0.7 });
    }
  }
  return out;
}

/** What follows a person's name in a question (李桂分管什么, 李桂的AB角): not more of a word. */
const AFTER_NAME =
  /^($|[^\p{Script=Han}]|分管|负责|的|是|联系|协助|管|和|与|主要|现在|同志|副|请假|出差|不在|任|被|有|在)/u;

/** 3. a two-character name with its second character misheard (王桂 for 王贵), where a name stands. */
function applyFuzzyShortNames(q: string, lex: Lexicon, links: Link[]): string {
  const names = lex.entities.filter((e) => e.type === 'PERSON' && e.name.length === 2);
  if (!names.length) return q;
  const mentions = findMentions(lex, q);
  let out = q;
  for (let start = 0; start + 2 <= out.length; start++) {
    const s = out.slice(start, start + 2);
    if (!/^\p{Script=Han}{2}$/u.test(s) || lex.keys.has(s)) continue;
    if (mentions.some((m) => m.start < start + 2 && m.end > start)) continue;
    if (start > 0 && /\p{Script=Han}/u.test(out[start - 1])) continue;
    if (!AFTER_NAME.test(out.slice(start + 2))) continue;
    const hits = names.filter((e) => e.name[0] === s[0] && e.name[1] !== s[1] && soundsAlike(e.name[1], s[1]));
    if (hits.length !== 1) continue;
    out = out.slice(0, start) + hits[0].name + out.slice(start + 2);
    links.push({ said: s, read: hits[0].name, reason: 'FUZZY', score: 0.75 });
  }
  return out;
}

/**
 * 4. a 文号 written short (伊政任发3号, 3号文): the one loaded document with that number (and that
 * prefix or year when given) is read in full (伊政任发〔2024〕3号); printed documents before cited ones.
 */
function applyDocNumbers(q: string, lex: Lexicon, links: Link[]): string {
  const docs = lex.entities
    .filter((e) => e.type === 'DOC' && e.docNumber)
    .map((e) => {
      const m = String(e.docNumber).match(/^(.+?)[〔［\[(（]?(\d{4})[〕］\])）]?(\d+)号$/);
      return m
        ? {
            e,
            prefix: normalizeKey(m[1]),
            year: m[2],
            no: String(Number(m[3])),
            key: normalizeKey(String(e.docNumber)),
          }
        : null;
    })
    .filter((d): d is NonNullable<typeof d> => d !== null);
  if (!docs.length) return q;
  return q.replace(
    /(\p{Script=Han}{2,6}?发)?(\d{4})?(\d{1,3})号(文件|文)?/gu,
    (all, prefix: string | undefined, year: string | undefined, no: string, tail: string | undefined) => {
      if (!prefix && !tail) return all;
      if (docs.some((d) => d.key === all)) return all;
      const hits = docs.filter(
        (d) =>
          d.no === String(Number(no)) && (!prefix || d.prefix === normalizeKey(prefix)) && (!year || d.year === year),
      );
      const printed = hits.filter((d) => d.e.extra !== 'CITED');
      const pool = printed.length ? printed : hits;
      if (pool.length !== 1) return all;
      links.push({ said: all, read: String(pool[0].e.docNumber), reason: 'SYNONYM', score: 0.85 });
      return pool[0].key;
    },
  );
}

/** Question → the key the families read, its mentions, and what was read into it. */
export function understand(question: string, lex: Lexicon): Understood {
  const links: Link[] = [];
  let q = normalizeKey(englishToChinese(question, lex.pinyin));
  q = applySynonyms(q, lex, links);
  q = applyDocNumbers(q, lex, links);
  q = applyFuzzy(q, lex, links);
  q = applyFuzzyShortNames(q, lex, links);
  const mentions = findMentions(lex, q);
  // a link the question made through an abbreviation is said too (人社局 → 旗人力资源和社会保障局)
  for (const m of mentions) {
    if (m.score >= 0.9 || (m.entity.type !== 'ORG' && m.entity.type !== 'METRIC')) continue;
    const said = q.slice(m.start, m.end);
    if (said === normalizeKey(m.entity.name) || links.some((l) => l.read === m.entity.name)) continue;
    links.push({ said, read: m.entity.name, reason: 'ABBREVIATION', score: m.score });
  }
  // fuzzy and synonym links lower the mentions they produced
  for (const l of links) {
    if (l.reason === 'ABBREVIATION') continue;
    for (const m of mentions)
      if (m.entity.name === l.read || normalizeKey(m.entity.name).includes(l.read))
        m.score = Math.min(m.score, l.score);
  }
  return { q, mentions, links };
}

/** The sentence that says what was understood: 理解为：“住健局”→旗住房和城乡建设局. */
export function understoodText(links: Link[], used: Mention[] = [], answer?: string): string {
  const names = new Set(used.map((m) => m.entity.name));
  // only readings the answer actually rests on (its text names them)
  const shown = links.filter(
    (l) =>
      (l.reason !== 'ABBREVIATION' || names.size === 0 || names.has(l.read)) &&
      (answer == null || answer.includes(resolveRead(l, used))),
  );
  if (!shown.length) return '';
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const l of shown) {
    const read = resolveRead(l, used);
    const k = `${l.said}|${read}`;
    if (seen.has(k)) continue;
    seen.add(k);
    parts.push(`“${l.said}”→${read}`);
  }
  return `（理解为：${parts.join('；')}）`;
}

function resolveRead(l: Link, used: Mention[]): string {
  const m = used.find((x) => normalizeKey(x.entity.name).includes(l.read));
  return m ? m.entity.name : l.read;
}
