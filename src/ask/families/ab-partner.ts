/**
 * AB_PARTNER — who stands in for a leader (AB角): 王建国的AB角是谁, 他出差时谁替他. Classified in
 * src/ask/intent.ts (and the everyday rule standIn of src/ask/families/index.ts). Slot: the
 * person. Query: backups-of-person.
 */
import { list, cite, done, exec, notRecorded } from './answer.js';
import { need } from '../rows.js';
import { type FamilyModule, PERSON_SLOT } from './types.js';

export const abPartner: FamilyModule = {
  tool: {
    name: 'ab_partner',
    description: 'Who stands in for a leader (AB角) when they are away.',
    slots: { person: PERSON_SLOT },
    required: ['person'],
  },
  async run(intent, run) {
    const p = need(intent.person, 'person');
    const q = await exec(run, 'backups-of-person', { personId: p.id });
    if (!q.rows.length) return null;
    return done(q, `与${p.name}互为AB角的领导：${list(q.rows.map((r) => r.person))}。`, cite(q.rows, 'ev'));
  },
  noRecord: (intent) => notRecorded(intent, (who) => `${who}的AB角`, 'backups-of-person'),
};
