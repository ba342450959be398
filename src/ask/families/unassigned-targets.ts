/**
 * UNASSIGNED_TARGETS — targets no unit is responsible for: 哪些目标还没有明确牵头单位. Classified in
 * src/ask/intent.ts. Slots: the year, the status. Query: unassigned-targets (for the asked year,
 * else every year, said so).
 */
import { cite, done, exec, targetLine, yearText } from './answer.js';
import type { FamilyModule } from './types.js';

export const unassignedTargets: FamilyModule = {
  statesFigures: true,
  async run(intent, run) {
    let year = intent.year;
    let q = await exec(run, 'unassigned-targets', { year, status: intent.status ?? 'PLANNED' });
    if (!q.rows.length && year != null) {
      year = null;
      q = await exec(run, 'unassigned-targets', { year, status: intent.status ?? 'PLANNED' });
    }
    if (!q.rows.length) return null;
    const lines = q.rows
      .slice(0, 40)
      .map((r, i) => `${i + 1}. ${targetLine(r)}${r.document ? `（${r.document}）` : ''}`);
    const note = year !== intent.year ? `${yearText(intent.year)}的目标都有责任单位；其他年份中，` : '';
    const intro = `${note}${yearText(year)}还没有明确责任单位的${intent.status === 'ACHIEVED' ? '完成指标' : '目标'}共${q.rows.length}项（文件未写明，也无法依据政策文件或领导分工确定）`;
    return done(q, `${intro}：${lines.join('；')}${q.rows.length > 40 ? '……' : ''}。`, cite(q.rows, 'ev'));
  },
  // no rows: every target has an owner, which is the answer
  noRecord: () => ({
    answer: '图谱中没有未明确责任单位的目标：每项目标都有文件写明、依据政策文件或依据领导分工的责任单位。',
    query: 'unassigned-targets',
  }),
};
