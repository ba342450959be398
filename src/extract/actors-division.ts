/**
 * The leaders' division of work (领导工作分工): a header line per leader (name + titles), then
 * sentences 协助旗长负责…等方面工作 (portfolio, ASSISTS the principal), 分管… (SUPERVISES, bracketed
 * sub-units PART_OF their parent, bracketed …工作 a scope), 联系:… (LIAISES_WITH),
 * 协助X同志工作 (ASSISTS X), and an A角/B角 table (BACKUP_OF both ways).
 */
import type { Evidence } from '../model/index.js';
import { splitUnitList } from './mentions.js';
import { ActorBuilder, postOrg } from './actors-common.js';
import { linesOf, type Line } from '../text/lines.js';
import { sentenceSpans } from '../text/sentences.js';
import { compact, trimSpan } from '../text/spans.js';

/** The principal's title: 旗长, 县长, 区长, 市长, 省长, 主席 (of an autonomous region) — with 代 allowed. */
const PRINCIPAL = /^(?:政府)?代?(旗长|县长|区长|市长|省长|州长|盟长|主席)$/;
const TITLE_END =
  /(书记|常委|旗长|县长|区长|市长|省长|州长|盟长|主席|主任|局长|调研员|巡视员|秘书长|委员|党组成员|部长|专员)(?:[(（][^()（）]{1,6}[)）])?$/;
/** Where a name glued to its title ends: 王建林政府三级调研员. */
const TITLE_START = /((?:[旗县区市州盟省])?(?:委|人民政府|政府)|党组|副|常务|代|[一二三四]级|公安局|挂职)/;

interface Leader {
  name: string;
  id: string;
  titles: string[];
  header: Line;
  nameSpan: { start: number; end: number };
}

interface Who {
  name: string;
  /** offsets within the line */
  nameStart: number;
  nameEnd: number;
  titles: string[];
  titlesStart: number;
  titlesEnd: number;
}

const titlesOk = (t: string) => t.length > 0 && t.split('、').every((x) => TITLE_END.test(x));

/**
 * Who a header names, in the orders notices use: 乔小军 旗委副书记、旗长 · 王建林政府三级调研员 ·
 * 副县长 李四 · 李四（副县长） · 李四同志 (inline headers only). `at` is the text's offset in the line.
 */
function parseWho(text: string, at: number, allowBare: boolean): Who | null {
  const t = text.replace(/同志$/, '');
  if (!t || /[0-9A-Za-z]/.test(t)) return null;
  const bracket = /^([\u4e00-\u9fa5]{2,4})[(（]([^()（）]+)[)）]$/.exec(t);
  if (bracket && titlesOk(bracket[2])) {
    return {
      name: bracket[1],
      nameStart: at,
      nameEnd: at + bracket[1].length,
      titles: bracket[2].split('、'),
      titlesStart: at + bracket[1].length + 1,
      titlesEnd: at + t.length - 1,
    };
  }
  // name first: "李 贵 副旗长", "乔小军 旗委副书记、旗长", or glued "王建林政府三级调研员"
  const spaced =
    /^([\u4e00-\u9fa5])[ \u3000]+([\u4e00-\u9fa5]{1,2})[ \u3000]+(?=\S)/.exec(t) ??
    /^([\u4e00-\u9fa5]{2,5})[ \u3000]+(?=\S)/.exec(t);
  let nameEnd = -1;
  let name = '';
  if (spaced) {
    name = compact(spaced[1] + (spaced[2] ?? ''));
    nameEnd = spaced[0].trimEnd().length;
  } else {
    const m = TITLE_START.exec(t.slice(2));
    if (m && m.index <= 2) {
      nameEnd = 2 + m.index;
      name = t.slice(0, nameEnd);
    }
  }
  if (nameEnd > 0) {
    const rest = t.slice(nameEnd);
    const titles = rest.trimStart();
    if (titlesOk(titles)) {
      const ts = at + nameEnd + (rest.length - titles.length);
      return {
        name,
        nameStart: at,
        nameEnd: at + nameEnd,
        titles: titles.split('、'),
        titlesStart: ts,
        titlesEnd: ts + titles.length,
      };
    }
  }
  // titles first: "副县长 李四", "副县长李四"
  const tf = /^(.+?)[ \u3000]*([\u4e00-\u9fa5][ \u3000][\u4e00-\u9fa5]{1,2}|[\u4e00-\u9fa5]{2,3})$/.exec(t);
  if (tf && titlesOk(tf[1].trim())) {
    const ns = at + t.length - tf[2].length;
    return {
      name: compact(tf[2]),
      nameStart: ns,
      nameEnd: at + t.length,
      titles: tf[1].trim().split('、'),
      titlesStart: at,
      titlesEnd: at + tf[1].trim().length,
    };
  }
  if (allowBare && /^[\u4e00-\u9fa5]{2,4}$/.test(t))
    return { name: t, nameStart: at, nameEnd: at + t.length, titles: [], titlesStart: at, titlesEnd: at };
  return null;
}

/** A leader's header line; `bodyStart` (line offset) when duties follow on the same line after a colon. */
/** An enumerator before a leader's header: 一、 / （一） / 1. */
const ENUMERATOR =
  /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])\s*/;

function parseHeader(line: Line): (Who & { bodyStart: number | null }) | null {
  // blank the enumerator out, so offsets stay those of the line
  const en = ENUMERATOR.exec(line.text);
  const raw = en ? ' '.repeat(en[0].length) + line.text.slice(en[0].length) : line.text;
  const inline = /^(\s*)([^：:。，,；;]{2,30})[：:]\s*/.exec(raw);
  if (inline && /^(协助|负责|分管|主持|联系)/.test(raw.slice(inline[0].length))) {
    const who = parseWho(inline[2].trim(), inline[1].length, true);
    if (who) return { ...who, bodyStart: inline[0].length };
  }
  const t = raw.trim();
  // 副区长：孙丽 — titles, a colon, the name
  const titled = /^([^：:。，,；;]{2,24})[：:][ \u3000]*([\u4e00-\u9fa5][ \u3000]?[\u4e00-\u9fa5]{1,3})$/.exec(t);
  if (titled && titlesOk(titled[1].trim())) {
    const at = raw.length - raw.trimStart().length;
    const ns = at + t.length - titled[2].length;
    return {
      name: compact(titled[2]),
      nameStart: ns,
      nameEnd: at + t.length,
      titles: titled[1].trim().split('、'),
      titlesStart: at,
      titlesEnd: at + titled[1].trim().length,
      bodyStart: null,
    };
  }
  if (!t || t.length > 45 || /[。；;:：，,]/.test(t)) return null;
  const who = parseWho(t, raw.length - raw.trimStart().length, false);
  return who && who.titles.length ? { ...who, bodyStart: null } : null;
}

const FULL_STOP: ReadonlySet<string> = new Set(['。']);

/** The sentences of a line, split at 。 and trimmed. */
function sentences(line: Line): Line[] {
  return sentenceSpans(line.text, FULL_STOP)
    .map((s) => trimSpan(line.text, s.start, s.end))
    .filter((s) => s.end > s.start)
    .map((s) => ({ text: line.text.slice(s.start, s.end), start: line.start + s.start, end: line.start + s.end }));
}

export function extractDivisionOfWork(b: ActorBuilder): void {
  const doc = b.doc;
  const lines = linesOf(doc.clean);
  const leaders: Leader[] = [];
  const byName = new Map<string, Leader>();
  let current: Leader | null = null;
  let abMode = false;
  const pending: Array<() => void> = [];
  const assigned = new Map<string, { areas: string[]; evidence: Array<Evidence | null> }>();

  for (const line of lines) {
    const t = line.text.trim();
    if (!t) continue;
    if (/^A角\s*B角$/.test(t.replace(/[|\s]+/g, ' ').replace(/ /g, ''))) {
      abMode = true;
      continue;
    }
    if (abMode) {
      let cells = t
        .split(/[\t|]+|\s{2,}|\s(?=[\u4e00-\u9fa5]{2,}、)/)
        .map((c) => c.trim())
        .filter(Boolean);
      if (cells.length === 1)
        cells = /^([\u4e00-\u9fa5]{2,5}) ([\u4e00-\u9fa5]{2,5}(?:、[\u4e00-\u9fa5]{2,5})*)$/.exec(t)?.slice(1) ?? cells;
      if (cells.length === 2 && !/[。，,]/.test(t)) {
        const aName = compact(cells[0]);
        const aStart = line.start + line.text.indexOf(cells[0]);
        const bStart0 = line.start + line.text.indexOf(cells[1], aStart - line.start + cells[0].length);
        const ev = b.evidence(line.start, line.end);
        const aId = b.person(aName, { start: aStart, end: aStart + cells[0].length });
        let off = 0;
        for (const part of cells[1].split('、')) {
          const bName = compact(part);
          const ps = bStart0 + cells[1].indexOf(part, off);
          off = cells[1].indexOf(part, off) + part.length;
          if (bName.length < 2 || bName.length > 5) continue;
          const bId = b.person(bName, { start: ps, end: ps + part.length });
          b.rel('BACKUP_OF', bId, aId, { as: 'B' }, [ev]);
          b.rel('BACKUP_OF', aId, bId, { as: 'A' }, [ev]);
        }
        continue;
      }
      abMode = false;
    }
    // 刘晓东与李贵互为AB角
    for (const m of line.text.matchAll(
      /(?<=^|[\s，,。；;：:])([\u4e00-\u9fa5]{2,5}?)(?:同志)?[与和]([\u4e00-\u9fa5]{2,5}?)(?:同志)?互为(?:AB角|A、B角)/g,
    )) {
      const ev = b.evidence(line.start + m.index, line.start + m.index + m[0].length);
      const a = b.person(m[1], { start: line.start + m.index, end: line.start + m.index + m[1].length });
      const bAt = line.start + m.index + m[0].indexOf(m[2], m[1].length);
      const bb2 = b.person(m[2], { start: bAt, end: bAt + m[2].length });
      b.rel('BACKUP_OF', a, bb2, {}, [ev]);
      b.rel('BACKUP_OF', bb2, a, {}, [ev]);
    }
    const h = parseHeader(line);
    if (h) {
      const nameSpan = { start: line.start + h.nameStart, end: line.start + h.nameEnd };
      const id = b.person(h.name, nameSpan);
      const headerEnd = h.bodyStart === null ? line.end : line.start + h.bodyStart;
      const header = { text: line.text.slice(0, headerEnd - line.start), start: line.start, end: headerEnd };
      current = { name: h.name, id, titles: h.titles, header, nameSpan };
      leaders.push(current);
      byName.set(h.name, current);
      const headerEv = b.evidence(header.start, header.end);
      for (const title of current.titles) {
        const org = postOrg(b, title);
        if (!org) continue;
        const orgId = b.org(org, { start: line.start + h.titlesStart, end: line.start + h.titlesEnd });
        b.rel('HOLDS', id, orgId, { title, asOf: doc.props.issuedOn }, [headerEv]);
      }
      if (h.bodyStart === null) continue;
      const body = { text: line.text.slice(h.bodyStart), start: line.start + h.bodyStart, end: line.end };
      for (const s of sentences(body)) duty(b, current, s, headerEv, pending, byName);
      continue;
    }
    if (!current) continue;
    const leader = current;
    const headerEv = b.evidence(leader.header.start, leader.header.end);
    for (const s of sentences(line)) duty(b, leader, s, headerEv, pending, byName);
  }
  // ASSISTS needs every leader's header, so it runs after the scan.
  for (const p of pending) p();
  // each leader's areas as this notice gives them: a later notice (an 调整) may give others, and
  // ownership uses the notice in force when a target is stated
  for (const [leaderId, a] of [...assigned].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    b.rel('ASSIGNED_IN', leaderId, doc.id, { areas: a.areas }, a.evidence);
  }

  function duty(
    bb: ActorBuilder,
    leader: Leader,
    s: Line,
    headerEv: Evidence | null,
    later: Array<() => void>,
    names: Map<string, Leader>,
  ): void {
    const ev = bb.evidence(s.start, s.end);
    const assistsPrincipal = () =>
      later.push(() => {
        const principal = leaders.find((l) => l !== leader && l.titles.some((t) => PRINCIPAL.test(t)));
        if (principal) bb.rel('ASSISTS', leader.id, principal.id, { scope: 'principal' }, [ev]);
      });
    // 分管… / 协助旗长分管…: the list runs to the end of the sentence
    const sup = /^(协助(?:[\u4e00-\u9fa5]{2,5}?))?分管[:：]?/.exec(s.text);
    if (sup) {
      const listStart = s.start + sup[0].length;
      if (sup[1]) assistsPrincipal();
      for (const u of bb.resolver.resolveUnits(splitUnitList(bb.doc.clean.slice(listStart, s.end), listStart))) {
        const id = bb.org(u.org, u.item, u.item.text);
        const props: Record<string, string | boolean | null> = { scope: u.item.scope };
        if (sup[1]) props.assisting = true;
        bb.rel('SUPERVISES', leader.id, id, props, [headerEv, ev]);
        for (const sub of u.subUnits) {
          const subId = bb.org(sub.org, sub.span, sub.text);
          bb.rel('SUPERVISES', leader.id, subId, sup[1] ? { assisting: true } : {}, [headerEv, ev]);
          bb.rel('PART_OF', subId, id, { basis: 'bracket' }, [bb.evidence(u.item.start, u.item.fullEnd)]);
        }
      }
      return;
    }
    // 联系:X、Y — or, in notices that write it as a sentence, 联系X、Y。
    const liaise = /^(?:联系单位|联系)[:：]?(?=[\u4e00-\u9fa5])/.exec(s.text);
    if (liaise) {
      const listStart = s.start + liaise[0].length;
      for (const u of bb.resolver.resolveUnits(splitUnitList(bb.doc.clean.slice(listStart, s.end), listStart))) {
        const id = bb.org(u.org, u.item, u.item.text);
        bb.rel('LIAISES_WITH', leader.id, id, {}, [headerEv, ev]);
        for (const sub of u.subUnits) {
          const subId = bb.org(sub.org, sub.span, sub.text);
          bb.rel('LIAISES_WITH', leader.id, subId, {}, [headerEv, ev]);
          bb.rel('PART_OF', subId, id, { basis: 'bracket' }, [bb.evidence(u.item.start, u.item.fullEnd)]);
        }
      }
      return;
    }
    const assistPerson = /^协助([\u4e00-\u9fa5]{2,5}?)同志(?:工作|分管|负责)/.exec(s.text);
    if (assistPerson) {
      const other = compact(assistPerson[1]);
      const at = s.start + 2;
      later.push(() => {
        const target = names.get(other);
        const targetId = target ? target.id : bb.person(other, { start: at, end: at + assistPerson[1].length });
        if (targetId === leader.id) return; // a header we failed to read: never say someone assists themself
        bb.rel('ASSISTS', leader.id, targetId, {}, [headerEv, ev]);
      });
      return;
    }
    // clauses: 协助旗长负责X、Y等方面工作 · 负责审计工作 · 主持…全面工作
    for (const clause of s.text.split(/[,，;；]/)) {
      const m =
        /^协助([\u4e00-\u9fa5]{1,5}?)负责(.+?)(?:等)?(?:方面)?(?:的)?工作$/.exec(clause) ??
        /^()负责(.+?)工作$/.exec(clause);
      if (!m) continue;
      if (m[1]) assistsPrincipal();
      // 负责区人民政府全面工作 / 常务工作: the leader's role, not an area
      if (/^(?:[\u4e00-\u9fa5]{0,3}人民政府|政府)?(?:全面|常务|日常)$/.test(m[2])) continue;
      const areas = m[2]
        .split('、')
        .map((a) => a.trim())
        .filter((a) => a.length >= 2);
      bb.person(leader.name, leader.nameSpan, areas);
      const a = assigned.get(leader.id) ?? { areas: [], evidence: [] };
      a.areas.push(...areas.filter((x) => !a.areas.includes(x)));
      a.evidence.push(ev);
      assigned.set(leader.id, a);
    }
  }
}
