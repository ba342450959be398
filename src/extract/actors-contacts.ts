/**
 * Contact tables: a header row naming the unit column (部门名称/单位名称/单位) and the phone column
 * (电话/联系方式/联系电话), then rows "[序号] unit phone". The table's title (the nearest line above
 * the header) is the contacts' purpose.
 */
import type { ActorBuilder } from './actors-common.js';
import { linesOf } from '../text/lines.js';

const HEADER = /(部门|单位|机构)(名称)?.*(电话|联系方式)/;
const PHONE = '(?:\\(0\\d{2,3}\\)|0\\d{2,3}-?)?\\d{7,8}|1[3-9]\\d{9}';
const ROW = new RegExp(
  `^[\\s|\\-]*(?:\\d{1,3}[\\s|.、]+)?([^\\t|\\d][^\\t|]*?)[\\s|]+((?:${PHONE})(?:\\s*[、,，/]\\s*(?:${PHONE}))*)[\\s|]*$`,
);

export function extractContacts(b: ActorBuilder): void {
  const lines = linesOf(b.doc.clean);
  for (let i = 0; i < lines.length; i++) {
    if (!HEADER.test(lines[i].text) || lines[i].text.length > 60) continue;
    let title: string | null = null;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const t = lines[k].text.trim();
      if (t) {
        title = t.length <= 40 && !/[。；]/.test(t) ? t : null;
        break;
      }
    }
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j];
      if (!line.text.trim()) continue;
      const m = ROW.exec(line.text);
      if (!m) break;
      const unit = m[1].trim();
      const unitAt = line.start + line.text.indexOf(unit);
      const orgId = b.orgMention(unit, { start: unitAt, end: unitAt + unit.length });
      const contact = b.contact(m[2], title, orgId, { start: line.start, end: line.end });
      if (orgId) b.rel('HAS_CONTACT', orgId, contact, { purpose: title }, [b.evidence(line.start, line.end)]);
    }
  }
}
