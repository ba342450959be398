/**
 * The section tree of one document from the numbering schemes officials use. Levels are not fixed
 * per scheme: a scheme nests under whatever scheme was open when it first appeared (一、 then (一)
 * then 1. in one plan; 1 then 1.1 then (1) in another), which is how a reader follows them.
 */
import { makeId } from '../model/index.js';
// one numeral parser for the whole pipeline (一 … 九十九 here; 两千三百 and 1.3万 in targets)
import { parseNumber } from '../text/numbers.js';
import type { SectionNode } from './types.js';
import { must } from '../errors.js';
import { linesOf } from '../text/lines.js';

const CN = '[一二三四五六七八九十百零〇]';
interface Scheme {
  key: string;
  re: RegExp;
  inline: boolean;
}
const SCHEMES: Scheme[] = [
  { key: 'CHAPTER', re: new RegExp(`^第(${CN}+|\\d+)章`), inline: false },
  { key: 'JIE', re: new RegExp(`^第(${CN}+|\\d+)节`), inline: false },
  { key: 'ARTICLE', re: new RegExp(`^第(${CN}+|\\d+)条`), inline: false },
  { key: 'CN_DUN', re: new RegExp(`^(${CN}{1,3})、`), inline: true },
  { key: 'CN_PAREN', re: new RegExp(`^[（(](${CN}{1,3})[）)]`), inline: true },
  { key: 'DEC', re: /^(\d{1,2}(?:\.\d{1,2})+)\.?(?=[\s\u3000]*[\u4e00-\u9fa5A-Za-z（(“])/, inline: false },
  { key: 'DEC', re: /^(\d{1,2})[ \t\u3000]+(?=[\u4e00-\u9fa5])/, inline: false },
  { key: 'ARABIC', re: /^(\d{1,2})[.．、](?!\d)/, inline: true },
  { key: 'PAREN_ARABIC', re: /^[（(](\d{1,2})[）)]/, inline: true },
  { key: 'CIRCLED', re: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/, inline: true },
  { key: 'DASH', re: /^——(?![\s\u3000]*\d{4}\s*年\s*\d{1,2}\s*月)(?=\S)/, inline: false },
  { key: 'SHI', re: /^([一二三四五六七八九十]{1,2})([是要])(?![求点])/, inline: true },
];

/** Headings of a work report's parts even when not numbered (“十五五”时期主要目标和2026年重点工作). */
const PART_WORDS =
  /(工作回顾|重点工作安排|重点工作|工作安排|主要目标|总体要求|工作任务|目标任务|工作谋划|总体思路|政策取向|自身建设)/g;
const RUN_IN =
  /^(?:[^，,、；;：:。！？“”"（(]{4,24}|[^，,、；;：:。！？“”"（(的了]{4,12}[，,][^，,、；;：:。！？“”"（(的了]{4,14})。.{20,}/;
/** 各位代表！ — the speaker turns to the delegates: the numbered blocks before it are over. */
const ADDRESS = /^各位代表[！!，,：:]/;
/**
 * Some reports print a whole block as one paragraph: （一）聚焦…，做大做强工业经济加快“中国药谷”建设。…
 * 加强传统产业提质升级。开展… — the block heading runs straight into its first item's heading, and
 * the other items are short verb sentences inside the paragraph. Such a paragraph is long and has
 * no 一是/一要 items of its own.
 */
const GLUED_MIN = 300;
const INLINE_RUN_IN = /^[^，,、；;：:。！？\d的（(]{4,18}。(?=[^。]{15,})/;
/** Words that open an item heading; where one starts inside a block heading's last phrase, the item begins. */
const ITEM_HEAD =
  /加快|加强|加速|加大|加紧|加力|加深|全力|着力|持续|深入|提升|抓好|超前|强化|推动|推进|扎实|大力|切实|积极|全面|不断|稳步|聚力|打造|实施|优化|促进|筑牢|守牢|守住|完善|健全|构建|扩大|深化|提高|坚决|努力|突出|做优|做强|做实|扛牢|严守|拓宽|扩围|严格/g;

/** Offset (in the heading sentence) where the first item's heading starts, or -1. */
function gluedSplit(sentence: string): number {
  const comma = Math.max(sentence.lastIndexOf('，'), sentence.lastIndexOf(','));
  if (comma < 4) return -1;
  const last = sentence.slice(comma + 1);
  for (const m of last.matchAll(ITEM_HEAD)) {
    if (m.index >= 4 && last.length - m.index >= 4) return comma + 1 + m.index;
  }
  return -1;
}
const REVIEW_WORDS = /回顾|过去一年|过去五年|发展成就|主要成绩/;
const PLAN_WORDS = /安排|任务|目标|要求|重点工作|谋划|思路|打算|自身建设|政府建设|政策取向/;

interface Candidate {
  start: number;
  markEnd: number;
  scheme: string;
  num: number | null;
  number: string | null;
  lineStart: boolean;
  paraEnd: number;
  /** where the heading stops when it is not a sentence of its own (a glued block heading) */
  headEnd?: number;
}

function circled(c: string): number {
  return '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'.indexOf(c) + 1;
}

function matchScheme(
  s: string,
  lineStart: boolean,
): { scheme: string; num: number | null; number: string; len: number } | null {
  for (const sc of SCHEMES) {
    if (!lineStart && !sc.inline) continue;
    const m = sc.re.exec(s);
    if (!m) continue;
    let scheme = sc.key;
    let num: number | null = null;
    if (sc.key === 'DEC') {
      const parts = m[1].split('.');
      scheme = `DEC${parts.length}`;
      num = Number(parts[parts.length - 1]);
    } else if (sc.key === 'SHI') {
      scheme = `SHI_${m[2]}`;
      num = parseNumber(m[1]);
    } else if (sc.key === 'CIRCLED') num = circled(m[1]);
    else if (sc.key !== 'DASH') num = parseNumber(m[1]);
    return { scheme, num, number: m[0].trim(), len: m[0].length };
  }
  return null;
}

/** Heading text after the numbering: the phrase up to the first sentence stop, kept short. */
function headingOf(text: string, from: number, paraEnd: number, scheme: string): { heading: string; end: number } {
  const para = text.slice(from, paraEnd);
  const s = para.replace(/^[\s\u3000]+/, '');
  const lead = para.length - s.length;
  if (scheme === 'DASH' && s.startsWith('**')) {
    const close = s.indexOf('**', 2);
    if (close > 2) {
      const h = s.slice(2, close).replace(/[。.；;]+$/, '');
      let end = from + lead + close + 2;
      if (/^[。；]/.test(text.slice(end, end + 1))) end++;
      return { heading: h, end };
    }
  }
  const stop = scheme.startsWith('SHI') ? /[，,。；;：:！？]/ : /[。；;！？]/;
  const m = stop.exec(para.slice(lead));
  let h = m ? para.slice(lead, lead + m.index) : para.slice(lead);
  let end = m ? from + lead + m.index + 1 : paraEnd;
  h = h.replace(/\*\*/g, '');
  if (h.length > 20) {
    // run-on headings (一、2023年工作回顾2023年，是…): stop after the part word
    let cut = -1;
    for (const w of h.matchAll(PART_WORDS)) if (w.index + w[0].length <= 40) cut = w.index + w[0].length;
    if (cut > 0) {
      h = h.slice(0, cut);
      end = from + lead + cut;
    }
  }
  // a statement of units is not part of the heading: 实施物业服务质量提升行动（牵头单位：住建厅）
  h = h.replace(/[（(][^（()）]{0,6}(?:单位|部门)[:：][^）)]*[）)]?$/, '');
  if (h.length > 40) {
    const c = /[，,：:]/.exec(h);
    h = c && c.index >= 8 && c.index <= 60 ? h.slice(0, c.index) : `${h.slice(0, 40)}…`;
  }
  return { heading: h.trim(), end: Math.min(end, paraEnd) };
}

function partOf(heading: string, reportYear: number | null): 'REVIEW' | 'PLAN' | null {
  if (REVIEW_WORDS.test(heading)) return 'REVIEW';
  if (PLAN_WORDS.test(heading)) return 'PLAN';
  if (reportYear) {
    const years = [...heading.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
    if (years.some((y) => y < reportYear)) return 'REVIEW';
    if (years.some((y) => y >= reportYear)) return 'PLAN';
  }
  return null;
}

/**
 * Glued block headings are parallel (…，努力实现产业强市新突破 / …，努力实现环境优化新突破): when most
 * of them end with the same two or three characters, a sibling that was split elsewhere is split
 * right after that shared ending instead (环境优化 is not the start of an item).
 */
function alignGluedHeadings(clean: string, cands: Candidate[]): void {
  const blocks = cands.flatMap((c, i) => (c.headEnd != null ? [{ c, i, headEnd: c.headEnd }] : []));
  if (blocks.length < 3) return;
  for (const k of [3, 2]) {
    const counts = new Map<string, number>();
    for (const { headEnd } of blocks) {
      const sfx = clean.slice(headEnd - k, headEnd);
      counts.set(sfx, (counts.get(sfx) ?? 0) + 1);
    }
    const [sfx, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (n * 2 < blocks.length) continue;
    for (const { c, i, headEnd } of blocks) {
      if (clean.slice(headEnd - k, headEnd) === sfx) continue;
      const item = cands[i + 1];
      const stop = clean.slice(c.markEnd, c.paraEnd).search(/[。；;！？]/);
      const sentenceEnd = stop < 0 ? c.paraEnd : c.markEnd + stop;
      const at = clean.indexOf(sfx, c.markEnd);
      if (at < 0 || at + k + 4 > sentenceEnd || !item || item.start !== c.headEnd) continue;
      c.headEnd = at + k;
      item.start = item.markEnd = at + k;
    }
    return;
  }
}

/**
 * Rule notes-block-is-not-body (issue 12, class 4): the heading of a block of notes printed after a
 * report or plan — ※名词解释※, [名词解释], 名词解释, 注释：, 注解, 附注, 注：(with or without the first
 * note on the line). Not 注重… or 注意… (body words), not a bracketed reference in a sentence.
 */
export const NOTES_HEADING =
  /^(?:[※【\[［(（]\s*(?:名词解释|名词注释|注释|注解|附注|说明)\s*[※】\]］)）]\s*[：:]?|(?:名词解释|名词注释|注释|注解|附注)\s*[：:]?|注\s*[：:].*)$/;

/** A top section that is a notes block (its number is the notes heading line). */
export function isNotesSection(s: Pick<SectionNode, 'parentId' | 'number'>): boolean {
  return s.parentId === null && s.number != null && NOTES_HEADING.test(s.number);
}

export function buildSections(
  docId: string,
  clean: string,
  bodyFrom: number,
  isReport: boolean,
  reportYear: number | null,
): SectionNode[] {
  const cands: Array<Candidate & { level: number; parent: number }> = [];
  // open sections, innermost last; paragraph-bound ones (inline items, 一是…) close with their paragraph
  const stack: Array<{ scheme: string; num: number | null; idx: number; para: boolean }> = [];
  const open = (scheme: string) => stack.findIndex((s) => s.scheme === scheme);
  const accept = (c: Candidate) => {
    if (c.scheme === 'ANNEX' || c.scheme === 'NOTES') stack.length = 0;
    const i = open(c.scheme);
    if (i >= 0) stack.length = i;
    const parent = stack.length ? stack[stack.length - 1].idx : -1;
    stack.push({
      scheme: c.scheme,
      num: c.num,
      idx: cands.length,
      para: !c.lineStart || c.scheme.startsWith('SHI') || c.scheme === 'DASH',
    });
    cands.push({ ...c, level: stack.length, parent });
  };
  // the plan part of a report also leads paragraphs with a short unnumbered sentence that acts as
  // their heading (推动产业链供应链优化升级。保持工业经济…): a run-in heading, only under a numbered block
  let topIsPlan = false;
  for (const { text: line, start: ls, end: le } of linesOf(clean)) {
    while (stack.length && stack[stack.length - 1].para) stack.pop();
    if (le <= bodyFrom || line.includes('\t') || !line.trim()) continue;
    if (isReport && ADDRESS.test(line.trim())) stack.length = Math.min(stack.length, 1);
    // a notes block (※名词解释※, [名词解释], 注释：, 注：…) explains terms; it is no part of the last task
    if (NOTES_HEADING.test(line.trim())) {
      accept({ start: ls, markEnd: le, scheme: 'NOTES', num: null, number: line.trim(), lineStart: true, paraEnd: le });
      topIsPlan = false;
      continue;
    }
    const annex = /^附件[\s\u3000]*(\d{0,2})[：:]?$/.exec(line.trim());
    if (annex) {
      accept({
        start: ls,
        markEnd: le,
        scheme: 'ANNEX',
        num: annex[1] ? Number(annex[1]) : null,
        number: line.trim(),
        lineStart: true,
        paraEnd: le,
      });
      continue;
    }
    const first = matchScheme(line, true);
    let scanFrom = 0;
    if (first) {
      accept({
        start: ls,
        markEnd: ls + first.len,
        scheme: first.scheme,
        num: first.num,
        number: first.number,
        lineStart: true,
        paraEnd: le,
      });
      if (stack.length === 1) topIsPlan = partOf(line.slice(first.len), reportYear) === 'PLAN';
      scanFrom = first.len;
    } else if (isReport && topIsPlan && stack.length >= 2 && !stack[stack.length - 1].para && RUN_IN.test(line)) {
      accept({ start: ls, markEnd: ls, scheme: 'RUNIN', num: null, number: null, lineStart: false, paraEnd: le });
      scanFrom = line.indexOf('。') + 1;
    } else if (isReport && line.length <= 40 && !/[。；！？]/.test(line) && new RegExp(PART_WORDS.source).test(line)) {
      accept({ start: ls, markEnd: ls, scheme: 'PART', num: null, number: null, lineStart: true, paraEnd: le });
      topIsPlan = partOf(line, reportYear) === 'PLAN';
      continue;
    }
    const glued = isReport && topIsPlan && line.length >= GLUED_MIN && !/[。；：:]\s*[一二]\s*[是要]/.test(line);
    // items inside a paragraph belong to a block opened in that same paragraph (not to a run-in line of its own)
    const blockOpen = () => {
      const top = stack[stack.length - 1];
      if (!top || cands[top.idx].start < ls) return false;
      return (
        top.scheme === 'CN_PAREN' ||
        (top.scheme === 'RUNIN' && stack.some((x) => x.scheme === 'CN_PAREN' && cands[x.idx].start >= ls))
      );
    };
    const acceptBlock = (c: Candidate, j: number) => {
      // the block's own heading and its first item's heading, glued in one sentence
      const stopAt = line.slice(j).search(/[。；;！？]/);
      const sentence = stopAt < 0 ? '' : line.slice(j, j + stopAt);
      const after = stopAt < 0 ? '' : line.slice(j + stopAt + 1, j + stopAt + 1 + 3000);
      const nextBlock = after.search(/[。；：:]\s*[（(][一二三四五六七八九十]{1,3}[）)]/);
      const body = nextBlock < 0 ? after : after.slice(0, nextBlock);
      const items = [...body.matchAll(/。/g)].filter((m) => INLINE_RUN_IN.test(body.slice(m.index + 1))).length;
      const split = glued && items >= 1 ? gluedSplit(sentence.slice(c.markEnd - ls - j)) : -1;
      if (split < 0) {
        accept(c);
        return;
      }
      const at = c.markEnd + split;
      accept({ ...c, headEnd: at });
      accept({ start: at, markEnd: at, scheme: 'RUNIN', num: null, number: null, lineStart: false, paraEnd: le });
    };
    if (first && first.scheme === 'CN_PAREN' && glued) {
      cands.pop();
      stack.pop();
      acceptBlock(
        {
          start: ls,
          markEnd: ls + first.len,
          scheme: first.scheme,
          num: first.num,
          number: first.number,
          lineStart: true,
          paraEnd: le,
        },
        0,
      );
    }
    // inline items after a sentence stop: 。二是… ：（一）… —— only when they start or continue a sequence
    for (let i = scanFrom; i < line.length; i++) {
      const ch = line[i];
      if (!'。；;：:！？'.includes(ch)) continue;
      let j = i + 1;
      while (j < line.length && /[\s\u3000*]/.test(line[j])) j++;
      const m = matchScheme(line.slice(j), false);
      if (!m) {
        if (glued && ch === '。' && blockOpen() && INLINE_RUN_IN.test(line.slice(j))) {
          accept({
            start: ls + j,
            markEnd: ls + j,
            scheme: 'RUNIN',
            num: null,
            number: null,
            lineStart: false,
            paraEnd: le,
          });
        }
        continue;
      }
      const k = open(m.scheme);
      const prev = k >= 0 ? stack[k].num : null;
      const continues = prev != null && m.num === prev + 1;
      const starts = m.num === 1 && (m.scheme.startsWith('SHI') || ch === '：' || ch === ':');
      if (!continues && !starts) continue;
      const c = {
        start: ls + j,
        markEnd: ls + j + m.len,
        scheme: m.scheme,
        num: m.num,
        number: m.number,
        lineStart: false,
        paraEnd: le,
      };
      if (m.scheme === 'CN_PAREN' && glued) acceptBlock(c, j);
      else accept(c);
    }
  }
  alignGluedHeadings(clean, cands);
  const sections: SectionNode[] = [];
  cands.forEach((c, ordinal) => {
    let h: { heading: string; end: number };
    if (c.scheme === 'PART' || c.scheme === 'NOTES')
      h = { heading: clean.slice(c.start, c.paraEnd).trim(), end: c.paraEnd };
    else if (c.scheme === 'ANNEX') {
      // an annex is titled by the short line that follows 附件N
      const nextEnd = clean.indexOf('\n', c.paraEnd + 1);
      const next = clean.slice(c.paraEnd + 1, nextEnd < 0 ? clean.length : nextEnd).trim();
      h = { heading: next && next.length <= 40 && !/[。；]/.test(next) ? next : '', end: c.paraEnd };
    } else if (c.headEnd != null) h = { heading: clean.slice(c.markEnd, c.headEnd).trim(), end: c.headEnd };
    else h = headingOf(clean, c.markEnd, c.paraEnd, c.scheme);
    const parent = c.parent >= 0 ? sections[c.parent] : null;
    const label =
      c.scheme === 'NOTES'
        ? h.heading.slice(0, 40)
        : c.scheme === 'ANNEX'
          ? `${c.number}${h.heading ? ` ${h.heading}` : ''}`
          : `${c.number ?? ''}${h.heading}`;
    const path = parent ? [...parent.path, label] : [label];
    sections.push({
      id: makeId('Section', docId, ordinal, path.join('/')),
      heading: h.heading || (c.number ?? ''),
      number: c.number,
      level: c.level,
      ordinal,
      path,
      parentId: parent ? parent.id : null,
      part: null,
      start: c.start,
      end: clean.length,
      bodyStart: h.end,
    });
  });
  // ends: the next section at the same or a higher level; inline items end with their paragraph
  const byId = new Map(sections.map((s) => [s.id, s]));
  sections.forEach((s, i) => {
    let end = clean.length;
    for (let j = i + 1; j < sections.length; j++)
      if (sections[j].level <= s.level) {
        end = sections[j].start;
        break;
      }
    const parent = s.parentId ? must(byId, s.parentId) : null;
    if (parent) end = Math.min(end, parent.end);
    if (!cands[i].lineStart || cands[i].scheme.startsWith('SHI') || cands[i].scheme === 'DASH')
      end = Math.min(end, cands[i].paraEnd);
    // drop the trailing newline from the span
    while (end > s.start && clean[end - 1] === '\n') end--;
    s.end = end;
  });
  if (isReport) {
    let last: 'REVIEW' | 'PLAN' | null = null;
    for (const s of sections) {
      const parent = s.parentId ? must(byId, s.parentId) : null;
      if (parent) {
        s.part = parent.part;
        continue;
      }
      // notes belong to neither the review nor the plan (and do not end the part they follow)
      if (isNotesSection(s)) {
        s.part = null;
        continue;
      }
      s.part = partOf(s.heading, reportYear) ?? last;
      last = s.part;
    }
  }
  return sections;
}
