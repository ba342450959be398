/**
 * Unit lists as extract splits them (src/extract/mentions.ts), resolved: each item to its
 * organisation, a written jurisdiction prefix carried to the items that elide it.
 */
import type { ResolvedUnit, UnitItem } from '../extract/mentions.js';
import { NOT_A_PREFIX, type OrgResolver } from './orgs.js';

/** What resolving a list needs of an organisation resolver. */
type Resolves = Pick<OrgResolver, 'jurisdiction' | 'resolve'>;

/**
 * Resolve a list, carrying a written prefix to the items that elide it: in 市发改委、财政局 the 财政局
 * is the 市's. A bare item of a local list is local anyway; sub-units take their parent's prefix.
 */
export function resolveUnitList(items: UnitItem[], resolver: Resolves): ResolvedUnit[] {
  const out: ResolvedUnit[] = [];
  let carried = '';
  for (const item of items) {
    const own = writtenPrefix(item.text, resolver);
    if (own !== null) carried = own;
    // company names are complete legal names; towns and 各… collectives take no prefix
    const takesPrefix =
      own === null && carried && !/^各|(公司|集团)$|(镇|乡|苏木|街道)(人民政府|政府)?$/.test(item.text);
    const mention = takesPrefix ? carried + item.text : item.text;
    const org = resolver.resolve(mention) ?? (mention !== item.text ? resolver.resolve(item.text) : null);
    if (!org) continue;
    const prefix = own ?? carried;
    const subUnits = item.subUnits
      .map((s) => {
        const sub =
          (prefix && writtenPrefix(s.text, resolver) === null ? resolver.resolve(prefix + s.text) : null) ??
          resolver.resolve(s.text);
        return sub ? { span: { start: s.start, end: s.end }, text: s.text, org: sub } : null;
      })
      .filter((x): x is NonNullable<typeof x> => x !== null);
    out.push({ item, org, subUnits });
  }
  return out;
}

/** The jurisdiction prefix written at the start of a unit name, '' for none known, null if absent. */
function writtenPrefix(text: string, resolver: Resolves): string | null {
  const J = resolver.jurisdiction;
  const candidates = [...J.names, ...J.higherLevels, J.level].filter((x): x is string => !!x);
  for (const p of candidates) {
    // 市场监督管理局 starts with 市 but 市 is not a prefix there
    if (text.startsWith(p) && text.length > p.length && !NOT_A_PREFIX.test(text)) {
      return J.names.includes(p) && J.level ? J.level : p;
    }
  }
  const place = /^([\u4e00-\u9fa5]{2,8}?(?:自治区|自治州|省|市|盟))/.exec(text);
  if (place && !/公司$/.test(text)) return place[1];
  return null;
}
