/**
 * An indicator's figures: TARGET_FIGURE (今年GDP增长目标是多少), ACHIEVED_FIGURE (去年GDP增长多少),
 * PLAN_VS_ACTUAL (计划和实际对比). Classified in src/ask/intent.ts (and the everyday rule
 * compareYears). Slots: the metrics, the year and status (none for PLAN_VS_ACTUAL), the
 * jurisdiction. Query: target-figures. A year the graph does not hold is named with the years it
 * does, never answered with another year's figure.
 */
import { TargetStatus } from '../../model/index.js';
import { cite, done, exec, targetLine, yearText } from './answer.js';
import { need, numOrNull } from '../rows.js';
import { type FamilyModule, YEAR_SLOT } from './types.js';

export const figures: FamilyModule = {
  tool: {
    name: 'indicator_figure',
    description: 'The planned target or achieved figure of an indicator (GDP, 固定资产投资 …).',
    slots: {
      indicator: { type: 'string', description: 'the indicator as the question names it', entity: 'METRIC' },
      year: YEAR_SLOT,
      status: {
        type: 'string',
        enum: [...TargetStatus.options],
        description: 'PLANNED for a target, ACHIEVED for a result',
      },
    },
    required: ['indicator'],
    fill(intent, args, lex) {
      const achieved = args.status === 'ACHIEVED';
      const year = intent.year ?? (lex.referenceYear == null ? null : lex.referenceYear - (achieved ? 1 : 0));
      return {
        ...intent,
        status: achieved ? 'ACHIEVED' : 'PLANNED',
        family: achieved ? 'ACHIEVED_FIGURE' : 'TARGET_FIGURE',
        year,
      };
    },
  },
  statesFigures: true,
  scopedToJurisdiction: true,
  async run(intent, run) {
    const metrics = [...new Set(need(intent.metrics, 'metrics').map((m) => m.name))];
    const both = intent.family === 'PLAN_VS_ACTUAL';
    const status = both ? null : (intent.status ?? null);
    const year = both ? null : intent.year;
    const jurisdiction = intent.jurisdiction ?? null;
    const q = await exec(run, 'target-figures', { metrics, year, status, jurisdiction });
    if (!q.rows.length && !both) {
      // say what the graph does hold for the metric instead of guessing the asked one
      const other = await exec(run, 'target-figures', { metrics, year: null, status: null, jurisdiction });
      if (!other.rows.length) return null;
      // the other years are named, their figures are not: a figure of another year is not the answer
      const held = [
        ...new Set(
          other.rows.map((r) => `${yearText(numOrNull(r.year))}${r.status === 'ACHIEVED' ? '完成数' : '目标'}`),
        ),
      ];
      // rows and citations are the records that exist (what the sentence says is there)
      return done(
        other,
        `没有找到${yearText(year)}${metrics.join('、')}的${status === 'ACHIEVED' ? '完成数' : '目标'}。图谱中该指标只有${held.join('、')}的记录（可以按这些年份提问），不用其他年份的数字代替。`,
        cite(other.rows, 'ev'),
      );
    }
    if (!q.rows.length) return null;
    if (both) {
      const planned = q.rows.filter((r) => r.status === 'PLANNED').map(targetLine);
      const achieved = q.rows.filter((r) => r.status === 'ACHIEVED').map(targetLine);
      const text = `${metrics.join('、')}——计划：${planned.length ? planned.join('；') : '图谱中没有计划目标'}。实际完成：${achieved.length ? achieved.join('；') : '图谱中没有完成数'}。`;
      return done(q, text, cite(q.rows, 'ev'));
    }
    return done(q, `${q.rows.map(targetLine).join('；')}。`, cite(q.rows, 'ev'));
  },
};
