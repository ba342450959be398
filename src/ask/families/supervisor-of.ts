/**
 * SUPERVISOR_OF — who supervises (分管) a unit: 住建局归谁管, 住建局和自然资源局分别由谁分管.
 * Classified in src/ask/intent.ts. Slots: the unit, or every unit named. Query: supervisors-of-org
 * (a unit without a leader of its own answers through the unit it belongs to, said so).
 */
import { list, cite, done, exec, notRecorded } from './answer.js';
import { listOf, need } from '../rows.js';
import { type FamilyModule, UNIT_SLOT } from './types.js';

export const supervisorOf: FamilyModule = {
  tool: {
    name: 'supervisor_of',
    description: 'Which leader supervises (分管) a unit.',
    slots: { unit: UNIT_SLOT },
    required: ['unit'],
  },
  async run(intent, run) {
    const orgs = intent.orgs?.length ? intent.orgs : [need(intent.org, 'org')];
    const rows: Record<string, unknown>[] = [];
    const parts: string[] = [];
    let text = '';
    for (const org of orgs) {
      const q = await exec(run, 'supervisors-of-org', { orgId: org.id });
      text = q.text;
      if (!q.rows.length) {
        if (orgs.length > 1) parts.push(`${org.name}：图谱中没有分管领导的记录`);
        continue;
      }
      rows.push(...q.rows);
      const via = q.rows.filter((r) => r.organization !== org.name).map((r) => r.organization);
      const people = q.rows.map((r) => {
        const titles = list(listOf(r.titles));
        return `${r.person}${titles ? `（${titles}）` : ''}${r.scope ? `〔${r.scope}〕` : ''}`;
      });
      const viaText = via.length ? `（通过所属的${list(via)}）` : '';
      parts.push(`${org.name}的分管领导${viaText}：${list(people)}`);
    }
    if (!rows.length) return null;
    return done({ text, rows }, `${parts.join('；')}。`, cite(rows, 'ev'));
  },
  noRecord: (intent) => notRecorded(intent, (who) => `${who}的分管领导`, 'supervisors-of-org'),
};
