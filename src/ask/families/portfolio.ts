/**
 * PORTFOLIO — what a leader does: the areas of work (分工) and whom they assist (协助):
 * 王建国负责哪些方面, 王建国是干什么的, a bare name. Classified in src/ask/intent.ts (and the
 * everyday rule personRole). Slot: the person. Queries: portfolio, assists. A leader with titles
 * only is answered by PERSON_APPOINTMENTS (their posts, with the appointments).
 */
import { list, cite, done, exec, MAX_CITATIONS, notRecorded } from './answer.js';
import { listOf, need, stringsOf } from '../rows.js';
import { type FamilyModule, PERSON_SLOT } from './types.js';

export const portfolio: FamilyModule = {
  tool: {
    name: 'leader_portfolio',
    description: 'The areas of work (分工) of a leader, and whom they assist (协助).',
    slots: { person: PERSON_SLOT },
    required: ['person'],
  },
  async run(intent, run) {
    const p = need(intent.person, 'person');
    const q = await exec(run, 'portfolio', { personId: p.id });
    const r = q.rows[0];
    const areas = stringsOf(r?.portfolio);
    const titles = list(listOf(r?.titles));
    // 协助: whom the person assists and who assists them belong to what they do
    const a = await exec(run, 'assists', { personId: p.id });
    const helps = a.rows.filter((x) => x.direction === 'ASKED_ASSISTS').map((x) => x.person);
    const helpedBy = a.rows.filter((x) => x.direction === 'ASSISTS_ASKED').map((x) => x.person);
    // titles alone are a person's posts: PERSON_APPOINTMENTS says those, with the appointments
    if (!r || (!areas.length && !helps.length && !helpedBy.length)) return null;
    const assistText = [
      helps.length ? `协助${list(helps)}工作` : '',
      helpedBy.length ? `由${list(helpedBy)}协助工作` : '',
    ]
      .filter(Boolean)
      .join('，');
    const text = `${p.name}${titles ? `（${titles}）` : ''}${areas.length ? `负责${list(areas)}等方面工作` : ''}${assistText ? `${areas.length ? '；' : ''}${assistText}` : ''}。`;
    return done(
      { text: q.text, rows: [...q.rows, ...a.rows] },
      text,
      [...cite(q.rows, 'ev', 'hev'), ...cite(a.rows, 'ev')].slice(0, MAX_CITATIONS),
    );
  },
  // a leader without a portfolio has posts
  nextReading: (intent) => (intent.person ? { ...intent, family: 'PERSON_APPOINTMENTS', fallback: undefined } : null),
  noRecord: (intent) => notRecorded(intent, (who) => `${who}的分工`, 'portfolio'),
};
