/**
 * IMPLEMENTS — which policy task a work report's commitment is carried out by: 口袋公园5处对应方案里的
 * 哪项任务. Classified in src/ask/intent.ts (and the everyday rule implementsLink). Slots: the
 * topic, the documents named. Query: implements, with the whole topic first, then shorter readings.
 */
import { candidateTerms, cite, done, exec } from './answer.js';
import type { FamilyModule } from './types.js';

export const implementsLink: FamilyModule = {
  async run(intent, run) {
    const terms = intent.term ? candidateTerms(intent.term) : [null];
    for (const term of terms) {
      const docIds = intent.docs?.length ? intent.docs.map((d) => d.id) : null;
      const q = await exec(run, 'implements', { term, docIds });
      if (!q.rows.length) continue;
      const lines = q.rows
        .slice(0, 10)
        .map(
          (r) =>
            `报告承诺“${r.commitment}”→ 政策任务“${r.policyTask}”${r.policyDocument ? `（${r.policyDocument}）` : ''}${r.score != null ? `，相似度${Number(r.score).toFixed(2)}` : ''}`,
        );
      return done(q, `${lines.join('；')}。`, cite(q.rows, 'ev'));
    }
    return null;
  },
};
