/**
 * The targets a unit is responsible for (TARGETS_OF_ORG: 住建局今年有哪些目标任务), or the units a
 * leader supervises (TARGETS_OF_LEADER: 王建国分管的单位今年要完成什么指标). Classified in
 * src/ask/intent.ts. Slots: the unit or the person, the year. Queries: targets-of-org,
 * targets-of-leader. A year the graph does not hold is named with the years it does.
 */
import { BASIS_ZH, cite, done, exec, figure, notRecorded, ROLE_ZH, yearText, yearsHeld } from './answer.js';
import { need } from '../rows.js';
import type { Intent } from '../intent.js';
import { type FamilyModule, type Run, UNIT_SLOT, YEAR_SLOT } from './types.js';

async function targetsOf(intent: Intent, run: Run) {
  const isOrg = intent.family === 'TARGETS_OF_ORG';
  const who = isOrg ? need(intent.org, 'org') : need(intent.person, 'person');
  const name = isOrg ? 'targets-of-org' : 'targets-of-leader';
  const params = isOrg
    ? { orgId: who.id, year: intent.year, status: null }
    : { personId: who.id, year: intent.year, status: null };
  const q = await exec(run, name, params);
  if (!q.rows.length && intent.year != null) {
    // nothing for the asked year: name the years the graph holds, not their figures (a figure of
    // another year is not the answer, and a question about an unloaded year gets no number)
    const other = await exec(run, name, { ...params, year: null });
    if (other.rows.length) {
      return done(
        other,
        `没有找到${who.name}${isOrg ? '' : '分管单位'}${yearText(intent.year)}负责的目标。图谱中${isOrg ? '它' : '这些单位'}负责的目标只有${yearsHeld(other.rows)}的（可以按这些年份提问）。`,
        cite(other.rows, 'ev', 'tev'),
      );
    }
  }
  if (!q.rows.length) return null;
  const byTarget = new Map<string, Record<string, unknown>>();
  for (const r of q.rows) if (!byTarget.has(String(r.targetId))) byTarget.set(String(r.targetId), r);
  const lines = [...byTarget.values()].slice(0, 30).map((r, i) => {
    const role = ROLE_ZH[String(r.role)] ?? String(r.role ?? '');
    const unit = isOrg ? (r.organization !== who.name ? `，${r.organization}` : '') : `，${r.organization}`;
    return `${i + 1}. ${r.metric ?? ''}${figure(r) ? ` ${figure(r)}` : ''}（${role}${unit}${r.basis ? `，${BASIS_ZH[String(r.basis)] ?? r.basis}` : ''}）`;
  });
  const shownYear = yearText(intent.year);
  const intro = isOrg ? `${who.name}${shownYear}负责的目标` : `${who.name}分管单位${shownYear}负责的目标`;
  return done(
    q,
    `${intro}共${byTarget.size}项：${lines.join('；')}${byTarget.size > 30 ? '……' : ''}。`,
    cite(q.rows, 'ev', 'tev'),
  );
}

export const targetsOfOrg: FamilyModule = {
  tool: {
    name: 'targets_of_unit',
    description: 'The targets a unit is responsible for.',
    slots: { unit: UNIT_SLOT, year: YEAR_SLOT },
    required: ['unit'],
  },
  statesFigures: true,
  unitIsScope: true,
  run: targetsOf,
  noRecord: (intent) => notRecorded(intent, (who, y) => `${who}${y}负责的目标`, 'targets-of-org'),
};

export const targetsOfLeader: FamilyModule = {
  statesFigures: true,
  run: targetsOf,
  noRecord: (intent) => notRecorded(intent, (who, y) => `${who}分管单位${y}负责的目标`, 'targets-of-leader'),
};
