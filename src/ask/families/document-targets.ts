/**
 * DOCUMENT_TARGETS — the targets (and results) a document states: 政府工作报告提出了哪些目标.
 * Classified in src/ask/intent.ts. Slots: the documents named, the year, the status. Query:
 * document-targets. A year the document does not hold is named with the years it does.
 */
import { cite, done, exec, list, targetLine, yearText, yearsHeld } from './answer.js';
import { need } from '../rows.js';
import type { FamilyModule } from './types.js';

export const documentTargets: FamilyModule = {
  statesFigures: true,
  async run(intent, run) {
    const docIds = (intent.docs?.length ? intent.docs : [need(intent.doc, 'doc')]).map((x) => x.id);
    const status = intent.status ?? null;
    const q = await exec(run, 'document-targets', { docIds, year: intent.year, status });
    if (!q.rows.length && intent.year != null) {
      const other = await exec(run, 'document-targets', { docIds, year: null, status });
      if (other.rows.length) {
        return done(
          other,
          `${String(other.rows[0].document)}没有${yearText(intent.year)}的目标。它提出的目标只有${yearsHeld(other.rows)}的（可以按这些年份提问）。`,
          cite(other.rows, 'ev'),
        );
      }
    }
    if (!q.rows.length) return null;
    const lines = q.rows.slice(0, 40).map((r, i) => `${i + 1}. ${targetLine(r)}`);
    const what = intent.status === 'ACHIEVED' ? '完成情况' : intent.status === 'PLANNED' ? '目标' : '目标和完成情况';
    return done(
      q,
      `${list(q.rows.map((r) => r.document))}${yearText(intent.year)}提出的${what}共${q.rows.length}项：${lines.join('；')}${q.rows.length > 40 ? '……' : ''}。`,
      cite(q.rows, 'ev'),
    );
  },
};
