/**
 * Canonical organisations within one jurisdiction.
 *
 * A mention is reduced to a bare name (prefix of this jurisdiction stripped), normalised through
 * the reviewed lexicon (卫健委 → 卫生健康委员会), and named canonically as level word + bare name
 * (旗卫生健康委员会). Mentions of higher-level units (市…, 自治区…, 鄂尔多斯市…) stay EXTERNAL and keep
 * their own prefix. Companies keep their legal names. Every mention that does not already equal its
 * canonical name is recorded with the rule that merged it (`merges()`), so the pipeline can log it.
 * Each rule is a tier record of seed/lexicon/org-resolver-rules.json (src/resolve/org-rules.ts), with
 * the reason text it logs and the mentions it must keep and reject.
 *
 * `learn()` feeds the resolver the names seen across the gazette before resolving, so abbreviations
 * that need the set of known names (阿镇 → the one known town starting with 阿) and company-name
 * variants (有限公司 / 有限责任公司) resolve the same way in every document.
 */
import type { ResolvedOrg } from '../extract/mentions.js';
import { makeId } from '../model/index.js';
import { jurisdictionInfo, type JurisdictionInfo } from './jurisdiction.js';
import { defaultLexicon, type OrgKind, type OrgLexicon } from './lexicon.js';
import { must } from '../errors.js';
import { BRANCH_SUFFIX, COMPANY_SUFFIX, NOT_A_PREFIX, because } from './org-rules.js';

export { NOT_A_PREFIX };

export interface MergeLog {
  mention: string;
  canonical: string;
  id: string;
  reason: string;
}

export interface OrgResolver {
  readonly jurisdiction: JurisdictionInfo;
  resolve(mention: string): ResolvedOrg | null;
  /** record a mention's name form (towns, companies) before resolving */
  learn(mention: string): void;
  /** every mention resolved so far whose text differs from its canonical name, sorted */
  merges(): MergeLog[];
}

const TOWN_RE = /^([\u4e00-\u9fa5]{1,8}?(?:镇|乡|苏木|街道))(人民政府|政府|办事处)?$/;
const PLACE_PREFIX = /^([\u4e00-\u9fa5]{2,8}?(?:特别行政区|自治区|自治州|省|市|盟))/;

function normalizeOrgMention(mention: string): string {
  return mention
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[“”"'‘’《》「」]/g, '')
    .replace(/^[-—·•、，,。:：;；]+|[、，,。:：;；]+$/g, '')
    .replace(/^中共/, '');
}

export function createOrgResolver(jurisdiction: string | null, lexicon: OrgLexicon = defaultLexicon): OrgResolver {
  const J = jurisdictionInfo(jurisdiction);
  const jur = J.full;
  // alias (bare) → lexicon entry; names and aliases alike, longest first for prefix scans
  const byAlias = new Map<string, { name: string; kind: OrgKind; aliases: string[] }>();
  for (const e of lexicon.organizations) {
    for (const a of [e.name, ...e.aliases]) if (!byAlias.has(a)) byAlias.set(a, e);
  }
  const aliasesLongestFirst = [...byAlias.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const kindRules = lexicon.kindRules.map((r) => ({ kind: r.kind, re: new RegExp(r.pattern) }));
  const towns = new Set<string>();
  /** stems of places written with their level (鄂尔多斯 of 鄂尔多斯市…): a name starting with one is not ours to prefix */
  const placeStems = new Set<string>();
  const companyForms = new Map<string, Map<string, number>>();
  const mergeLog = new Map<string, MergeLog>();
  const memo = new Map<string, ResolvedOrg | null>();

  const kindOf = (bare: string): OrgKind | null => {
    for (const r of kindRules) if (r.re.test(bare)) return r.kind;
    return null;
  };

  const idOf = (canonical: string) => makeId('Organization', jur ?? '', canonical);
  // party units are kept as 委宣传部 so 旗委宣传部 reads right; with no level word they are the 党委's
  const withLevel = (bare: string) => (J.level ? J.level + bare : bare.startsWith('委') ? '党' + bare : bare);

  function make(name: string, kind: OrgKind, reason: string, aliasList: string[], external = false): ResolvedOrg {
    const aliases = [...new Set(aliasList.filter((a) => a && a.length >= 2 && a !== name))].sort();
    return {
      id: idOf(name),
      name,
      aliases,
      kind: external && kind !== 'SOE' ? 'EXTERNAL' : kind,
      jurisdiction: jur,
      reason,
    };
  }

  function localAliases(bare: string, extra: string[] = []): string[] {
    const out = [bare, ...extra];
    for (const b of [bare, ...extra]) {
      if (J.level) out.push(J.level + b);
      for (const full of J.names) out.push(full + b);
    }
    return out;
  }

  function preferredCompanyForm(n: string): { name: string; forms: string[] } {
    const key = n.replace(COMPANY_SUFFIX, '');
    const forms = companyForms.get(key);
    if (!forms || forms.size === 0) return { name: n, forms: [n] };
    // the form written most often, then the longest (the fuller legal form), then code order
    const sorted = [...forms.entries()].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
    );
    return { name: sorted[0][0], forms: sorted.map(([f]) => f).concat(forms.has(n) ? [] : [n]) };
  }

  /** A bare name of this jurisdiction (prefix already removed). */
  function resolveLocal(bare: string, reason: string): ResolvedOrg | null {
    if (!bare) return null;
    const lex = byAlias.get(bare);
    if (lex) {
      const why =
        lex.name === bare ? reason : `${reason}; ${because('lexicon-alias', { alias: bare, name: lex.name })}`;
      return make(withLevel(lex.name), lex.kind, why, localAliases(lex.name, lex.aliases));
    }
    const town = TOWN_RE.exec(bare);
    if (town && !bare.startsWith('各')) {
      let name = town[1];
      let why = reason;
      // 阿镇: a one-character abbreviation of a town, resolved only when exactly one known town fits
      if (name.length === 2 && name.endsWith('镇')) {
        const fits = [...towns].filter((t) => t.length > 2 && t[0] === name[0] && t.endsWith('镇')).sort();
        if (fits.length === 1) {
          why = `${reason}; ${because('town-abbreviation', { abbreviation: name, town: fits[0], first: name[0] })}`;
          name = fits[0];
        }
      }
      const aliases = [name + '人民政府', name + '政府', ...J.names.flatMap((x) => [x + name, x + name + '人民政府'])];
      return make(name, 'TOWN', why, aliases);
    }
    // 公安局阿勒腾席热第一派出所: a unit inside a known department
    for (const d of aliasesLongestFirst) {
      if (d.length < 3 || !bare.startsWith(d) || bare.length - d.length < 3) continue;
      const entry = must(byAlias, d);
      if (entry.kind !== 'DEPARTMENT' && entry.kind !== 'CENTER') continue;
      if (entry.name === '人民政府') continue;
      const rest = bare.slice(d.length);
      const restKind = kindOf(rest);
      if (!restKind || restKind === 'COLLECTIVE') continue;
      const parent = resolveLocal(entry.name, reason);
      if (!parent) continue; // never: a lexicon unit resolves to itself
      const fullBare = entry.name + rest;
      const org = make(
        withLevel(fullBare),
        restKind,
        `${reason}; ${because('sub-unit', { parent: parent.name })}`,
        localAliases(fullBare, d === entry.name ? [] : [d + rest]),
      );
      org.parent = parent;
      return org;
    }
    const kind = kindOf(bare);
    if (!kind) return null;
    if (kind === 'COLLECTIVE') return make(bare, kind, reason, jur ? [jur + bare] : []);
    const stem = [...placeStems].find((p) => bare.startsWith(p) && bare.length > p.length + 1);
    if (stem) return make(bare, kind, `${reason}; ${because('place-name-kept', { place: stem })}`, []);
    return make(withLevel(bare), kind, reason, localAliases(bare));
  }

  function resolveExternal(n: string, prefix: string, rest: string, reason: string): ResolvedOrg | null {
    if (!rest) return null;
    const lex = byAlias.get(rest);
    const kind = lex?.kind ?? kindOf(rest);
    if (!kind || kind === 'COLLECTIVE') return null;
    const canonical = prefix + (lex ? lex.name : rest);
    const why =
      lex && lex.name !== rest ? `${reason}; ${because('lexicon-alias', { alias: rest, name: lex.name })}` : reason;
    return make(canonical, kind, why, [n, ...(lex ? [lex.name, ...lex.aliases].map((a) => prefix + a) : [])], true);
  }

  function core(n: string): ResolvedOrg | null {
    if (!n || n.length < 2) return null;
    if (/^各|^(其他|其它)?(相关|有关)(部门|单位)/.test(n)) {
      if (/^(其他|其它)/.test(n)) return null; // "other units": no one in particular
      const name = n.replace(/([镇乡])政府$/, '$1人民政府');
      const why = name === n ? because('collective') : `${because('collective')}; ${because('collective-government')}`;
      return make(name, 'COLLECTIVE', why, [n, ...(jur ? [jur + name] : [])]);
    }
    // Companies keep their registered names; branches of outside companies are EXTERNAL.
    if (/(分公司|支公司|经营部)$/.test(n) || (/^中国/.test(n) && /公司$/.test(n))) {
      return make(n, 'EXTERNAL', because('outside-enterprise-branch'), []);
    }
    // 供电公司 / 旗供电公司 / 伊金霍洛供电公司: a generic company name is this jurisdiction's one
    if (/(公司|集团)$/.test(n) && !/有限/.test(n) && !J.names.some((x) => n.startsWith(x)) && !PLACE_PREFIX.test(n)) {
      const bare =
        J.stem && n.startsWith(J.stem)
          ? n.slice(J.stem.length)
          : J.level && n.startsWith(J.level)
            ? n.slice(J.level.length)
            : n;
      if (bare.length >= 3 && ![...placeStems].some((p) => bare.startsWith(p))) {
        const name = withLevel(bare);
        return make(
          name,
          'SOE',
          name === n ? because('company') : because('company-without-registered-name', { mention: n, canonical: name }),
          localAliases(bare),
        );
      }
    }
    if (COMPANY_SUFFIX.test(n) || /(公司|集团)$/.test(n)) {
      const pref = preferredCompanyForm(n);
      const reason =
        pref.name === n
          ? because('company')
          : `${because('company')}; ${because('company-suffix-variant', { stem: n.replace(COMPANY_SUFFIX, '') })}`;
      return make(pref.name, 'SOE', reason, pref.forms);
    }
    // The lexicon knows the bare name as written (市场监督管理局 must not lose 市 to the prefix rule).
    if (byAlias.has(n)) return resolveLocal(n, because('bare-name'));
    // Explicitly local prefixes: full name, 中共-less full name, stem, level word.
    const stripped = (rest: string) =>
      J.names.some((x) => rest.includes(x)) || (J.stem && rest.includes(J.stem)) ? core(rest) : null;
    for (const full of J.names) {
      if (!n.startsWith(full)) continue;
      const r =
        stripped(n.slice(full.length)) ?? resolveLocal(n.slice(full.length), because('prefix', { prefix: full }));
      if (r) return r;
    }
    if (
      J.stem &&
      n.startsWith(J.stem) &&
      n.length > J.stem.length + 1 &&
      !(J.level && n.startsWith(J.stem + J.level))
    ) {
      const r =
        stripped(n.slice(J.stem.length)) ?? resolveLocal(n.slice(J.stem.length), because('prefix', { prefix: J.stem }));
      if (r) return r;
    }
    if (J.level && n.startsWith(J.level) && n.length > J.level.length && !NOT_A_PREFIX.test(n)) {
      const r =
        stripped(n.slice(J.level.length)) ??
        resolveLocal(n.slice(J.level.length), because('prefix', { prefix: J.level }));
      if (r) return r;
    }
    // The jurisdiction inside the name: 政协伊金霍洛旗委员会, 市生态环境局伊金霍洛旗分局.
    for (const inner of [...J.names, J.stem]) {
      if (!inner) continue;
      const at = n.indexOf(inner);
      if (at > 0) {
        const head = n.slice(0, at);
        const tail = n.slice(at + inner.length);
        if (BRANCH_SUFFIX.test(tail)) {
          // a higher-level bureau's branch here is this jurisdiction's office for that function
          const higher = J.higherLevels.find((w) => head.startsWith(w));
          const deptBare = higher ? head.slice(higher.length) : head;
          const lex = byAlias.get(deptBare);
          if (tail === '分局' && lex && lex.kind === 'DEPARTMENT') {
            const r = resolveLocal(lex.name, because('higher-level-branch-is-local', { mention: n, unit: lex.name }));
            if (r) return { ...r, aliases: [...new Set([...r.aliases, n])].sort() };
          }
          return make(n, kindOf(tail) ?? 'EXTERNAL', because('higher-level-branch'), [], true);
        }
        if (inner !== J.stem && /^(政协|共青团|中国共产党|中国人民政治协商会议)$/.test(head)) {
          const bare = (head === '中国人民政治协商会议' ? '政协' : head === '中国共产党' ? '' : head) + tail;
          const r = resolveLocal(bare, because('jurisdiction-inside-name'));
          if (r) return { ...r, aliases: [...new Set([...r.aliases, n])].sort() };
        }
      }
    }
    // Higher levels: 鄂尔多斯市生态环境局, 自治区农牧厅, 市交通运输综合行政执法支队…
    const place = PLACE_PREFIX.exec(n);
    if (place && !J.names.some((x) => n.startsWith(x))) {
      const r = resolveExternal(n, place[1], n.slice(place[1].length), because('other-jurisdiction'));
      if (r) return r;
    }
    for (const w of J.higherLevels) {
      if (n.startsWith(w) && n.length > w.length && !NOT_A_PREFIX.test(n)) {
        const r = resolveExternal(n, w, n.slice(w.length), because('higher-level-prefix', { prefix: w }));
        if (r) return r;
      }
    }
    return resolveLocal(n, J.level ? because('no-prefix-level', { level: J.level }) : because('no-prefix'));
  }

  return {
    jurisdiction: J,
    learn(mention: string) {
      const n = normalizeOrgMention(mention);
      memo.clear(); // what was learnt can change a resolution
      if (COMPANY_SUFFIX.test(n)) {
        const key = n.replace(COMPANY_SUFFIX, '');
        const forms = companyForms.get(key) ?? new Map<string, number>();
        forms.set(n, (forms.get(n) ?? 0) + 1);
        companyForms.set(key, forms);
      }
      const place = PLACE_PREFIX.exec(n);
      if (place && !J.names.some((x) => n.startsWith(x)) && !NOT_A_PREFIX.test(n)) {
        const stem = place[1].replace(/(特别行政区|自治区|自治州|省|市|盟)$/, '');
        if (stem.length >= 2) placeStems.add(stem);
      }
      const t =
        /^(?:.*?[旗县区市])?([\u4e00-\u9fa5]{2,7}?(?:镇|苏木|乡|街道))(?:人民政府|政府|镇长|副镇长|党委)?$/.exec(n);
      if (t && t[1].length > 2 && !/^[各全]/.test(t[1])) towns.add(t[1]);
    },
    resolve(mention: string) {
      const n = normalizeOrgMention(mention);
      if (memo.has(n)) return must(memo, n);
      const r = core(n);
      memo.set(n, r);
      if (r && n !== r.name) {
        const key = `${n}\u0001${r.id}`;
        if (!mergeLog.has(key)) mergeLog.set(key, { mention: n, canonical: r.name, id: r.id, reason: r.reason });
      }
      if (r && !r.aliases.includes(n) && n !== r.name) r.aliases = [...r.aliases, n].sort();
      return r;
    },
    merges() {
      return [...mergeLog.values()].sort((a, b) =>
        a.canonical + a.mention < b.canonical + b.mention
          ? -1
          : a.canonical + a.mention > b.canonical + b.mention
            ? 1
            : 0,
      );
    },
  };
}
