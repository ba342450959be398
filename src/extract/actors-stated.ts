/**
 * Units a text names for a task: (牵头单位:X,配合单位:Y、Z) · （牵头单位：A、B） · 责任单位：A、B
 * (first LEAD, rest SUPPORT) · 由X牵头，Y、Z…组成/配合. Every 牵头 unit is LEAD; 配合/协办/参与 units
 * are SUPPORT. The span is the whole statement, so the infer stage can place it under its task.
 */
import type { Evidence, Role } from '../model/index.js';
import type { Span } from '../gazette/types.js';
import { splitUnitList } from './mentions.js';
import { tablesOf, cellAt } from '../gazette/tables.js';
import type { ActorBuilder } from './actors-common.js';

export interface StatedUnit {
  span: Span;
  role: Role;
  organizationId: string;
  evidence: Evidence;
}

const LABEL = '(牵头单位|责任单位|主责单位|牵头部门|责任部门|配合单位|协办单位|参与单位|配合部门|协同单位)';
const BRACKETED = new RegExp(`[(（]\\s*${LABEL}\\s*[:：]((?:[^()（）]|[(（][^()（）]*[)）])*)[)）]`, 'g');
const LINE = new RegExp(`(?:^|[。；;\\n])[ \\t]*${LABEL}[ \\t]*[:：]([^。\\n]+)`, 'g');
const LED_BY =
  /由([^，,。；;、\n]{2,40}?(?:、[^，,。；;、\n]{2,40}?)*)牵头[,，]?([^。；;\n]*?)(组成|配合|参与|参加|负责)?(?=[。；;\n]|$)/g;

export function extractStatedUnits(b: ActorBuilder): StatedUnit[] {
  const text = b.doc.clean;
  const out: StatedUnit[] = [];
  const taken: Span[] = [];
  const overlaps = (s: number, e: number) => taken.some((t) => s < t.end && t.start < e);

  const emit = (statement: Span, role: Role, list: string, listAt: number, firstLeads: boolean) => {
    const evidence = b.evidence(statement.start, statement.end);
    if (!evidence) return;
    const units = b.resolver.resolveUnits(splitUnitList(list, listAt)).filter((u) => !/^(其他|其它)/.test(u.item.text));
    // 责任单位：县住建局（牵头）、县财政局: the marked unit leads, whatever its place
    const marked = units.some((u) => u.item.leads);
    units.forEach((u, i) => {
      const organizationId = b.org(u.org, u.item, u.item.text);
      const r = marked ? (u.item.leads ? 'LEAD' : 'SUPPORT') : firstLeads ? (i === 0 ? 'LEAD' : 'SUPPORT') : role;
      out.push({ span: statement, role: r, organizationId, evidence });
    });
  };

  /** "牵头单位:X,配合单位:Y" inside one statement: split at each label. */
  const labelled = (statement: Span, body: string, bodyAt: number, firstLabel: string) => {
    const parts: Array<{ label: string; text: string; at: number }> = [];
    const re = new RegExp(`[,，;；、\\s]*${LABEL}\\s*[:：]`, 'g');
    let label = firstLabel;
    let last = 0;
    for (const m of body.matchAll(re)) {
      parts.push({ label, text: body.slice(last, m.index), at: bodyAt + last });
      label = m[1];
      last = m.index + m[0].length;
    }
    parts.push({ label, text: body.slice(last), at: bodyAt + last });
    const hasSupportLabel = parts.some((p) => /配合|协办|参与|协同/.test(p.label));
    for (const p of parts) {
      if (/牵头/.test(p.label)) emit(statement, 'LEAD', p.text, p.at, false);
      else if (/责任|主责/.test(p.label)) emit(statement, 'LEAD', p.text, p.at, !hasSupportLabel);
      else emit(statement, 'SUPPORT', p.text, p.at, false);
    }
  };

  for (const m of text.matchAll(BRACKETED)) {
    const span = { start: m.index, end: m.index + m[0].length };
    taken.push(span);
    labelled(span, m[2], m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length), m[1]);
  }
  for (const m of text.matchAll(LINE)) {
    const at = m.index + m[0].indexOf(m[1]);
    const end = m.index + m[0].length;
    if (overlaps(at, end)) continue;
    const span = { start: at, end };
    taken.push(span);
    labelled(span, m[2], end - m[2].length, m[1]);
  }
  // tables with unit columns (工作任务 | 牵头单位 | 配合单位 · 工作任务 | 责任单位): the row is the statement
  const unitColumn = new RegExp(`^${LABEL}$`);
  for (const t of tablesOf(text)) {
    const cols = t.header.cells
      .map((c, i) => ({ i, label: unitColumn.exec(c.text.replace(/\s+/g, ''))?.[1] ?? null }))
      .flatMap((c) => (c.label ? [{ i: c.i, label: c.label }] : []));
    if (!cols.length) continue;
    const hasSupportColumn = cols.some((c) => /配合|协办|参与|协同/.test(c.label));
    for (const row of t.rows) {
      const span = { start: row.start, end: row.end };
      if (overlaps(span.start, span.end)) continue;
      for (const c of cols) {
        const cell = cellAt(t, row, c.i);
        if (!cell || !cell.text) continue;
        if (/牵头/.test(c.label)) emit(span, 'LEAD', cell.text, cell.start, false);
        else if (/责任|主责/.test(c.label)) emit(span, 'LEAD', cell.text, cell.start, !hasSupportColumn);
        else emit(span, 'SUPPORT', cell.text, cell.start, false);
      }
      taken.push(span);
    }
  }
  for (const m of text.matchAll(LED_BY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const span = { start, end };
    emit(span, 'LEAD', m[1], start + 1, false);
    if (m[2] && m[3] && m[3] !== '负责')
      emit(span, 'SUPPORT', m[2], start + m[0].indexOf(m[2], 1 + m[1].length + 2), false);
  }
  return out;
}
