/**
 * Appointment notices (人事任免): one line per person, "name action…" with actions 任/提任/兼任
 * (APPOINT), 免去…职务 (REMOVE), 提名为…人选 (NOMINATE), 提名免去…职务 (NOMINATE_REMOVE); also the
 * prose form 任命X为… / 免去X的…职务. Each position names its organisation; a post written without
 * one (…纪委书记、监察专员人选) belongs to the organisation just named.
 */
import type { ActorBuilder } from './actors-common.js';
import { linesOf, splitPost } from './actors-common.js';
import { normalizePersonName } from '../resolve/index.js';

type Action = 'APPOINT' | 'REMOVE' | 'NOMINATE' | 'NOMINATE_REMOVE';

const ACTIONS: Array<{ re: RegExp; action: Action }> = [
  { re: /^提名免去(.+?)(?:的)?(?:职务)?$/, action: 'NOMINATE_REMOVE' },
  { re: /^提名为(.+?)(?:人选)$/, action: 'NOMINATE' },
  { re: /^免去(.+?)(?:职务)?$/, action: 'REMOVE' },
  { re: /^(?:任命为|聘任为|提任|兼任|任|聘任|聘为)(.+)$/, action: 'APPOINT' },
];

const LINE_RE = /^[\s\-—•·|]*([\u4e00-\u9fa5][ \u3000][\u4e00-\u9fa5]{1,2}|[\u4e00-\u9fa5]{2,5})[\s|]+(?=提名|提任|免去|兼任|任|聘)/;

export function extractAppointments(b: ActorBuilder): void {
  const doc = b.doc;
  const docProbation = /试用期满/.test(doc.props.title) ? '试用期满任职' : null;
  for (const line of linesOf(doc.clean)) {
    const m = LINE_RE.exec(line.text);
    if (m) {
      const nameStart = line.start + m[0].indexOf(m[1]);
      const person = b.person(normalizePersonName(m[1]), { start: nameStart, end: nameStart + m[1].length });
      handleClauses(b, person, line.text.slice(m[0].length), line.start + m[0].length, line.start, line.end, docProbation);
      continue;
    }
    // prose: 任命张三为旗财政局局长；免去李四的旗财政局副局长职务
    const prose = /(任命|免去)([\u4e00-\u9fa5]{2,4}?)(?:同志)?(为|的)(.+?)(?:职务)?(?=[；;，,。]|$)/g;
    for (let p = prose.exec(line.text); p; p = prose.exec(line.text)) {
      if ((p[1] === '任命') !== (p[3] === '为')) continue;
      const nameStart = line.start + p.index + p[1].length;
      const person = b.person(p[2], { start: nameStart, end: nameStart + p[2].length });
      addPositions(b, person, p[1] === '任命' ? 'APPOINT' : 'REMOVE', p[4], docProbation, line.start + p.index, line.start + p.index + p[0].length);
    }
  }
}

function handleClauses(b: ActorBuilder, person: string, text: string, base: number, lineStart: number, lineEnd: number, docProbation: string | null): void {
  // clauses are separated by ，；。 outside brackets
  let depth = 0;
  let s = 0;
  const clauses: Array<{ text: string; start: number }> = [];
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') depth = Math.max(0, depth - 1);
    if (i === text.length || (depth === 0 && /[，,；;。|]/.test(c))) {
      const raw = text.slice(s, i);
      if (raw.trim()) clauses.push({ text: raw.trim(), start: base + s + (raw.length - raw.trimStart().length) });
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

function addPositions(b: ActorBuilder, person: string, action: Action, positions: string, probation: string | null, evStart: number, evEnd: number): void {
  const ev = b.evidence(evStart, evEnd);
  let lastOrg: string | null = null;
  for (const raw of positions.split('、')) {
    const part = raw.replace(/^(兼任|任|提任)/, '').replace(/职务$/, '');
    const sp = splitPost(part);
    if (!sp) continue;
    let orgId: string | null = null;
    if (sp.org) {
      const at = b.doc.clean.indexOf(sp.org, evStart);
      const span = at >= 0 && at < evEnd ? { start: at, end: at + sp.org.length } : { start: evStart, end: evEnd };
      orgId = b.orgMention(sp.org, span);
    }
    orgId = orgId ?? lastOrg;
    if (!orgId) continue;
    lastOrg = orgId;
    b.rel('APPOINTED', person, orgId, {
      action, position: sp.post, docNumber: b.doc.props.docNumber, date: b.doc.props.issuedOn, probation,
    }, [ev]);
  }
}
