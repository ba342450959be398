/**
 * GROUP_INFO — a leading group's (领导小组, 指挥部) members and office: 某领导小组组长是谁, 办公室设在哪.
 * Classified in src/ask/intent.ts. Slots: the group; whether the office is asked. Query: group-info.
 */
import { dedupe, done, exec, list, notRecorded } from './answer.js';
import { evidenceFromLists } from '../../store/evidence.js';
import { need, rowsOf } from '../rows.js';
import type { FamilyModule } from './types.js';

const GROUP_ROLE_ZH: Record<string, string> = {
  LEADER: '组长',
  HEAD: '组长',
  DEPUTY_LEADER: '副组长',
  DEPUTY: '副组长',
  MEMBER: '成员',
  COMMANDER: '总指挥',
  DEPUTY_COMMANDER: '副总指挥',
  OFFICE_DIRECTOR: '办公室主任',
};

export const groupInfo: FamilyModule = {
  async run(intent, run) {
    const g = need(intent.group, 'group');
    const q = await exec(run, 'group-info', { groupId: g.id });
    const r = q.rows[0];
    if (!r) return null;
    const members = rowsOf(r.members);
    const office = rowsOf(r.office);
    if (!members.length && !office.length) return null;
    const byRole = new Map<string, string[]>();
    for (const m of members) {
      const role = GROUP_ROLE_ZH[String(m.role)] ?? String(m.role ?? '成员');
      byRole.set(role, [...(byRole.get(role) ?? []), `${m.name}${m.title ? `（${m.title}）` : ''}`]);
    }
    // long member lists are cut: the question is usually about the leaders or the office
    const parts = [...byRole].map(
      ([role, names]) =>
        `${role}：${names.slice(0, 12).join('、')}${names.length > 12 ? `等${names.length}人/单位` : ''}`,
    );
    const officePart = office.length ? `办公室设在${list(office.map((o) => o.name))}` : '';
    if (officePart) {
      if (intent.asksOffice) parts.unshift(officePart);
      else parts.push(officePart);
    }
    const evs = [...members.map((m) => m.ev), ...office.map((o) => o.ev), r.ev];
    return done(q, `${g.name}——${parts.join('；')}。`, dedupe(evs.flatMap(evidenceFromLists)));
  },
  noRecord: (intent) => notRecorded(intent, (who) => `${who}的组成人员或办公室`, 'group-info'),
};
