/**
 * CONTACTS — telephone numbers: 住建局的联系电话, 出了事该打什么电话. Classified in src/ask/intent.ts.
 * Slot: the unit (optional: every number otherwise). Query: contacts.
 */
import { cite, done, exec, notRecorded } from './answer.js';
import { type FamilyModule, UNIT_SLOT } from './types.js';

export const contacts: FamilyModule = {
  tool: {
    name: 'unit_contacts',
    description: 'Telephone numbers of a unit.',
    slots: { unit: UNIT_SLOT },
    required: ['unit'],
  },
  async run(intent, run) {
    const q = await exec(run, 'contacts', { orgId: intent.org?.id ?? null });
    if (!q.rows.length) return null;
    const lines = q.rows.map(
      (r) => `${r.organization ?? '（未注明单位）'}：${r.phone}${r.purpose ? `（${r.purpose}）` : ''}`,
    );
    return done(q, `联系电话：${lines.join('；')}。`, cite(q.rows, 'ev'));
  },
  noRecord: (intent) => notRecorded(intent, (who) => `${who}的联系电话`, 'contacts'),
};
