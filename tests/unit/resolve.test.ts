import { describe, expect, it } from 'vitest';
import { splitUnitList } from '../../src/extract/mentions.js';
import { createOrgResolver, jurisdictionInfo, resolveUnitList } from '../../src/resolve/index.js';

const name = (r: ReturnType<ReturnType<typeof createOrgResolver>['resolve']>) => r?.name ?? null;

describe('jurisdictionInfo', () => {
  it('derives level word, stem and higher levels', () => {
    expect(jurisdictionInfo('青山县')).toMatchObject({ level: '县', stem: '青山', rank: 3 });
    expect(jurisdictionInfo('伊金霍洛旗')).toMatchObject({ level: '旗', stem: '伊金霍洛' });
    expect(jurisdictionInfo('内蒙古自治区')).toMatchObject({ level: '自治区', stem: '内蒙古', rank: 1 });
    expect(jurisdictionInfo('驻马店市').higherLevels).toContain('省');
    expect(jurisdictionInfo('驻马店市').higherLevels).not.toContain('市');
    expect(jurisdictionInfo(null).level).toBeNull();
    expect(jurisdictionInfo('保定市徐水区')).toMatchObject({
      names: ['保定市徐水区', '徐水区'],
      stem: '徐水',
      level: '区',
    });
    const r = createOrgResolver('保定市徐水区');
    expect(r.resolve('徐水区住建局')!.id).toBe(r.resolve('区住房和城乡建设局')!.id);
    expect(r.resolve('保定市住建局')).toMatchObject({ name: '保定市住房和城乡建设局', kind: 'EXTERNAL' });
  });
});

describe('createOrgResolver', () => {
  const r = createOrgResolver('青山县');

  it('gives one canonical name to full names, abbreviations and prefixed forms', () => {
    const forms = [
      '县住房和城乡建设局',
      '住房和城乡建设局',
      '住建局',
      '县住建局',
      '青山县住房和城乡建设局',
      '青山住建局',
    ];
    const ids = new Set(forms.map((f) => r.resolve(f)?.id));
    expect(ids.size).toBe(1);
    const o = r.resolve('住建局')!;
    expect(o.name).toBe('县住房和城乡建设局');
    expect(o.kind).toBe('DEPARTMENT');
    expect(o.aliases).toEqual(
      expect.arrayContaining(['住房和城乡建设局', '住建局', '县住建局', '青山县住房和城乡建设局']),
    );
  });

  it('merges the same institution written differently, via the lexicon', () => {
    expect(name(r.resolve('县卫健委'))).toBe('县卫生健康委员会');
    expect(r.resolve('县卫健委')!.id).toBe(r.resolve('县卫生健康委员会')!.id);
    expect(r.resolve('县城市管理行政执法局')!.id).toBe(r.resolve('县城市管理综合行政执法局')!.id);
    expect(r.resolve('县生态环境分局')!.id).toBe(r.resolve('县生态环境局')!.id);
    // a city bureau's branch in this county is the county's office for that function
    expect(r.resolve('市生态环境局青山县分局')!.id).toBe(r.resolve('县生态环境局')!.id);
    expect(name(r.resolve('县政府办'))).toBe('县人民政府办公室');
  });

  it('keeps other jurisdictions EXTERNAL and does not mistake 市场/市政 for a prefix', () => {
    expect(r.resolve('市生态环境局')).toMatchObject({ name: '市生态环境局', kind: 'EXTERNAL' });
    expect(r.resolve('某某市卫健委')).toMatchObject({ name: '某某市卫生健康委员会', kind: 'EXTERNAL' });
    expect(r.resolve('自治区住建厅')).toMatchObject({ name: '自治区住房和城乡建设厅', kind: 'EXTERNAL' });
    expect(r.resolve('市场监管局')).toMatchObject({ name: '县市场监督管理局', kind: 'DEPARTMENT' });
    expect(r.resolve('市政公用事业中心')).toMatchObject({ name: '县市政公用事业中心', kind: 'CENTER' });
    expect(r.resolve('市交通运输服务中心青山县分中心')?.kind).toBe('EXTERNAL');
    expect(r.resolve('中国移动青山县分公司')?.kind).toBe('EXTERNAL');
  });

  it('classifies kinds', () => {
    expect(r.resolve('东湖镇政府')).toMatchObject({ name: '东湖镇', kind: 'TOWN' });
    expect(r.resolve('各乡镇人民政府')?.kind).toBe('COLLECTIVE');
    expect(r.resolve('各镇政府')).toMatchObject({ name: '各镇人民政府', kind: 'COLLECTIVE' });
    expect(r.resolve('县委宣传部')?.kind).toBe('PARTY');
    expect(r.resolve('县委党校')?.kind).toBe('PARTY');
    expect(r.resolve('县人大常委会')).toMatchObject({ name: '县人民代表大会常务委员会', kind: 'CONGRESS' });
    expect(r.resolve('政协青山县委员会')).toMatchObject({ name: '县政协委员会', kind: 'CONGRESS' });
    expect(r.resolve('县融媒体中心')?.kind).toBe('CENTER');
    expect(r.resolve('青山县城市投资建设集团有限公司')?.kind).toBe('SOE');
    expect(r.resolve('县公安局东湖派出所')).toMatchObject({ kind: 'CENTER', parent: { name: '县公安局' } });
  });

  it('returns null for things that are not organisations', () => {
    expect(r.resolve('专家')).toBeNull();
    expect(r.resolve('其他相关单位')).toBeNull();
    expect(r.resolve('')).toBeNull();
  });

  it('uses learned names: town abbreviations and company-name variants', () => {
    const l = createOrgResolver('青山县');
    expect(name(l.resolve('东镇政府'))).toBe('东镇'); // nothing learned yet: no guess
    l.learn('东湖镇');
    l.learn('西山乡');
    expect(name(l.resolve('东镇政府'))).toBe('东湖镇');
    l.learn('东岭镇'); // now two towns start with 东: ambiguous, no merge
    expect(name(l.resolve('东镇政府'))).toBe('东镇');
    l.learn('青山县水务集团有限责任公司');
    l.learn('青山县水务集团有限责任公司');
    l.learn('青山县水务集团有限公司');
    expect(name(l.resolve('青山县水务集团有限公司'))).toBe('青山县水务集团有限责任公司');
  });

  it('logs every merge with a reason', () => {
    const l = createOrgResolver('青山县');
    l.resolve('县卫健委');
    l.resolve('县卫生健康委员会');
    const merges = l.merges();
    expect(merges).toHaveLength(1);
    expect(merges[0]).toMatchObject({ mention: '县卫健委', canonical: '县卫生健康委员会' });
    expect(merges[0].reason).toContain('卫健委');
  });

  it('is deterministic and scoped by jurisdiction', () => {
    const a = createOrgResolver('青山县').resolve('县财政局');
    const b = createOrgResolver('青山县').resolve('县财政局');
    expect(a).toEqual(b);
    expect(createOrgResolver('绿水县').resolve('县财政局')!.id).not.toBe(a!.id);
  });

  it('names units of a province with its own prefix', () => {
    const p = createOrgResolver('内蒙古自治区');
    expect(name(p.resolve('人社厅'))).toBe('自治区人力资源和社会保障厅');
    expect(name(p.resolve('残联'))).toBe('自治区残疾人联合会');
  });
});

describe('unit lists', () => {
  const r = createOrgResolver('青山县');

  it('splits, strips category tails and keeps offsets', () => {
    const text = '县财政局、统计局、青山县国有资产运营有限公司等驻地企业,各乡镇人民政府等单位。';
    const items = splitUnitList(text, 100);
    expect(items.map((i) => i.text)).toEqual(['县财政局', '统计局', '青山县国有资产运营有限公司', '各乡镇人民政府']);
    for (const i of items) expect(text.slice(i.start - 100, i.end - 100)).toBe(i.text);
  });

  it('tells sub-units from scope qualifiers', () => {
    const [a, b, c] = splitUnitList(
      '县住建局(住房保障服务中心、环卫中心)、县商务局(对外开放工作)、县商务局(除对外开放工作)',
    );
    expect(a.subUnits.map((s) => s.text)).toEqual(['住房保障服务中心', '环卫中心']);
    expect(a.scope).toBeNull();
    expect(b).toMatchObject({ text: '县商务局', scope: '对外开放工作', subUnits: [] });
    expect(c.scope).toBe('除对外开放工作');
  });

  it('carries a written prefix to the items that elide it', () => {
    const local = resolveUnitList(splitUnitList('县城市管理行政执法局、教育体育局、东湖镇政府、各乡镇人民政府'), r);
    expect(local.map((u) => u.org.name)).toEqual([
      '县城市管理综合行政执法局',
      '县教育体育局',
      '东湖镇',
      '各乡镇人民政府',
    ]);
    const city = resolveUnitList(splitUnitList('市发改委、财政局'), r);
    expect(city.map((u) => [u.org.name, u.org.kind])).toEqual([
      ['市发展和改革委员会', 'EXTERNAL'],
      ['市财政局', 'EXTERNAL'],
    ]);
    const subs = resolveUnitList(splitUnitList('县住建局(住房保障服务中心)'), r);
    expect(subs[0].subUnits[0].org.name).toBe('县住房保障服务中心');
  });
});

describe('organisation lexicon', () => {
  it('is consistent: valid kinds, no name or alias claimed twice, kind rules compile', async () => {
    const { defaultLexicon } = await import('../../src/resolve/index.js');
    const { OrganizationKind } = await import('../../src/model/index.js');
    const seen = new Map<string, string>();
    for (const e of defaultLexicon.organizations) {
      expect(OrganizationKind.options).toContain(e.kind);
      for (const a of [e.name, ...e.aliases]) {
        expect(seen.get(a), `${a} in ${e.name} and ${seen.get(a)}`).toBeUndefined();
        seen.set(a, e.name);
      }
    }
    for (const r of defaultLexicon.kindRules) expect(() => new RegExp(r.pattern)).not.toThrow();
  });
});

describe('unknown jurisdiction', () => {
  it('resolves bare names without inventing a prefix', () => {
    const r = createOrgResolver(null);
    expect(r.resolve('住建局')).toMatchObject({ name: '住房和城乡建设局', jurisdiction: null });
    expect(r.resolve('宣传部')?.name).toBe('党委宣传部');
    expect(r.resolve('各镇政府')?.kind).toBe('COLLECTIVE');
  });
});

describe('a city jurisdiction', () => {
  it('does not read 市场/市政 as its level prefix', () => {
    const r = createOrgResolver('驻马店市');
    expect(r.resolve('市场监管局')?.name).toBe('市市场监督管理局');
    expect(r.resolve('市市场监督管理局')?.name).toBe('市市场监督管理局');
    expect(r.resolve('市政公用事业中心')?.name).toBe('市市政公用事业中心');
    expect(r.resolve('省住建厅')).toMatchObject({ name: '省住房和城乡建设厅', kind: 'EXTERNAL' });
  });
});
