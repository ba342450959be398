/**
 * Splitting a cleaned gazette into documents: from the 目录 when there is one, else from the
 * titles in the body (notice titles followed by a 文号, 政府工作报告). Works in clean coordinates.
 */
import { keyOf } from './normalize.js';
import { DATE, findDocNumbers, isoDate, jurisdictionOf } from './patterns.js';
import { kindOfTitle, kindSpec } from '../kinds/index.js';
import type { NodeProps } from '../model/index.js';
import { linesOf, type Line } from '../text/lines.js';

export interface TocEntry {
  title: string;
  category: string | null;
}
export interface DocSpan {
  start: number;
  end: number;
  title: string;
  /** clean span of the title (for evidence) */
  titleEnd: number;
  category: string | null;
  kind: NodeProps<'Document'>['kind'];
  /** index of the notice that promulgates this document */
  promulgatedBy: number | null;
}

const TITLE_LIKE = (t: string) => t.length >= 4 && t.length <= 90 && !/[，。；！？,]/.test(t);
const TOC_ENTRY_END = /^(.*?)[\s.…·]*[（(]\s*\d{1,3}\s*[）)]$/;

/** The 目录: categories in 【】 and entries ending in a page number, possibly wrapped over lines. */
function parseToc(lines: Line[]): { entries: TocEntry[]; end: number } | null {
  const at = lines.findIndex((l) => keyOf(l.text) === '目录');
  if (at < 0) return null;
  const entries: TocEntry[] = [];
  let category: string | null = null;
  let pending: string[] = [];
  let end = lines[at].end;
  for (let i = at + 1; i < lines.length; i++) {
    const t = lines[i].text.trim();
    const cat = /^【(.+)】$/.exec(t);
    if (cat && !pending.length) {
      category = cat[1].trim();
      end = lines[i].end;
      continue;
    }
    pending.push(t);
    const m = TOC_ENTRY_END.exec(pending.join(''));
    if (m) {
      const full = m[1].trim();
      const title = full.split(/——|—(?=\s*\d{4}\s*年\s*\d{1,2}\s*月)/)[0].trim();
      entries.push({ title: title || full, category });
      pending = [];
      end = lines[i].end;
    } else if (pending.length > 3) break;
  }
  return entries.length ? { entries, end } : null;
}

/** Squeezed text with, per squeezed char, its clean offset and whether a line starts there. */
interface Squeezed {
  key: string;
  pos: Int32Array;
  lineStart: Uint8Array;
}
function squeeze(clean: string): Squeezed {
  const pos = new Int32Array(clean.length * 2 + 1);
  const lineStart = new Uint8Array(clean.length * 2 + 1);
  const parts: string[] = [];
  let atStart = true;
  let n = 0;
  for (let i = 0; i < clean.length; i++) {
    const ch = clean[i];
    if (ch === '\n') {
      atStart = true;
      continue;
    }
    const c = ch.charCodeAt(0);
    // ideographs and visible ASCII are their own key; everything else goes through keyOf
    const k = (c >= 0x4e00 && c <= 0x9fff) || (c > 0x20 && c < 0x7f && c !== 0x2a) ? ch : keyOf(ch);
    if (!k) continue;
    parts.push(k);
    for (let j = 0; j < k.length; j++) {
      pos[n] = i;
      lineStart[n] = atStart && j === 0 ? 1 : 0;
      n++;
    }
    atStart = false;
  }
  return { key: parts.join(''), pos, lineStart };
}

/** Find a title that starts a line and ends a line, at or after clean offset `from`. */
function findTitle(sq: Squeezed, title: string, from: number): { start: number; end: number } | null {
  const k = keyOf(title);
  if (!k) return null;
  let at = sq.key.indexOf(k);
  while (at >= 0) {
    const endIdx = at + k.length;
    const endsLine = endIdx >= sq.key.length || sq.lineStart[endIdx] === 1;
    if (sq.pos[at] >= from && sq.lineStart[at] === 1 && endsLine)
      return { start: sq.pos[at], end: sq.pos[endIdx - 1] + 1 };
    at = sq.key.indexOf(k, at + 1);
  }
  return null;
}

/** Fallback when the 目录 and the body punctuate a title differently: compare without punctuation. */
const bare = (s: string) => keyOf(s).replace(/[《》〈〉()（）“”‘’"'「」『』【】\[\]、,，·.．:：—-]/g, '');
function findTitleLoose(lines: Line[], title: string, from: number): { start: number; end: number } | null {
  const want = bare(title);
  if (want.length < 4) return null;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].start < from) continue;
    if (bare(lines[i].text) === want) return { start: lines[i].start, end: lines[i].end };
    if (i + 1 < lines.length && bare(lines[i].text + lines[i + 1].text) === want)
      return { start: lines[i].start, end: lines[i + 1].end };
  }
  return null;
}

const NOTICE_TITLE = /关于.{2,80}的(通知|决定|通报|公告|批复)$/;
const REPORT_TITLE = /^(?:.{0,24}?)政府工作报告(?:——.*)?$/;

/** Titles in a body without a 目录: notices followed closely by their 文号, and work reports. */
function scanTitles(lines: Line[]): Array<{ line: number; title: string }> {
  const out: Array<{ line: number; title: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    const key = keyOf(lines[i].text);
    if (TITLE_LIKE(key) && NOTICE_TITLE.test(key)) {
      const next = lines.slice(i + 1, i + 3).map((l) => keyOf(l.text));
      if (next.some((n) => findDocNumbers(n).some((d) => d.start === 0 && d.end >= n.length - 1)))
        out.push({ line: i, title: key });
    }
  }
  // bare work reports: for each salutation (各位代表：), the 政府工作报告 title line closest before it
  const salutations = lines.map((l, i) => (/^各位代表[：:！!]/.test(keyOf(l.text)) ? i : -1)).filter((i) => i >= 0);
  if (!salutations.length) salutations.push(Math.min(lines.length, 40));
  let floor = 0;
  for (const sal of salutations) {
    let report = -1;
    for (let i = Math.max(floor, sal - 40); i < sal; i++) {
      const key = keyOf(lines[i].text);
      if (key.length <= 120 && REPORT_TITLE.test(key) && !/[：:]/.test(key.split('——')[0])) report = i;
    }
    if (report >= 0 && !out.some((o) => o.line >= floor && o.line <= report)) {
      out.push({ line: report, title: keyOf(lines[report].text).split('——')[0] });
    }
    if (report >= 0) floor = sal + 1;
  }
  // a single plan or measures printed alone: its title heads the text
  if (!out.length) {
    const first = lines.slice(0, 5).find((l) => TITLE_LIKE(keyOf(l.text)) && kindOfTitle(keyOf(l.text)) !== 'OTHER');
    if (first) out.push({ line: lines.indexOf(first), title: keyOf(first.text) });
  }
  return out.sort((a, b) => a.line - b.line);
}

/**
 * Documents of the gazette in clean coordinates. `bodyFrom` is where the body starts (after the
 * 目录), so TOC lines are never taken for titles.
 */
export function splitDocuments(
  clean: string,
  runningHeader: string | null,
): { docs: DocSpan[]; frontEnd: number; hasToc: boolean } {
  const lines = linesOf(clean);
  const toc = parseToc(lines);
  const sq = squeeze(clean);
  const starts: Array<{ start: number; titleEnd: number; title: string; category: string | null }> = [];
  if (toc) {
    let cursor = toc.end;
    for (const e of toc.entries) {
      let hit = findTitle(sq, e.title, cursor) ?? findTitleLoose(lines, e.title, cursor);
      let title = keyOf(e.title);
      if (!hit && /政府工作报告/.test(e.title)) {
        // the 目录 names the report with its place and year (松河区2025年政府工作报告), the body prints 政府工作报告
        const l = lines.find(
          (x) => x.start >= cursor && keyOf(x.text).length <= 60 && REPORT_TITLE.test(keyOf(x.text)),
        );
        if (l) {
          hit = { start: l.start, end: l.end };
          title = keyOf(l.text).split('——')[0];
        }
      }
      if (!hit) continue;
      starts.push({ start: hit.start, titleEnd: hit.end, title, category: e.category });
      cursor = hit.end;
    }
  }
  if (!starts.length) {
    for (const t of scanTitles(lines)) {
      const l = lines[t.line];
      starts.push({ start: l.start, titleEnd: l.start + l.text.length, title: t.title, category: null });
    }
  }
  // back matter: the publication's own 简介, or a web page's related links, after the last document
  let bodyEnd = clean.length;
  const lastStart = starts[starts.length - 1]?.start ?? 0;
  const junk = lines.find(
    (l) =>
      l.start > lastStart &&
      /^(相关报道|相关阅读|相关链接|相关文章|责任编辑|上一篇|下一篇|分享到|打印本页|关闭窗口)/.test(l.text.trim()),
  );
  if (junk) bodyEnd = Math.max(junk.start - 1, 0);
  if (runningHeader) {
    const intro = lines.find(
      (l) =>
        l.start > (starts[starts.length - 1]?.start ?? 0) &&
        keyOf(l.text).replace(/[《》]/g, '') === `${keyOf(runningHeader)}简介`,
    );
    if (intro) bodyEnd = Math.min(bodyEnd, Math.max(intro.start - 1, 0));
  }
  const docs: DocSpan[] = [];
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].start - 1 : bodyEnd;
    const kind = kindOfTitle(s.title);
    docs.push({
      start: s.start,
      end: Math.max(end, s.titleEnd),
      title: s.title,
      titleEnd: s.titleEnd,
      category: s.category,
      kind,
      promulgatedBy: null,
    });
  });
  // a notice that 印发 a plan: the plan begins at its own title after the notice's signature date
  const out: DocSpan[] = [];
  for (const d of docs) {
    out.push(d);
    if (!kindSpec(d.kind).promulgates || !/印发/.test(d.title)) continue;
    const plan = findPromulgated(clean, d, lines);
    if (!plan) continue;
    const noticeIndex = out.length - 1;
    out.push({
      start: plan.start,
      end: d.end,
      title: plan.title,
      titleEnd: plan.titleEnd,
      category: d.category,
      kind: kindOfTitle(plan.title),
      promulgatedBy: noticeIndex,
    });
    d.end = plan.start - 1;
  }
  return { docs: out, frontEnd: out.length ? out[0].start : clean.length, hasToc: !!toc && starts.length > 0 };
}

/** Names a notice says it 印发: 《…》 in the title or body, or the words between 印发 and 的通知. */
function promulgatedNames(noticeText: string, title: string): string[] {
  const names = new Set<string>();
  for (const m of title.matchAll(/《([^《》]+)》/g)) names.add(keyOf(m[1]));
  const bare = /印发(.+?)的通知$/.exec(title);
  if (bare) names.add(keyOf(bare[1].replace(/[《》]/g, '')));
  for (const m of noticeText.matchAll(/(?:将|印发)\s*《([^《》]+)》/g)) names.add(keyOf(m[1]));
  for (const m of noticeText.matchAll(/附件[：:\s]*([^\n]+)/g)) names.add(keyOf(m[1]));
  return [...names].filter((n) => n.length >= 4);
}

function findPromulgated(
  clean: string,
  notice: DocSpan,
  lines: Line[],
): { start: number; title: string; titleEnd: number } | null {
  const names = promulgatedNames(clean.slice(notice.start, notice.end), notice.title);
  if (!names.length) return null;
  const strip = (s: string) => s.replace(/[()（）《》]/g, '');
  for (const l of lines) {
    if (l.start <= notice.titleEnd || l.start >= notice.end) continue;
    const key = keyOf(l.text);
    if (!TITLE_LIKE(key) || /^附件/.test(key)) continue;
    if (names.some((n) => strip(key).includes(strip(n)) || (strip(n).includes(strip(key)) && key.length >= 6))) {
      // the plan must follow the notice's date (the signature closes the notice)
      const head = clean.slice(notice.start, l.start);
      if (!DATE.test(head)) continue;
      return { start: l.start, title: key, titleEnd: l.end };
    }
  }
  return null;
}

/** 青山县乡村振兴三年行动方案 → 青山县: a place name heading a title. */
/** A level of government without its name (县, 旗, 区 …): never a jurisdiction on its own. */
const BARE_LEVEL = /^(?:本|我|全)?(?:省|市|县|区|旗|州|盟|镇|乡|苏木|自治区|自治州|自治县|自治旗)$/;

/**
 * Rule report-header-jurisdiction (issue 12, class 7): a work report printed under the bare title
 * 政府工作报告 is titled with its place and year (博野县2024年政府工作报告), so reports of different
 * counties and years are told apart; a title that names them already is kept as printed.
 */
export function reportTitle(title: string, jurisdiction: string | null, reportYear: number | null): string {
  if (keyOf(title) !== '政府工作报告') return title;
  return `${jurisdiction ?? ''}${reportYear ? `${reportYear}年` : ''}政府工作报告`;
}

function leadingPlace(title: string): string | null {
  const m = /^([\u4e00-\u9fa5]{2,8}?(?:自治区|自治州|自治县|自治旗|省|市|县|区|旗|州|盟))/.exec(title);
  return m ? m[1] : null;
}

export interface DocMeta {
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  jurisdiction: string | null;
  reportYear: number | null;
}

/** 文号, issuer and date of a document from its own text (clean slice). */
export function documentMeta(text: string, title: string, kind: NodeProps<'Document'>['kind']): DocMeta {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  let docNumber: string | null = null;
  for (const l of lines.slice(1, 4)) {
    const k = keyOf(l);
    const hit = findDocNumbers(k).find((d) => d.start === 0 && d.end >= k.length - 1);
    if (hit) {
      docNumber = hit.docNumber;
      break;
    }
  }
  let issuer: string | null = null;
  let issuedOn: string | null = null;
  let jurisdiction: string | null = null;
  let reportYear: number | null = null;
  if (kindSpec(kind).report) {
    // the subtitle: ——2024年1月23日在伊金霍洛旗第十八届人民代表大会第三次会议上
    const head = lines.slice(0, 8).join('\n');
    const sub =
      /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在\s*([^\n]*?)第?[一二三四五六七八九十\d]+届\s*(全国)?人民代表大会/.exec(
        head,
      );
    if (sub) {
      issuedOn = isoDate(sub);
      const place = sub[4].trim();
      // rule report-header-jurisdiction: 在县十七届人民代表大会… names the level, not the county
      jurisdiction = (place && !BARE_LEVEL.test(place) ? place : null) || (sub[5] ? '全国' : null);
    } else {
      const d = DATE.exec(head);
      if (d) issuedOn = isoDate(d);
    }
    const speaker = /([\u4e00-\u9fa5]{0,20}?(?:人民政府|国务院))/.exec(
      lines
        .slice(0, 8)
        .join('\n')
        .split('各位代表')[0]
        .replace(/\d{4}\s*年[^\n]*?会议上/g, ''),
    );
    issuer = speaker ? speaker[1] : null;
    const speakerPlace = jurisdictionOf(issuer);
    if (!jurisdiction && speakerPlace && !BARE_LEVEL.test(speakerPlace)) jurisdiction = speakerPlace;
    if (!jurisdiction) {
      const t = leadingPlace(title);
      if (t && !BARE_LEVEL.test(t)) jurisdiction = t;
    }
    // 县人民政府 speaking in 博野县's report is 博野县人民政府
    if (issuer && jurisdiction && speakerPlace && BARE_LEVEL.test(speakerPlace))
      issuer = jurisdiction + issuer.slice(speakerPlace.length);
    if (issuer && !jurisdiction && BARE_LEVEL.test(speakerPlace ?? '')) issuer = null;
    const titleYear = /(\d{4})年/.exec(title);
    reportYear = issuedOn ? Number(issuedOn.slice(0, 4)) : titleYear ? Number(titleYear[1]) : null;
    return { docNumber: null, issuer, issuedOn, jurisdiction, reportYear };
  }
  // signature block: an issuing body on a line of its own, then the date
  for (let i = lines.length - 1; i >= 1; i--) {
    const k = keyOf(lines[i]);
    const d = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(k);
    if (d) {
      issuedOn = isoDate(d);
      const prev = keyOf(lines[i - 1]);
      if (TITLE_LIKE(prev) && prev.length <= 30 && !/[：:]/.test(prev)) issuer = prev;
      break;
    }
  }
  if (!issuer) {
    const m = /^(.{2,40}?)关于/.exec(title);
    if (m) issuer = m[1];
  }
  jurisdiction = jurisdictionOf(issuer) ?? jurisdictionOf(title) ?? leadingPlace(title);
  return { docNumber, issuer, issuedOn, jurisdiction, reportYear };
}
