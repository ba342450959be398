/**
 * Appointment notices (人事任免): one line per person, "name action…" with actions 任/提任/兼任
 * (APPOINT), 免去…职务 (REMOVE), 提名为…人选 (NOMINATE), 提名免去…职务 (NOMINATE_REMOVE); also the
 * prose form 任命X为… / 免去X的…职务. Each position names its organisation; a post written without
 * one (…纪委书记、监察专员人选) belongs to the organisation just named.
 */
import type { ActorBuilder } from './actors-common.js';
import { splitPost } from './actors-common.js';
import { linesOf } from '../text/lines.js';
import { compact, trimSpan } from '../text/spans.js';
import type { AppointmentAction as Action } from '../model/index.js';

const ACTIONS: Array<{ re: RegExp; action: Action }> = [
  { re: /^提名免去(.+?)(?:的)?(?:职务)?$/, action: 'NOMINATE_REMOVE' },
  { re: /^提名为(.+?)(?:人选)$/, action: 'NOMINATE' },
  { re: /^免去(.+?)(?:职务)?$/, action: 'REMOVE' },
  { re: /^(?:任命为|聘任为|提任|兼任|任|聘任|聘为)(.+)$/, action: 'APPOINT' },
];

const LINE_RE =
  /^[\s\-—•·|]*([\u4e00-\u9fa5][ \u3000][\u4e00-\u9fa5]{1,2}|[\u4e00-\u9fa5]{2,5})[\s|]+(?=提名|提任|免去|兼任|任|聘)/;

const SWITCH = /(提名免去|提名|任命|聘任|免去)/g;
const MODE: Record<string, Action> = {
  提名免去: 'NOMINATE_REMOVE',
  提名: 'NOMINATE',
  任命: 'APPOINT',
  聘任: 'APPOINT',
  免去: 'REMOVE',
};

export function extractAppointments(b: ActorBuilder): void {
  const doc = b.doc;
  const docProbation = /试用期满/.test(doc.props.title) ? '试用期满任职' : null;
  // prose and list layouts: "任命：" then "张三为县财政局局长；", or 决定任命张三为…，李四为…；免去王五的…职务
  let mode: Action | null = null;
  for (const line of linesOf(doc.clean)) {
    const m = LINE_RE.exec(line.text);
    if (m) {
      mode = null;
      const nameStart = line.start + m[0].indexOf(m[1]);
      const person = b.person(compact(m[1]), { start: nameStart, end: nameStart + m[1].length });
      handleClauses(
        b,
        person,
        line.text.slice(m[0].length),
        line.start + m[0].length,
        line.start,
        line.end,
        docProbation,
      );
      continue;
    }
    if (!line.text.trim()) continue;
    // segments of the line, each under the mode its switch word sets (or the mode carried from above)
    const cuts: Array<{ from: number; at: number; mode: Action | null }> = [{ from: 0, at: 0, mode }];
    for (const sw of line.text.matchAll(SWITCH))
      cuts.push({ from: sw.index, at: sw.index + sw[0].length, mode: MODE[sw[1]] });
    let matched = false;
    cuts.forEach((c, i) => {
      if (!c.mode) return;
      const end = i + 1 < cuts.length ? cuts[i + 1].from : line.text.length;
      let s0 = c.at;
      const seg = line.text.slice(0, Math.max(end, c.at));
      for (let k = c.at; k <= seg.length; k++) {
        if (k === seg.length || /[，,；;。]/.test(seg[k])) {
          if (prosePiece(b, c.mode, seg.slice(s0, k), line.start + s0, docProbation)) matched = true;
          s0 = k + 1;
        }
      }
    });
    mode = cuts[cuts.length - 1].mode && (matched || /[:：]\s*$/.test(line.text)) ? cuts[cuts.length - 1].mode : null;
  }
}

/** One "张三为县财政局局长" / "王五的县财政局局长职务" piece under an action; true when read. */
function prosePiece(b: ActorBuilder, action: Action, raw: string, at: number, docProbation: string | null): boolean {
  const piece = trimSpan(raw, 0, raw.length, /[\s:：]/);
  const text = raw.slice(piece.start, piece.end);
  const start = at + piece.start;
  const appointing = action === 'APPOINT' || action === 'NOMINATE';
  const re = appointing
    ? /^([\u4e00-\u9fa5]{2,4}?)(?:同志)?为(.+?)(?:人选)?$/
    : /^([\u4e00-\u9fa5]{2,4}?)(?:同志)?的(.+?)(?:职务)?$/;
  let name: string | null = null;
  let positions = '';
  const m = re.exec(text);
  if (m) {
    name = m[1];
    positions = m[2];
  } else if (!appointing) {
    // 免去王小五县财政局局长职务: the name ends where a unit of this jurisdiction begins
    const J = b.resolver.jurisdiction;
    for (let k = 2; k <= 4 && k < text.length; k++) {
      const rest = text.slice(k).replace(/职务$/, '');
      if ([J.full, J.level].some((p) => p && rest.startsWith(p))) {
        name = text.slice(0, k);
        positions = rest;
        break;
      }
    }
  }
  if (!name) return false;
  let probation = docProbation;
  const pr = /[(（](试用期[^()（）]*)[)）]$/.exec(positions);
  if (pr) {
    probation = pr[1];
    positions = positions.slice(0, pr.index);
  }
  const person = b.resolver.personId(name);
  const added = addPositions(b, person, action, positions, probation, start, start + text.length);
  if (added > 0) b.person(name, { start, end: start + name.length });
  return added > 0;
}

function handleClauses(
  b: ActorBuilder,
  person: string,
  text: string,
  base: number,
  lineStart: number,
  lineEnd: number,
  docProbation: string | null,
): void {
  // clauses are separated by ，；。 outside brackets
  let depth = 0;
  let s = 0;
  const clauses: Array<{ text: string; start: number }> = [];
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') depth = Math.max(0, depth - 1);
    if (i === text.length || (depth === 0 && /[，,；;。|]/.test(c))) {
      const clause = trimSpan(text, s, i);
      if (clause.end > clause.start)
        clauses.push({ text: text.slice(clause.start, clause.end), start: base + clause.start });
      s = i + 1;
    }
  }
  for (const c of clauses) {
    let body = c.text;
    let probation = docProbation;
    const pr = /[(（](试用期[^()（）]*)[)）]$/.exec(body);
    if (pr) {
      probation = pr[1];
      body = body.slice(0, pr.index);
    }
    for (const { re, action } of ACTIONS) {
      const m = re.exec(body);
      if (!m) continue;
      addPositions(b, person, action, m[1], probation, lineStart, lineEnd);
      break;
    }
  }
}

function addPositions(
  b: ActorBuilder,
  person: string,
  action: Action,
  positions: string,
  probation: string | null,
  evStart: number,
  evEnd: number,
): number {
  let added = 0;
  const ev = b.evidence(evStart, evEnd);
  let lastOrg: string | null = null;
  for (const raw of positions.split('、')) {
    const part = raw.replace(/^(兼任|任|提任)/, '').replace(/职务$/, '');
    const sp = splitPost(part);
    if (!sp) continue;
    let orgId: string | null = null;
    if (sp.org) {
      const rel = b.doc.clean.slice(evStart, evEnd).indexOf(sp.org);
      const span =
        rel >= 0 ? { start: evStart + rel, end: evStart + rel + sp.org.length } : { start: evStart, end: evEnd };
      orgId = b.orgMention(sp.org, span);
    }
    orgId = orgId ?? lastOrg;
    if (!orgId) continue;
    lastOrg = orgId;
    b.rel(
      'APPOINTED',
      person,
      orgId,
      {
        action,
        position: sp.post,
        docNumber: b.doc.props.docNumber,
        date: b.doc.props.issuedOn,
        probation,
      },
      [ev],
    );
    added++;
  }
  return added;
}
