/**
 * TASK_RESPONSIBLE — the lead (牵头) and support (配合) units of a task: 老旧小区改造由谁牵头.
 * Classified in src/ask/intent.ts. Slot: the topic. Query: tasks-responsible, with the whole
 * topic first, then shorter readings of it (清洁取暖工作 → 清洁取暖).
 */
import { candidateTerms, cite, done, exec, list } from './answer.js';
import { listOf, need } from '../rows.js';
import type { FamilyModule } from './types.js';

export const taskResponsible: FamilyModule = {
  async run(intent, run) {
    for (const term of candidateTerms(need(intent.term, 'term'))) {
      const q = await exec(run, 'tasks-responsible', { term });
      let withUnits = q.rows.filter((r) => listOf(r.lead).length || listOf(r.support).length);
      if (!withUnits.length) continue;
      // a topic found only in a task's body, not its title, is said so: the task is about something else
      const titled = withUnits.some((r) => String(r.title ?? '').includes(term));
      // tasks named after the topic answer it; others that merely mention it are noise then
      if (titled) withUnits = withUnits.filter((r) => String(r.title ?? '').includes(term));
      const preface = titled ? '' : `没有标题含“${term}”的任务；正文提到“${term}”的任务：`;
      const lines = withUnits.map((r) => {
        const lead = list(listOf(r.lead));
        const support = list(listOf(r.support));
        return `“${r.title}”${r.document ? `（${r.document}）` : ''}：${lead ? `牵头单位：${lead}` : '未写明牵头单位'}${support ? `；配合单位：${support}` : ''}`;
      });
      return done({ ...q, rows: withUnits }, `${preface}${lines.join('。')}。`, cite(withUnits, 'evs', 'tev'));
    }
    return null;
  },
};
