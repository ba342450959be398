import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/extract/actors.js';
import type { ParsedDocument } from '../../src/gazette/types.js';
import { organizationNames } from '../../src/pipeline.js';
import type { GraphNode, GraphRelationship } from '../../src/model/index.js';
import { fixtureDoc } from '../fixtures/actors/doc.js';
import { APPOINTMENTS, APPOINTMENTS_LIST, DIVISION, DIVISION_ALT, PLAN } from '../fixtures/actors/county.js';

const J = '青山县';
const division = fixtureDoc(DIVISION, {
  kind: 'DIVISION_OF_WORK',
  issuedOn: '2024-02-01',
  docNumber: '青政办发〔2024〕3号',
  jurisdiction: J,
});
const appointments = fixtureDoc(APPOINTMENTS, {
  kind: 'APPOINTMENT',
  issuedOn: '2024-01-10',
  docNumber: '青政任发〔2024〕2号',
  jurisdiction: J,
  title: '青山县人民政府关于李强等同志职务任免的通知',
});
const plan = fixtureDoc(PLAN, {
  kind: 'PLAN',
  issuedOn: '2024-03-01',
  jurisdiction: J,
  title: '青山县老旧小区改造实施方案',
});
const all = [division, appointments, plan];

/** A document's actors, its names resolved by the resolve pass over all the documents, as pipeline.ts runs them. */
function actorsOf(doc: ParsedDocument, ctx: { jurisdiction: string | null; allDocuments: ParsedDocument[] }) {
  return extractActors(doc, organizationNames(ctx.jurisdiction, ctx.allDocuments), ctx.jurisdiction);
}

function view(res: { nodes: GraphNode[]; relationships: GraphRelationship[] }) {
  const byId = new Map(res.nodes.map((n) => [n.props.id, n]));
  const nm = (id: string) => {
    const n = byId.get(id);
    return n && 'name' in n.props ? n.props.name : id;
  };
  const rels = (type: string) =>
    res.relationships
      .filter((r) => r.type === type)
      .map((r) => ({ from: nm(r.from), to: nm(r.to), props: r.props, r }));
  return { byId, nm, rels };
}

function checkEvidence(doc: ReturnType<typeof fixtureDoc>, res: ReturnType<typeof extractActors>) {
  for (const x of [...res.nodes, ...res.relationships]) {
    expect(x.evidence.length, JSON.stringify(x).slice(0, 120)).toBeGreaterThan(0);
    for (const e of x.evidence) expect(doc.props.text.slice(e.start, e.end)).toBe(e.quote);
  }
  for (const s of res.statedUnits)
    expect(doc.props.text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.quote);
}

describe('division of work', () => {
  const res = actorsOf(division, { jurisdiction: J, allDocuments: all });
  const { rels, byId } = view(res);

  it('reads each leader, titles dated by the document', () => {
    const holds = rels('HOLDS').map((h) => [h.from, h.to, h.props.title, h.props.asOf]);
    expect(holds).toContainEqual(['王刚', '县委', '县委副书记', '2024-02-01']);
    expect(holds).toContainEqual(['王刚', '县人民政府', '县长', '2024-02-01']);
    expect(holds).toContainEqual(['钱丽', '县人民政府', '副县长', '2024-02-01']);
    expect(holds).toContainEqual(['孙立新', '县人民政府', '县政府党组成员', '2024-02-01']);
  });

  it('records portfolios and ASSISTS the principal or the named colleague', () => {
    const people = [...byId.values()].filter((n) => n.label === 'Person');
    const qian = people.find((p) => p.props.name === '钱丽')!;
    expect(qian.label === 'Person' && qian.props.portfolio).toEqual(['住房城乡建设', '卫生健康', '人社']);
    const assists = rels('ASSISTS').map((a) => `${a.from}>${a.to}`);
    expect(assists).toEqual(expect.arrayContaining(['赵明远>王刚', '钱丽>王刚', '孙立新>钱丽']));
    expect(assists).not.toContain('王刚>王刚');
  });

  it('SUPERVISES each unit, sub-units too, with scope qualifiers kept apart', () => {
    const sup = rels('SUPERVISES').map(
      (s) => `${s.from}>${s.to}${s.props.scope ? `(${s.props.scope})` : ''}${s.props.assisting ? '*' : ''}`,
    );
    expect(sup).toEqual(
      expect.arrayContaining([
        '王刚>县审计局',
        '赵明远>县财政局',
        '赵明远>县统计局',
        '赵明远>县商务局(对外开放工作)',
        '赵明远>县国有资产运营有限公司',
        '赵明远>县审计局*',
        '钱丽>县住房和城乡建设局',
        '钱丽>县住房保障服务中心',
        '钱丽>县环卫中心',
        '钱丽>县卫生健康委员会',
        '钱丽>县疾病预防控制中心',
        '钱丽>县人力资源和社会保障局',
        '钱丽>县商务局(除对外开放工作)',
      ]),
    );
    expect(sup.some((s) => s.includes('对外开放工作>') || s.endsWith('>县对外开放工作'))).toBe(false);
    const partOf = rels('PART_OF').map((p) => `${p.from}>${p.to}`);
    expect(partOf).toEqual(
      expect.arrayContaining([
        '县住房保障服务中心>县住房和城乡建设局',
        '县环卫中心>县住房和城乡建设局',
        '县疾病预防控制中心>县卫生健康委员会',
      ]),
    );
  });

  it('LIAISES_WITH liaison units, dropping category tails', () => {
    const li = rels('LIAISES_WITH').map((l) => `${l.to}`);
    expect(li).toEqual([
      '县人民代表大会常务委员会',
      '县政协委员会',
      '县税务局',
      '市公共资源交易中心青山县分中心',
      '县红十字会',
    ]);
  });

  it('BACKUP_OF both ways from the AB table', () => {
    expect(
      rels('BACKUP_OF')
        .map((b) => `${b.from}>${b.to}`)
        .sort(),
    ).toEqual(['赵明远>钱丽', '钱丽>赵明远']);
  });

  it('carries verbatim evidence on every fact', () => checkEvidence(division, res));
});

describe('appointments', () => {
  const res = actorsOf(appointments, { jurisdiction: J, allDocuments: all });
  const { rels } = view(res);
  const lines = rels('APPOINTED').map((a) => [a.from, a.to, a.props.action, a.props.position, a.props.probation]);

  it('reads every action with its organisation and post', () => {
    expect(lines).toEqual([
      ['李强', '县财政局', 'APPOINT', '副局长', '试用期一年'],
      ['周敏', '县人民政府办公室', 'APPOINT', '副主任', null],
      ['周敏', '县大数据中心', 'APPOINT', '主任', null],
      ['吴建华', '青山县城市投资建设集团有限公司', 'NOMINATE', '副总经理', null],
      ['吴建华', '青山县城市投资建设集团有限公司', 'NOMINATE_REMOVE', '监事', null],
      ['郑伟', '县卫生健康委员会', 'REMOVE', '副主任', null],
      ['冯小兵', '青山县水务集团有限责任公司', 'NOMINATE_REMOVE', '纪检监察组组长', null],
      ['陈晓东', '县统计局', 'APPOINT', '局长', null],
    ]);
    for (const a of rels('APPOINTED'))
      expect(a.props).toMatchObject({ docNumber: '青政任发〔2024〕2号', date: '2024-01-10' });
  });

  it('carries verbatim evidence on every fact', () => checkEvidence(appointments, res));
});

describe('groups, contacts and stated units', () => {
  const res = actorsOf(plan, { jurisdiction: J, allDocuments: all });
  const { rels } = view(res);

  it('reads the roster with roles carried down and posts as HOLDS', () => {
    const members = rels('MEMBER_OF')
      .filter((m) => m.to === '青山县老旧小区改造工作领导小组')
      .map((m) => [m.from, m.props.role]);
    expect(members).toEqual([
      ['王刚', '组长'],
      ['钱丽', '副组长'],
      ['周敏', '成员'],
      ['陈军', '成员'],
      ['林海', '成员'],
    ]);
    const lin = rels('MEMBER_OF').find((m) => m.from === '林海')!;
    expect(lin.props.roles).toEqual(['成员', '办公室主任']);
    expect(rels('HOLDS').map((h) => [h.from, h.to])).toEqual(
      expect.arrayContaining([
        ['陈军', '东湖镇'],
        ['林海', '县住房和城乡建设局'],
        ['王刚', '县委'],
      ]),
    );
    expect(rels('OFFICE_OF').map((o) => [o.from, o.to])).toEqual([
      ['县住房和城乡建设局', '青山县老旧小区改造工作领导小组'],
    ]);
  });

  it('reads the contact table', () => {
    const c = rels('HAS_CONTACT').map((h) => h.from);
    expect(c).toEqual(['县住房和城乡建设局', '县卫生健康委员会', '县生态环境局']);
    const contacts = res.nodes.filter((n) => n.label === 'Contact');
    expect(contacts.map((n) => n.label === 'Contact' && n.props.phone)).toEqual([
      '0123-4567890',
      '0123-4567891',
      '0123-4567892',
    ]);
    expect(contacts.every((n) => n.label === 'Contact' && n.props.purpose === '青山县应急联系方式')).toBe(true);
  });

  it('states LEAD and SUPPORT units with the statement span', () => {
    const { byId } = view(res);
    const su = res.statedUnits.map((s) => [
      s.role,
      (byId.get(s.organizationId)!.props as { name: string }).name,
      plan.clean.slice(s.span.start, s.span.start + 5),
    ]);
    expect(su).toEqual([
      ['LEAD', '县住房和城乡建设局', '(牵头单位'],
      ['SUPPORT', '县城市管理综合行政执法局', '(牵头单位'],
      ['SUPPORT', '县财政局', '(牵头单位'],
      ['SUPPORT', '东湖镇', '(牵头单位'],
      ['SUPPORT', '各乡镇人民政府', '(牵头单位'],
      ['LEAD', '县发展和改革局', '责任单位：'],
      ['SUPPORT', '县住房和城乡建设局', '责任单位：'],
      ['SUPPORT', '县自然资源局', '责任单位：'],
      ['LEAD', '县委宣传部', '由县委宣传'],
      ['SUPPORT', '县融媒体中心', '由县委宣传'],
      ['SUPPORT', '县文化和旅游局', '由县委宣传'],
    ]);
  });

  it('carries verbatim evidence on every fact', () => checkEvidence(plan, res));
});

describe('determinism', () => {
  it('gives identical output whatever order documents come in', () => {
    const a = actorsOf(plan, { jurisdiction: J, allDocuments: all });
    const b = actorsOf(plan, { jurisdiction: J, allDocuments: [...all].reverse() });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('division of work in other layouts', () => {
  const doc = fixtureDoc(DIVISION_ALT, { kind: 'DIVISION_OF_WORK', issuedOn: '2024-03-01', jurisdiction: '绿水县' });
  const res = actorsOf(doc, { jurisdiction: '绿水县', allDocuments: [doc] });
  const { rels } = view(res);

  it('reads title-first and inline headers', () => {
    expect(rels('HOLDS').map((h) => `${h.from}:${h.props.title}`)).toEqual([
      '张大山:县长',
      '刘洋:副县长',
      '陈晨:副县长',
    ]);
    expect(
      rels('ASSISTS')
        .map((a) => `${a.from}>${a.to}`)
        .sort(),
    ).toEqual(['刘洋>张大山', '陈晨>张大山']);
    expect(rels('SUPERVISES').map((x) => `${x.from}>${x.to}`)).toEqual([
      '刘洋>县教育局',
      '刘洋>县科学技术局',
      '陈晨>县农业农村局',
      '陈晨>县乡村振兴局',
    ]);
    expect(rels('LIAISES_WITH').map((x) => `${x.from}>${x.to}`)).toEqual(['刘洋>县科学技术协会']);
    expect(
      rels('BACKUP_OF')
        .map((x) => `${x.from}>${x.to}`)
        .sort(),
    ).toEqual(['刘洋>陈晨', '陈晨>刘洋']);
    const chen = res.nodes.find((n) => n.label === 'Person' && n.props.name === '陈晨')!;
    expect(chen.label === 'Person' && chen.props.portfolio).toEqual(['农业农村']);
  });

  it('carries verbatim evidence on every fact', () => checkEvidence(doc, res));
});

describe('appointments in the list layout', () => {
  const doc = fixtureDoc(APPOINTMENTS_LIST, {
    kind: 'APPOINTMENT',
    issuedOn: '2024-04-02',
    docNumber: '青政任发〔2024〕5号',
    jurisdiction: J,
  });
  const res = actorsOf(doc, { jurisdiction: J, allDocuments: [doc] });
  const { rels } = view(res);

  it('reads 任命：/免去： blocks', () => {
    expect(rels('APPOINTED').map((a) => [a.from, a.to, a.props.action, a.props.position, a.props.probation])).toEqual([
      ['孙明', '县交通运输局', 'APPOINT', '局长', null],
      ['钱芳', '县民政局', 'APPOINT', '副局长', '试用期一年'],
      ['赵六', '县交通运输局', 'REMOVE', '局长', null],
      ['王小五', '县民政局', 'REMOVE', '副局长', null],
    ]);
    expect(res.nodes.filter((n) => n.label === 'Person')).toHaveLength(4);
  });

  it('carries verbatim evidence on every fact', () => checkEvidence(doc, res));
});

describe('stated units in table layouts', () => {
  const text = `1.推进供水管网改造。
责任单位：县财政局、县住建局（牵头）、县水务局
2.开展燃气安全排查。
牵头单位：县应急管理局
配合单位：县市场监管局、各乡镇人民政府`;
  const doc = fixtureDoc(text, { kind: 'PLAN', jurisdiction: J });
  const res = actorsOf(doc, { jurisdiction: J, allDocuments: [doc] });
  const { byId } = view(res);

  it('honours a （牵头） marker and separate label lines', () => {
    const su = res.statedUnits.map((s) => `${s.role}:${(byId.get(s.organizationId)!.props as { name: string }).name}`);
    expect(su).toEqual([
      'SUPPORT:县财政局',
      'LEAD:县住房和城乡建设局',
      'SUPPORT:县水务局',
      'LEAD:县应急管理局',
      'SUPPORT:县市场监督管理局',
      'SUPPORT:各乡镇人民政府',
    ]);
  });
});

describe('a roster printed as a table', () => {
  const text = `为加强领导，成立青山县河长制工作领导小组。
| 组长 | 王 刚 | 县委副书记、县长 |
| 副组长 | 钱 丽 | 副县长 |
| 成员 | 林 海 | 县水务局局长 |
| | 陈 军 | 东湖镇镇长 |
领导小组办公室设在县水务局。`;
  const doc = fixtureDoc(text, { kind: 'NOTICE', jurisdiction: J, issuedOn: '2024-05-01' });
  const res = actorsOf(doc, { jurisdiction: J, allDocuments: [doc] });
  const { rels } = view(res);

  it('reads roles, names and posts from the cells', () => {
    expect(rels('MEMBER_OF').map((m) => `${m.from}:${m.props.role}`)).toEqual([
      '王刚:组长',
      '钱丽:副组长',
      '林海:成员',
      '陈军:成员',
    ]);
    expect(rels('HOLDS').map((h) => `${h.from}>${h.to}`)).toEqual([
      '王刚>县委',
      '王刚>县人民政府',
      '钱丽>县人民政府',
      '林海>县水务局',
      '陈军>东湖镇',
    ]);
    expect(rels('OFFICE_OF').map((o) => o.from)).toEqual(['县水务局']);
  });

  it('carries verbatim evidence on every fact', () => checkEvidence(doc, res));
});

describe('rosters with bracketed posts and unit rows', () => {
  const text = `经研究，决定成立青山县安全生产委员会。
主任：王 刚（县委副书记、县长）
副主任：钱丽（副县长）
成员：县应急管理局、县公安局、县住建局、县交通运输局
委员会办公室设在县应急管理局。`;
  const doc = fixtureDoc(text, { kind: 'NOTICE', jurisdiction: J, issuedOn: '2024-05-01' });
  const res = actorsOf(doc, { jurisdiction: J, allDocuments: [doc] });
  const { rels } = view(res);

  it('reads people with bracketed posts and member units', () => {
    expect(rels('MEMBER_OF').map((m) => `${m.from}:${m.props.role}`)).toEqual([
      '王刚:主任',
      '钱丽:副主任',
      '县应急管理局:成员单位',
      '县公安局:成员单位',
      '县住房和城乡建设局:成员单位',
      '县交通运输局:成员单位',
    ]);
    expect(rels('HOLDS').map((h) => `${h.from}:${h.props.title}`)).toEqual([
      '王刚:县委副书记',
      '王刚:县长',
      '钱丽:副县长',
    ]);
  });

  it('carries verbatim evidence on every fact', () => checkEvidence(doc, res));
});

describe('group named after its head', () => {
  it('drops 以…为组长的 from the name', () => {
    const doc = fixtureDoc('县政府成立了以县长为组长的招商引资工作领导小组，办公室设在县商务局。', {
      kind: 'WORK_REPORT',
      jurisdiction: J,
    });
    const res = actorsOf(doc, { jurisdiction: J, allDocuments: [doc] });
    expect(res.nodes.filter((n) => n.label === 'Group').map((n) => (n.props as { name: string }).name)).toEqual([
      '招商引资工作领导小组',
    ]);
    expect(
      view(res)
        .rels('OFFICE_OF')
        .map((o) => `${o.from}>${o.to}`),
    ).toEqual(['县商务局>招商引资工作领导小组']);
  });
});

describe('division of work with numbered headers and a titles：name form', () => {
  const TEXT = [
    '一、赵明远（区委副书记、区长）',
    '负责区人民政府全面工作。分管区审计局。',
    '二、常务副区长 钱晓东',
    '负责发展改革、财政等方面工作。分管区财政局、区统计局。联系区税务局。',
    '三、副区长：孙丽',
    '负责教育、民政等方面工作。分管区教育局、区民政局。',
  ].join('\n');
  const doc = fixtureDoc(TEXT, { kind: 'DIVISION_OF_WORK', issuedOn: '2025-04-20', jurisdiction: '松河区' });
  const res = actorsOf(doc, { jurisdiction: '松河区', allDocuments: [doc] });
  const { rels } = view(res);

  it('finds every leader and what each supervises', () => {
    expect(
      rels('SUPERVISES')
        .map((r) => `${r.from}→${r.to}`)
        .sort(),
    ).toEqual(['孙丽→区教育局', '孙丽→区民政局', '赵明远→区审计局', '钱晓东→区统计局', '钱晓东→区财政局'].sort());
    expect(rels('LIAISES_WITH').map((r) => `${r.from}→${r.to}`)).toEqual(['钱晓东→区税务局']);
    expect(
      rels('HOLDS')
        .map((r) => `${r.from}:${r.props.title}`)
        .sort(),
    ).toEqual(['孙丽:副区长', '赵明远:区委副书记', '赵明远:区长', '钱晓东:常务副区长'].sort());
    checkEvidence(doc, res);
  });
});
