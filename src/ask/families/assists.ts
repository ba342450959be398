/**
 * ASSISTS — 协助: who assists a leader, and whom the leader assists. Classified in
 * src/ask/intent.ts. Slot: the person. Query: assists (both directions, by `direction`).
 */
import { list, cite, done, exec, notRecorded } from './answer.js';
import { need } from '../rows.js';
import type { FamilyModule } from './types.js';

export const assists: FamilyModule = {
  async run(intent, run) {
    const p = need(intent.person, 'person');
    const q = await exec(run, 'assists', { personId: p.id });
    if (!q.rows.length) return null;
    const helpers = q.rows.filter((r) => r.direction === 'ASSISTS_ASKED').map((r) => r.person);
    const helped = q.rows.filter((r) => r.direction === 'ASKED_ASSISTS').map((r) => r.person);
    const parts = [
      helpers.length ? `协助${p.name}工作的是：${list(helpers)}` : '',
      helped.length ? `${p.name}协助${list(helped)}工作` : '',
    ].filter(Boolean);
    return done(q, `${parts.join('；')}。`, cite(q.rows, 'ev'));
  },
  noRecord: (intent) => notRecorded(intent, (who) => `与${who}有关的协助关系`, 'assists'),
};
