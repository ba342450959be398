/**
 * Leading groups, command posts and working groups (领导小组 / 指挥部 / 工作组):
 * - 成立X领导小组 followed by a roster (组长:/副组长:/成员: then "name  post" lines; the role carries
 *   down until the next label) → MEMBER_OF {role} and HOLDS {title: post}
 * - 办公室设在Y → OFFICE_OF Y→group; 办公室主任由<post><name>兼任 → MEMBER_OF {role: 办公室主任}
 * - 成员单位由A、B…组成 → MEMBER_OF {role: 成员单位} org→group
 * - (n)X组。由A牵头,B、C…组成 → a working group with its lead and member units
 */
import { compact } from '../text/spans.js';
import { splitUnitList } from './mentions.js';
import { ActorBuilder, leadingName, postOrg, splitPost } from './actors-common.js';
import { iterLines, linesOf, type Line } from '../text/lines.js';

const GROUP_RE = /成立(?:了)?([\u4e00-\u9fa5]{2,40}?(?:领导小组|指挥部|工作组|工作专班|委员会))/g;
const ROLE_RE =
  /^(组\s*长|副\s*组\s*长|成\s*员|总\s*指\s*挥|副\s*总\s*指\s*挥|主\s*任|副\s*主\s*任|秘\s*书\s*长|委\s*员)\s*(?:[:：]|[\t|]+)[\s|]*/;

interface FoundGroup {
  id: string;
  start: number;
}

export function extractGroups(b: ActorBuilder): void {
  const text = b.doc.clean;
  const groups: FoundGroup[] = [];
  for (let m = GROUP_RE.exec(text); m; m = GROUP_RE.exec(text)) {
    let start = m.index + 2 + (m[0].startsWith('成立了') ? 1 : 0);
    // 成立以县长为组长的…领导小组: the name follows the description of its head
    const head = /^以.{1,20}?为(?:组长|总指挥|主任)的/.exec(m[1]);
    const name = head ? m[1].slice(head[0].length) : m[1];
    if (head) start += head[0].length;
    if (name.length < 4) continue;
    const id = b.group(name, { start, end: start + name.length });
    groups.push({ id, start });
    roster(b, id, start);
  }
  labelledRosters(b);
  const groupBefore = (pos: number): FoundGroup | null => {
    let best: FoundGroup | null = null;
    for (const g of groups) if (g.start <= pos) best = g;
    return best;
  };

  // offices
  // 办公室设在X · 办公室(以下简称…)设在X · 下设办公室，设在X · 办公室（设在X）
  for (const m of text.matchAll(/办公室(?:[(（][^()（）]*[)）])?[，,]?[(（]?设在([^，,。；;\s()（）]+)/g)) {
    const g = groupBefore(m.index);
    if (!g) continue;
    const at = m.index + m[0].length - m[1].length;
    const orgId = b.orgMention(m[1], { start: at, end: at + m[1].length });
    if (orgId) b.rel('OFFICE_OF', orgId, g.id, {}, [b.evidence(m.index, m.index + m[0].length)]);
  }
  for (const m of text.matchAll(/办公室主任由([^，,。；;]+?)(?:兼任|担任)/g)) {
    const g = groupBefore(m.index);
    if (!g) continue;
    const who = /^(.+?(?:长|主任|书记|经理|委员))([\u4e00-\u9fa5]{2,4})$/.exec(m[1]);
    if (!who || !splitPost(who[1])) continue;
    const nameStart = m.index + 5 + who[1].length;
    const person = b.person(who[2], { start: nameStart, end: nameStart + who[2].length });
    const ev = b.evidence(m.index, m.index + m[0].length);
    b.rel('MEMBER_OF', person, g.id, { role: '办公室主任' }, [ev]);
    const org = postOrg(b, who[1]);
    if (org)
      b.rel(
        'HOLDS',
        person,
        b.org(org, { start: m.index + 5, end: nameStart }),
        { title: who[1], asOf: b.doc.props.issuedOn },
        [ev],
      );
  }
  // member units
  for (const m of text.matchAll(/成员单位(?:由|为|包括)[:：]?([^。]+?)组成|成员单位[:：]([^。\n]+)/g)) {
    const g = groupBefore(m.index);
    if (!g) continue;
    const list = m[1] ?? m[2];
    const at = m.index + m[0].indexOf(list);
    const ev = b.evidence(m.index, m.index + m[0].length);
    for (const u of b.resolver.resolveUnits(splitUnitList(list, at))) {
      if (u.org.kind === 'COLLECTIVE') continue;
      b.rel('MEMBER_OF', b.org(u.org, u.item, u.item.text), g.id, { role: '成员单位' }, [ev]);
    }
  }
  // working groups: (1)综合协调组。由旗生态环境局牵头,旗公安局、旗卫健委等相关单位组成。
  for (const m of text.matchAll(
    /(?:^|\n)[ \t]*(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．])?[ \t]*([\u4e00-\u9fa5]{2,12}组)[。.．:：][ \t]*由([^。\n]+?)牵头([^。\n]*)/g,
  )) {
    const nameAt = m.index + m[0].indexOf(m[1]);
    const gid = b.group(m[1], { start: nameAt, end: nameAt + m[1].length });
    const ev = b.evidence(nameAt, m.index + m[0].length);
    const leadAt = m.index + m[0].indexOf('由' + m[2]) + 1;
    for (const u of b.resolver.resolveUnits(splitUnitList(m[2], leadAt))) {
      b.rel('MEMBER_OF', b.org(u.org, u.item, u.item.text), gid, { role: '牵头单位' }, [ev]);
    }
    const rest = /^[,，、]?(.+?)(?:组成|参与|参加|配合)$/.exec(m[3]);
    if (rest) {
      const restAt = m.index + m[0].length - m[3].length + m[3].indexOf(rest[1]);
      for (const u of b.resolver.resolveUnits(splitUnitList(rest[1], restAt))) {
        if (u.org.kind === 'COLLECTIVE') continue;
        b.rel('MEMBER_OF', b.org(u.org, u.item, u.item.text), gid, { role: '成员单位' }, [ev]);
      }
    }
  }
}

const BOARD_HEADING = /^([\u4e00-\u9fa5]{0,20}(?:编辑委员会|编委会|编辑部|委员会|领导小组))$/;
const BOARD_ROW = /^(主任|副主任|委员|主编|副主编|执行主编|组长|副组长|成员|秘书长|顾问)\s*[:：]\s*(.+)$/;

/**
 * A heading line naming a body, then "role:name name…" rows (a publication's 编辑委员会):
 * members with their roles, no posts. Generic headings (编辑委员会) take the document's own name.
 */
function labelledRosters(b: ActorBuilder): void {
  const lines = linesOf(b.doc.clean);
  for (let i = 0; i < lines.length; i++) {
    const h = BOARD_HEADING.exec(lines[i].text.trim());
    if (!h) continue;
    const rows: Array<{ role: string; names: Array<{ name: string; start: number; end: number }>; line: Line }> = [];
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j].text.trim();
      if (!t) continue;
      const r = BOARD_ROW.exec(t);
      if (!r) break;
      const names: Array<{ name: string; start: number; end: number }> = [];
      const at = lines[j].start + lines[j].text.indexOf(t) + t.length - r[2].length;
      for (const m of r[2].matchAll(/[^\s、,，]+/g)) {
        if (/^[\u4e00-\u9fa5]{2,5}$/.test(m[0]))
          names.push({ name: m[0], start: at + m.index, end: at + m.index + m[0].length });
      }
      if (!names.length) break;
      rows.push({ role: r[1], names, line: lines[j] });
    }
    if (!rows.length) continue;
    const heading = h[1];
    const owner = b.doc.props.title.replace(/[（(].*$/, '');
    const name = /^(编辑委员会|编委会|编辑部)$/.test(heading) && owner.length <= 30 ? owner + heading : heading;
    const gid = b.group(name, { start: lines[i].start, end: lines[i].end });
    for (const row of rows) {
      const ev = b.evidence(row.line.start, row.line.end);
      for (const n of row.names) b.rel('MEMBER_OF', b.person(n.name, n), gid, { role: row.role }, [ev]);
    }
  }
}

/** A speaker's byline: 伊金霍洛旗人民政府代旗长 乔小军 → HOLDS {title: 代旗长}. */
export function extractBylines(b: ActorBuilder): void {
  for (const line of linesOf(b.doc.clean)) {
    const m =
      /^(\s*)([\u4e00-\u9fa5]{2,20}?(?:人民政府|政府))(代?副?(?:旗|县|区|市|省|州|盟)长|主席)[ \u3000]+([\u4e00-\u9fa5](?:[ \u3000]?[\u4e00-\u9fa5]){1,3})\s*$/.exec(
        line.text,
      );
    if (!m) continue;
    const orgAt = line.start + m[1].length;
    const org = b.resolver.resolve(m[2]);
    if (!org) continue;
    const nameAt = line.start + line.text.lastIndexOf(m[4]);
    const person = b.person(m[4], { start: nameAt, end: nameAt + m[4].length });
    const orgId = b.org(org, { start: orgAt, end: orgAt + m[2].length }, m[2]);
    b.rel('HOLDS', person, orgId, { title: m[3], asOf: b.doc.props.issuedOn }, [b.evidence(line.start, line.end)]);
  }
}

/** The roster printed under a group's founding sentence. */
function roster(b: ActorBuilder, groupId: string, from: number): void {
  const text = b.doc.clean;
  const lineEnd = text.indexOf('\n', from);
  if (lineEnd < 0) return;
  let role: string | null = null;
  let rows = 0;
  for (const line of iterLines(text, lineEnd + 1)) {
    const t = line.text.trim();
    if (!t) continue;
    const row = parseRosterLine(line);
    if (!row && unitRow(b, groupId, line, role)) {
      rows++;
      continue;
    }
    if (!row) {
      if (rows > 0 || role !== null) break;
      // the founding sentence may run on for a line before the roster starts
      if (/[。]$/.test(t) || t.length > 60) break;
      continue;
    }
    if (row.role) role = row.role;
    if (!role) break;
    rows++;
    const ev = b.evidence(line.start, line.end);
    const person = b.person(row.name, row.nameSpan);
    b.rel('MEMBER_OF', person, groupId, { role }, [ev]);
    for (const title of row.post.split('、')) {
      const org = postOrg(b, title);
      if (!org) continue;
      const orgId = b.org(org, row.postSpan);
      b.rel('HOLDS', person, orgId, { title, asOf: b.doc.props.issuedOn }, [ev]);
    }
  }
}

/** 成员：县发改局、县财政局…: a roster row of units, when every item is an organisation. */
function unitRow(b: ActorBuilder, groupId: string, line: Line, carried: string | null): boolean {
  const lead = /^[\s\-—•·|]*/.exec(line.text)?.[0].length ?? 0;
  const r = ROLE_RE.exec(line.text.slice(lead));
  if (!r && !carried) return false;
  const at = line.start + lead + (r ? r[0].length : 0);
  const list = b.doc.clean.slice(at, line.end).replace(/[。；;|\s]+$/, '');
  const units = b.resolver.resolveUnits(splitUnitList(list, at));
  if (units.length < 2 || units.length !== splitUnitList(list, at).length) return false;
  const ev = b.evidence(line.start, line.end);
  for (const u of units) b.rel('MEMBER_OF', b.org(u.org, u.item, u.item.text), groupId, { role: '成员单位' }, [ev]);
  return true;
}

function parseRosterLine(line: Line): {
  role: string | null;
  name: string;
  nameSpan: { start: number; end: number };
  post: string;
  postSpan: { start: number; end: number };
} | null {
  const lead = /^[\s\-—•·|]*/.exec(line.text)?.[0].length ?? 0;
  let rest = line.text.slice(lead);
  let off = lead;
  let role: string | null = null;
  const r = ROLE_RE.exec(rest);
  if (r) {
    role = r[1].replace(/\s+/g, '');
    rest = rest.slice(r[0].length);
    off += r[0].length;
  }
  // 王刚（县委副书记、县长）
  const br = /^([\u4e00-\u9fa5](?:[ \u3000]?[\u4e00-\u9fa5]){1,3})[(（]([^()（）]+)[)）][\s|；;。]*$/.exec(rest);
  if (br && br[2].split('、').every((p) => splitPost(p))) {
    const nameStart = line.start + off;
    const postStart = nameStart + br[1].length + 1;
    return {
      role,
      name: compact(br[1]),
      nameSpan: { start: nameStart, end: nameStart + br[1].length },
      post: br[2].replace(/\s+/g, ''),
      postSpan: { start: postStart, end: postStart + br[2].length },
    };
  }
  const n = leadingName(rest);
  if (!n) return null;
  const post = n.rest.replace(/[\s|]+$/, '');
  if (!post || /[。；;，,:：]/.test(post) || !post.split('、').every((p) => splitPost(p))) return null;
  const nameStart = line.start + off;
  const postStart = line.start + off + n.restStart;
  return {
    role,
    name: n.name,
    nameSpan: { start: nameStart, end: nameStart + n.nameEnd },
    post: post.replace(/\s+/g, ''),
    postSpan: { start: postStart, end: postStart + post.length },
  };
}
