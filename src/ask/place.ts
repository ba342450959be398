/**
 * Place and scope: what the loaded gazettes can answer.
 *  - a place named in the question that is not a loaded jurisdiction (another county, a city, a
 *    province; seed/lexicon/places.json, or a leading X县/X省) → say which jurisdictions are
 *    loaded, no figures; a name of the graph that contains the place (鄂尔多斯市生态环境局) is fine;
 *  - the nation (全国, China) asked for a figure → the same;
 *  - a town of the jurisdiction asked for a figure → answered only if the rows are about the town;
 *  - opinions, judgements and forecasts (CUES.opinion) → declined.
 * Every sentence here is free of digits: a decline must never look like a figure.
 */
import places from '../../seed/lexicon/places.json' with { type: 'json' };
import { cue } from './cues.js';
import { familyModule } from './families/index.js';
import type { Intent } from './intent.js';
import type { Lexicon, Mention } from './lexicon.js';
import { normalizeKey } from './normalize.js';

const LEVEL = /(特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|联合旗|省|市|县|区|旗|盟)$/;
const PLACES = places.places.map((p) => ({ name: p, key: normalizeKey(p), short: normalizeKey(p).replace(LEVEL, '') }));
const NATION = places.nation.map(normalizeKey);
const ENGLISH_NAMES: Record<string, string> = places.english;
const ENGLISH = Object.entries(ENGLISH_NAMES);
const ALIAS_NAMES: Record<string, string> = places.aliases;
const ALIASES = Object.entries(ALIAS_NAMES).map(([a, p]) => [normalizeKey(a), p] as const);
const BROADER = places.broader.map(normalizeKey);
/** after a place, words that make it part of a grant's condition (see the data file) */
const DESCRIBED_BY = new RegExp(`^(?:${places.describedBy.map(normalizeKey).join('|')})`);
/** 全国性, 全区性: an adjective, not a place */
const adjectiveAt = (q: string, at: number, len: number) => q[at + len] === '性';

const FIGURE_WORDS =
  /多少|几|增长|增速|目标|指标|总量|总额|规模|排名|第一|最快|最高|最低|growth|rate|howmuch|howmany|fastest|highest/;
/** what may follow a two-character short name (北京今年…) — not more of a word (北京大学) */
const SHORT_NEXT = /^($|的|今年|去年|明年|前年|\d|[a-z]|地区|经济|全市|全省|全区|政府|财政|人口|有|是|gdp)/;

export interface Decline {
  kind: 'PLACE' | 'NATION' | 'TOWN' | 'OPINION';
  answer: string;
  /** the place named, if any */
  place?: string;
}

const loadedText = (lex: Lexicon) => {
  const loaded = lex.loadedJurisdictions?.length ? lex.loadedJurisdictions : lex.jurisdictions;
  return loaded.length ? loaded.join('、') : '（尚未加载任何公报）';
};

function isLoaded(key: string, lex: Lexicon): boolean {
  const loaded = lex.loadedJurisdictions?.length ? lex.loadedJurisdictions : lex.jurisdictions;
  return loaded.some((j) => {
    const jk = normalizeKey(j);
    const js = jk.replace(LEVEL, '');
    return (
      jk === key || js === key || key === js || (key.length >= 2 && jk.startsWith(key) && js === key.replace(LEVEL, ''))
    );
  });
}

/** The span [at, at+len) lies inside a longer name the question made (a unit, a document, a group, a metric). */
function insideName(at: number, len: number, mentions: Mention[]): boolean {
  return mentions.some((m) => m.start <= at && m.end >= at + len && m.end - m.start > len && m.entity.type !== 'AREA');
}

/** Places the question names that are not loaded: [name, where]. */
export function foreignPlaces(raw: string, q: string, mentions: Mention[], lex: Lexicon): string[] {
  const out: string[] = [];
  const lower = raw.toLowerCase().replace(/[^a-z]/g, '');
  for (const [en, zh] of ENGLISH) if (lower.includes(en) && !isLoaded(normalizeKey(zh), lex)) out.push(zh);
  for (const p of PLACES) {
    if (isLoaded(p.key, lex)) continue;
    const forms: Array<[string, boolean]> = [
      [p.key, false],
      [p.short, true],
    ];
    for (const [k, isShort] of forms) {
      if (k.length < 2 || (isShort && k === p.key)) continue;
      let from = 0;
      for (;;) {
        const at = q.indexOf(k, from);
        if (at < 0) break;
        from = at + 1;
        if (insideName(at, k.length, mentions)) continue;
        if (isShort && k.length < 3 && !SHORT_NEXT.test(q.slice(at + k.length))) continue;
        if (!out.includes(p.name)) out.push(p.name);
      }
      if (out.includes(p.name)) break;
    }
  }
  for (const [alias, place] of ALIASES) {
    const at = q.indexOf(alias);
    if (at < 0 || isLoaded(normalizeKey(place), lex) || insideName(at, alias.length, mentions)) continue;
    if (!out.includes(place)) out.push(place);
  }
  // an unknown county or province named first: 府谷县今年GDP目标
  const lead = q
    .replace(/^(请问|我想知道|想问一下|想问|问一下)/, '')
    .match(/^(\p{Script=Han}{2,4}?)(县|省)(?!域|级|城|委|长|政府|直)/u);
  // not question words (谁分管县审计局: 县 begins a unit's name there), not a generic 全县/本省
  if (lead && !/^[全本各该哪每这那我]/.test(lead[1]) && !/[谁哪什么是的管负责问分请]/.test(lead[1])) {
    const name = lead[0];
    const at = q.indexOf(name);
    const levelStartsName = mentions.some((m) => m.start === at + name.length - 1);
    if (
      !levelStartsName &&
      !isLoaded(normalizeKey(name), lex) &&
      !insideName(at, name.length, mentions) &&
      !out.includes(name)
    )
      out.push(name);
  }
  return out;
}

function namesNation(raw: string, q: string, mentions: Mention[], describes: boolean): boolean {
  const lower = raw.toLowerCase().replace(/[^a-z]/g, ' ');
  for (const n of NATION) {
    if (/^[a-z]+$/.test(n)) {
      if (new RegExp(`\\b${n}\\b`).test(lower)) return true;
      continue;
    }
    let from = 0;
    for (;;) {
      const at = q.indexOf(n, from);
      if (at < 0) break;
      from = at + 1;
      if (
        !insideName(at, n.length, mentions) &&
        !adjectiveAt(q, at, n.length) &&
        !(describes && DESCRIBED_BY.test(q.slice(at + n.length)))
      )
        return true;
    }
  }
  return false;
}

/**
 * Should the question be declined before any family runs? raw: the question as typed; q: its key
 * after linking; intent: what the families made of it (null: none).
 */
export function scopeDecline(
  raw: string,
  q: string,
  mentions: Mention[],
  lex: Lexicon,
  intent: Intent | null,
): Decline | null {
  const loaded = loadedText(lex);
  const describes = intent ? familyModule(intent.family).placesDescribe === true : false;
  const foreign = foreignPlaces(raw, q, mentions, lex).filter(
    (p) =>
      !describes || ![...q.matchAll(new RegExp(p, 'g'))].every((m) => DESCRIBED_BY.test(q.slice(m.index + p.length))),
  );
  if (foreign.length) {
    return {
      kind: 'PLACE',
      place: foreign[0],
      answer: `问题问的是${foreign.join('、')}；已加载的公报只涉及${loaded}，图谱中没有${foreign.join('、')}的这项信息，不作回答，也不用${loaded}的数字代替。可以问${loaded}的目标、完成情况、单位、领导和文件。`,
    };
  }
  const asksFigure = intent
    ? familyModule(intent.family).statesFigures === true || FIGURE_WORDS.test(q)
    : FIGURE_WORDS.test(q);
  // 全区 / 全市 for a county: the level above it (unless a jurisdiction of that level is loaded)
  const broader = BROADER.find((w) => {
    const at = q.indexOf(w);
    const level = w.slice(1);
    const own = (lex.loadedJurisdictions?.length ? lex.loadedJurisdictions : lex.jurisdictions).some((j) =>
      j.endsWith(level),
    );
    return at >= 0 && !own && !insideName(at, w.length, mentions) && !adjectiveAt(q, at, w.length);
  });
  if (asksFigure && broader) {
    return {
      kind: 'PLACE',
      place: broader,
      answer: `问题问的是${broader}的情况；已加载的公报只涉及${loaded}，图谱中没有${broader}的这项数字，不作回答，也不用${loaded}的数字代替。`,
    };
  }
  // which place of the whole country ranks first: a few loaded reports cannot say, even the nation's
  if (
    namesNation(raw, q, mentions, describes) &&
    (cue('rankPlaces', q) || cue('rankPlaces', raw.toLowerCase().replace(/[^a-z]/g, '')))
  ) {
    return {
      kind: 'NATION',
      answer: `问题问的是全国各地的比较；已加载的只有${loaded}的文件，不能代表全国各地，不作回答。可以问${loaded}各自的目标和完成情况。`,
    };
  }
  // a national report loaded makes the nation a loaded jurisdiction
  const nationLoaded = (lex.loadedJurisdictions?.length ? lex.loadedJurisdictions : lex.jurisdictions).some((j) =>
    /^(全国|中国|中华人民共和国|国务院)/.test(j),
  );
  if (asksFigure && !nationLoaded && namesNation(raw, q, mentions, describes)) {
    return {
      kind: 'NATION',
      answer: `问题问的是全国的情况；已加载的公报只涉及${loaded}，图谱中没有全国的这项数字，不作回答，也不用${loaded}的数字代替。`,
    };
  }
  if (cue('opinion', q) || cue('opinionEn', raw.toLowerCase())) {
    return {
      kind: 'OPINION',
      answer: `这是要求评价或预测的问题。已加载的公报（${loaded}）只记录写明的目标、完成数、分工和文件，不作评价，也不预测；可以问公报写明的目标或完成情况。`,
    };
  }
  return null;
}

/**
 * A town of the jurisdiction named in a figure question: its name, to be found in the rows. A
 * town is named in full or, as people do, by its first character and 镇 when no other town
 * shares it (阿镇 for 阿勒腾席热镇).
 */
export function townAsked(mentions: Mention[], intent: Intent | null, q = '', lex?: Lexicon): string | null {
  const family = intent ? familyModule(intent.family) : null;
  if (!family?.statesFigures || family.unitIsScope) return null;
  const town = mentions.find((m) => m.entity.type === 'ORG' && m.entity.extra === 'TOWN');
  if (town) return town.entity.name;
  if (!lex) return null;
  const towns = lex.entities.filter(
    (e) => e.type === 'ORG' && e.extra === 'TOWN' && e.name.length > 2 && e.name.endsWith('镇'),
  );
  for (const t of towns) {
    const short = `${t.name[0]}镇`;
    if (towns.filter((x) => x.name[0] === t.name[0]).length !== 1) continue;
    const at = q.indexOf(short);
    if (at >= 0 && !mentions.some((m) => m.start <= at && m.end >= at + 2 && m.end - m.start > 2)) return t.name;
  }
  return null;
}

/** The rows speak of the town (its scope or its sentence names it). */
export function rowsAboutTown(town: string, rows: unknown[]): boolean {
  const short = town.replace(/镇$/, '');
  const text = JSON.stringify(rows);
  return text.includes(town) || (short.length >= 2 && text.includes(`${short}镇`)) || text.includes(`${short[0]}镇`);
}

export function townDecline(town: string, lex: Lexicon): Decline {
  const loaded = loadedText(lex);
  return {
    kind: 'TOWN',
    place: town,
    answer: `图谱中没有${town}单独的这项数字：已加载的${loaded}公报写的是全旗的目标和完成数，没有按${town}分列的，不作推断，也不用全旗的数字代替。`,
  };
}
