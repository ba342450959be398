/**
 * NOTICE_APPOINTMENTS — everyone an appointment notice appoints or removes: 伊政任〔2024〕1号涉及哪些人.
 * Classified in src/ask/intent.ts. Slot: the notice (a document of kind APPOINTMENT). Query:
 * notice-appointments (by its 文号 or the document the evidence is in).
 */
import { ACTION_ZH, cite, done, exec } from './answer.js';
import { need } from '../rows.js';
import type { FamilyModule } from './types.js';

export const noticeAppointments: FamilyModule = {
  async run(intent, run) {
    const d = need(intent.doc, 'doc');
    const q = await exec(run, 'notice-appointments', { docId: d.id, docNumber: d.docNumber ?? null });
    if (!q.rows.length) return null;
    const lines = q.rows.map(
      (r) => `${r.person} ${ACTION_ZH[String(r.action)] ?? r.action}${r.organization ?? ''}${r.position ?? ''}`,
    );
    return done(
      q,
      `${d.name}${d.docNumber ? `（${d.docNumber}）` : ''}涉及${new Set(q.rows.map((r) => r.person)).size}人：${lines.join('；')}。`,
      cite(q.rows, 'ev'),
    );
  },
};
