/**
 * TARGET_OUTCOMES (去年的目标完成了吗) and INDICATOR_COMPARE (GDP增长目标各县对比): classified and
 * answered by src/ask/indicators.ts, from the indicator each target measures and its derived
 * outcome. Queries: target-outcomes, indicator-figures, report-year.
 */
import { answerIndicatorQuestion } from '../indicators.js';
import { cleanRows, dedupe } from './answer.js';
import type { FamilyModule } from './types.js';

export const indicatorQuestions: FamilyModule = {
  async run(intent, run) {
    const r = await answerIndicatorQuestion(intent, run);
    return r ? { ...r, rows: cleanRows(r.rows), citations: dedupe(r.citations) } : null;
  },
  // nothing found: a family of intent.ts's chain may still answer the question
  nextReading: (intent, reclassify) => {
    const alt = reclassify();
    return alt && alt.family !== intent.family ? alt : null;
  },
};
