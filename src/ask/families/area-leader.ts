/**
 * AREA_LEADER — which leader covers an area of work: 交通那块谁分管. Classified in
 * src/ask/intent.ts. Slot: the area (a word of a leader's 分工). Query: area-leaders.
 */
import { list, cite, done, exec } from './answer.js';
import { listOf, need } from '../rows.js';
import type { FamilyModule } from './types.js';

export const areaLeader: FamilyModule = {
  async run(intent, run) {
    const a = need(intent.area, 'area');
    const q = await exec(run, 'area-leaders', { area: a.name });
    if (!q.rows.length) return null;
    const people = q.rows.map((r) => `${r.person}${list(listOf(r.titles)) ? `（${list(listOf(r.titles))}）` : ''}`);
    return done(q, `负责${a.name}方面工作的领导：${people.join('、')}。`, cite(q.rows, 'ev'));
  },
};
