/**
 * LIAISES — 联系: the units a leader keeps in contact with (王建国联系哪些单位), or the leaders who
 * keep in contact with a unit. Classified in src/ask/intent.ts. Slot: the person, else the unit.
 * Queries: liaisons-of-person, liaison-for-org.
 */
import { list, cite, done, exec, notRecorded } from './answer.js';
import { need } from '../rows.js';
import type { FamilyModule } from './types.js';

export const liaises: FamilyModule = {
  async run(intent, run) {
    if (intent.person) {
      const q = await exec(run, 'liaisons-of-person', { personId: intent.person.id });
      if (!q.rows.length) return null;
      return done(
        q,
        `${intent.person.name}联系的单位（${new Set(q.rows.map((r) => r.organization)).size}个）：${list(q.rows.map((r) => r.organization))}。`,
        cite(q.rows, 'ev'),
      );
    }
    const org = need(intent.org, 'org');
    const q = await exec(run, 'liaison-for-org', { orgId: org.id });
    if (!q.rows.length) return null;
    return done(q, `负责联系${org.name}的领导：${list(q.rows.map((r) => r.person))}。`, cite(q.rows, 'ev'));
  },
  noRecord: (intent) =>
    notRecorded(
      intent,
      (who) => (intent.person ? `${who}联系的单位` : `负责联系${who}的领导`),
      intent.person ? 'liaisons-of-person' : 'liaison-for-org',
    ),
};
