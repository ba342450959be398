/**
 * SUPERVISED_BY — the units a leader supervises (分管): 王建国分管哪些单位, 王建国和张明分别分管哪些单位,
 * 某副县长分管教育局吗 (a yes/no, answered from the same rows). Classified in src/ask/intent.ts.
 * Slots: the person (or every person named), the unit of a yes/no. Query: orgs-supervised-by.
 */
import { list, cite, done, exec, notRecorded } from './answer.js';
import { need } from '../rows.js';
import { type FamilyModule, PERSON_SLOT } from './types.js';

export const supervisedBy: FamilyModule = {
  tool: {
    name: 'units_supervised_by',
    description: 'Which units a leader supervises (分管).',
    slots: { person: PERSON_SLOT },
    required: ['person'],
  },
  async run(intent, run) {
    // 王建国和张明分别分管哪些单位: one part per person named
    const people =
      !intent.org && intent.persons && intent.persons.length > 1 ? intent.persons : [need(intent.person, 'person')];
    const rows: Record<string, unknown>[] = [];
    const parts: string[] = [];
    let text = '';
    for (const p of people) {
      const q = await exec(run, 'orgs-supervised-by', { personId: p.id });
      text = q.text;
      if (!q.rows.length) {
        if (people.length > 1) parts.push(`${p.name}：图谱中没有分管单位的记录`);
        continue;
      }
      rows.push(...q.rows);
      const names = q.rows.map((r) => `${r.organization}${r.scope ? `（${r.scope}）` : ''}`);
      let verdict = '';
      if (intent.org) {
        // a yes/no question: say which, from the same rows
        const o = intent.org;
        const yes = q.rows.some((r) => r.organization === o.name);
        const others = yes ? [] : (await exec(run, 'supervisors-of-org', { orgId: o.id })).rows.map((r) => r.person);
        verdict = yes
          ? `是，${p.name}分管${o.name}。`
          : `否，图谱中${p.name}不分管${o.name}${others.length ? `（${o.name}的分管领导是${list(others)}）` : ''}。`;
      }
      parts.push(`${verdict}${p.name}分管${new Set(names).size}个单位：${list(names)}`);
    }
    if (!rows.length) return null;
    return done({ text, rows }, `${parts.join('；\n')}。`, cite(rows, 'ev'));
  },
  noRecord: (intent) => notRecorded(intent, (who) => `${who}分管的单位`, 'orgs-supervised-by'),
};
