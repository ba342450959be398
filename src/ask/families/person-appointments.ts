/**
 * PERSON_APPOINTMENTS — a person's appointments and posts: 刘志强担任什么职务, 刘志强当了什么官.
 * Classified in src/ask/intent.ts (and the fallback of PORTFOLIO). Slot: the person. Query:
 * person-appointments (APPOINTED, and the posts held in `holds`).
 */
import { ACTION_ZH, cite, done, exec, list, notRecorded } from './answer.js';
import { need, rowsOf } from '../rows.js';
import type { FamilyModule } from './types.js';

export const personAppointments: FamilyModule = {
  async run(intent, run) {
    const p = need(intent.person, 'person');
    const q = await exec(run, 'person-appointments', { personId: p.id });
    const appts = q.rows.filter((r) => r.action != null);
    const holds = rowsOf(q.rows[0]?.holds);
    if (!appts.length && !holds.length) return null;
    const lines = appts.map(
      (r) =>
        `${ACTION_ZH[String(r.action)] ?? r.action}${r.organization ?? ''}${r.position ?? ''}${r.docNumber ? `（${r.docNumber}${r.date ? `，${r.date}` : ''}）` : ''}`,
    );
    const held = holds.length
      ? `职务：${list(holds.map((h) => (String(h.title ?? '').startsWith(String(h.organization ?? '')) ? h.title : `${h.organization ?? ''}${h.title ?? ''}`)))}`
      : '';
    return done(q, `${p.name}：${[lines.join('；'), held].filter(Boolean).join('。')}。`, cite(appts, 'ev'));
  },
  noRecord: (intent) => notRecorded(intent, (who) => `${who}的任免或职务`, 'person-appointments'),
};
