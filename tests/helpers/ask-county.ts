/**
 * A small, invented county (青山县) as a GraphBatch, for ask tests that must not depend on the
 * extraction pipeline — and that prove the engine knows no names of the seed gazette. Evidence is
 * located with indexOf, so every quote is a verbatim slice of its document.
 */
import type { Evidence, GraphBatch, GraphNode, GraphRelationship } from '../../src/model/index.js';
import { makeId, sha256 } from '../../src/model/index.js';

const J = '青山县';

const DIVISION = `青山县人民政府办公室关于县人民政府领导工作分工的通知
青政办发〔2025〕3号
赵文华 县长
主持县人民政府全面工作。分管县审计局。
钱志远 副县长
协助县长负责发展改革、财政、统计等方面工作。分管县发展和改革局、县财政局、县统计局。
联系:县税务局。
孙海燕 副县长
协助县长负责民政、人社、卫生健康等方面工作。分管县民政局、县人力资源和社会保障局(就业服务中心)、县卫生健康委员会。
联系:县残疾人联合会。
李国强 县政府三级调研员
协助孙海燕同志工作。
AB角设置如下:钱志远 孙海燕`;

const APPOINT = `青山县人民政府关于周明等同志职务任免的通知
青政任发〔2025〕7号
周明 任县财政局副局长；
吴芳 免去县民政局副局长职务；`;

const REPORT = `政府工作报告
一、2024年工作回顾
地区生产总值增长5.1%。城镇新增就业3200人。
二、2025年工作安排
今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业3500人以上,粮食产量稳定在10万吨以上。
推进老旧小区改造,改造老旧小区40个。`;

const PLAN = `青山县人民政府办公室关于印发青山县冬季清洁取暖实施方案的通知
青政办发〔2025〕9号
成立青山县清洁取暖工作领导小组。
组 长:赵文华 县长
副组长:钱志远 副县长
领导小组办公室设在县发展和改革局。
(一)推进清洁取暖改造。牵头单位:县发展和改革局;配合单位:县财政局、县民政局。
(二)做好就业帮扶。责任单位:县人力资源和社会保障局。
应急值守电话:县发展和改革局 0351-1234567`;

export function countyBatch(): GraphBatch {
  const full = [DIVISION, APPOINT, REPORT, PLAN].join('\n\n');
  const gazetteId = makeId('Gazette', J, sha256(full));
  const nodes: GraphNode[] = [];
  const rels: GraphRelationship[] = [];
  const docs = {
    division: {
      text: DIVISION,
      title: '青山县人民政府办公室关于县人民政府领导工作分工的通知',
      docNumber: '青政办发〔2025〕3号',
      kind: 'DIVISION_OF_WORK' as const,
      reportYear: null,
    },
    appoint: {
      text: APPOINT,
      title: '青山县人民政府关于周明等同志职务任免的通知',
      docNumber: '青政任发〔2025〕7号',
      kind: 'APPOINTMENT' as const,
      reportYear: null,
    },
    report: { text: REPORT, title: '政府工作报告', docNumber: null, kind: 'WORK_REPORT' as const, reportYear: 2025 },
    plan: {
      text: PLAN,
      title: '青山县人民政府办公室关于印发青山县冬季清洁取暖实施方案的通知',
      docNumber: '青政办发〔2025〕9号',
      kind: 'PLAN' as const,
      reportYear: null,
    },
  };
  type DocKey = keyof typeof docs;
  const docId = (k: DocKey) => makeId('Document', J, docs[k].docNumber ?? docs[k].title);
  const ev = (k: DocKey, quote: string): Evidence[] => {
    const at = docs[k].text.indexOf(quote);
    if (at < 0) throw new Error(`quote not in ${k}: ${quote}`);
    return [{ documentId: docId(k), start: at, end: at + quote.length, quote, sectionPath: [] }];
  };
  nodes.push({
    label: 'Gazette',
    props: {
      id: gazetteId,
      title: '青山县人民政府公报',
      issuer: null,
      issue: '2025年第1期',
      publishedOn: '2025-02-01',
      jurisdiction: J,
      sourceFile: 'county.txt',
      checksum: sha256(full),
    },
    evidence: [],
  });
  for (const k of Object.keys(docs) as DocKey[]) {
    const d = docs[k];
    nodes.push({
      label: 'Document',
      props: {
        id: docId(k),
        title: d.title,
        docNumber: d.docNumber,
        kind: d.kind,
        category: null,
        issuer: null,
        issuedOn: '2025-01-10',
        jurisdiction: J,
        reportYear: d.reportYear,
        text: d.text,
        gazetteStart: null,
        gazetteEnd: null,
      },
      evidence: [],
    });
    rels.push({ type: 'CONTAINS', from: gazetteId, to: docId(k), props: {}, evidence: [] });
  }
  const org = (name: string, aliases: string[] = [], kind: 'DEPARTMENT' | 'CENTER' | 'COLLECTIVE' = 'DEPARTMENT') => {
    const id = makeId('Organization', J, name);
    nodes.push({ label: 'Organization', props: { id, name, aliases, kind, jurisdiction: J }, evidence: [] });
    return id;
  };
  const o = {
    audit: org('县审计局'),
    drc: org('县发展和改革局', ['发改局']),
    finance: org('县财政局'),
    stats: org('县统计局'),
    civil: org('县民政局'),
    hr: org('县人力资源和社会保障局'),
    jobs: org('县就业服务中心', [], 'CENTER'),
    health: org('县卫生健康委员会'),
    tax: org('县税务局'),
    disabled: org('县残疾人联合会'),
  };
  rels.push({
    type: 'PART_OF',
    from: o.jobs,
    to: o.hr,
    props: {},
    evidence: ev('division', '县人力资源和社会保障局(就业服务中心)'),
  });
  const person = (name: string, portfolio: string[] = [], quote?: string) => {
    const id = makeId('Person', J, name);
    nodes.push({
      label: 'Person',
      props: { id, name, jurisdiction: J, portfolio },
      evidence: quote ? ev('division', quote) : [],
    });
    return id;
  };
  const p = {
    zhao: person('赵文华'),
    qian: person('钱志远', ['发展改革', '财政', '统计']),
    sun: person('孙海燕', ['民政', '人社', '卫生健康'], '协助县长负责民政、人社、卫生健康等方面工作'),
    li: person('李国强'),
    zhou: person('周明'),
    wu: person('吴芳'),
  };
  const gov = org('县人民政府', ['县政府']);
  rels.push({
    type: 'HOLDS',
    from: p.zhao,
    to: gov,
    props: { title: '县长' },
    evidence: ev('division', '赵文华 县长'),
  });
  rels.push({
    type: 'HOLDS',
    from: p.qian,
    to: gov,
    props: { title: '副县长' },
    evidence: ev('division', '钱志远 副县长'),
  });
  rels.push({
    type: 'HOLDS',
    from: p.sun,
    to: gov,
    props: { title: '副县长' },
    evidence: ev('division', '孙海燕 副县长'),
  });
  const sup = (from: string, to: string, quote: string) =>
    rels.push({ type: 'SUPERVISES', from, to, props: {}, evidence: ev('division', quote) });
  sup(p.zhao, o.audit, '分管县审计局');
  sup(p.qian, o.drc, '分管县发展和改革局、县财政局、县统计局');
  sup(p.qian, o.finance, '分管县发展和改革局、县财政局、县统计局');
  sup(p.qian, o.stats, '分管县发展和改革局、县财政局、县统计局');
  sup(p.sun, o.civil, '分管县民政局、县人力资源和社会保障局(就业服务中心)、县卫生健康委员会');
  sup(p.sun, o.hr, '分管县民政局、县人力资源和社会保障局(就业服务中心)、县卫生健康委员会');
  sup(p.sun, o.health, '分管县民政局、县人力资源和社会保障局(就业服务中心)、县卫生健康委员会');
  rels.push({ type: 'LIAISES_WITH', from: p.qian, to: o.tax, props: {}, evidence: ev('division', '联系:县税务局') });
  rels.push({
    type: 'LIAISES_WITH',
    from: p.sun,
    to: o.disabled,
    props: {},
    evidence: ev('division', '联系:县残疾人联合会'),
  });
  rels.push({ type: 'ASSISTS', from: p.li, to: p.sun, props: {}, evidence: ev('division', '协助孙海燕同志工作') });
  rels.push({
    type: 'BACKUP_OF',
    from: p.sun,
    to: p.qian,
    props: {},
    evidence: ev('division', 'AB角设置如下:钱志远 孙海燕'),
  });
  rels.push({
    type: 'APPOINTED',
    from: p.zhou,
    to: o.finance,
    props: { action: 'APPOINT', position: '副局长', docNumber: '青政任发〔2025〕7号', date: '2025-01-10' },
    evidence: ev('appoint', '周明 任县财政局副局长'),
  });
  rels.push({
    type: 'APPOINTED',
    from: p.wu,
    to: o.civil,
    props: { action: 'REMOVE', position: '副局长', docNumber: '青政任发〔2025〕7号', date: '2025-01-10' },
    evidence: ev('appoint', '吴芳 免去县民政局副局长职务'),
  });

  const target = (
    metric: string,
    value: number,
    unit: string,
    year: number,
    status: 'PLANNED' | 'ACHIEVED',
    quote: string,
    modifier: 'ABOUT' | 'AT_LEAST' | 'EXACT' = 'EXACT',
    measure: 'GROWTH' | 'COUNT' = 'GROWTH',
  ) => {
    const id = makeId('Target', J, metric, year, status);
    nodes.push({
      label: 'Target',
      props: {
        id,
        text: quote,
        metric,
        value,
        valueMax: null,
        unit,
        modifier,
        measure,
        year,
        recurring: false,
        status,
        scope: null,
        documentId: docId('report'),
        taskId: null,
        sectionId: null,
      },
      evidence: ev('report', quote),
    });
    return id;
  };
  target('地区生产总值', 5.1, '%', 2024, 'ACHIEVED', '地区生产总值增长5.1%');
  target('城镇新增就业', 3200, '人', 2024, 'ACHIEVED', '城镇新增就业3200人', 'EXACT', 'COUNT');
  target('地区生产总值', 6, '%', 2025, 'PLANNED', '地区生产总值增长6%左右', 'ABOUT');
  const jobs = target('城镇新增就业', 3500, '人', 2025, 'PLANNED', '城镇新增就业3500人以上', 'AT_LEAST', 'COUNT');
  // no leader's division of work covers farming here: a target the county derivation cannot own
  target('粮食产量', 10, '万吨', 2025, 'PLANNED', '粮食产量稳定在10万吨以上', 'AT_LEAST', 'COUNT');
  rels.push({
    type: 'RESPONSIBLE_FOR',
    from: o.hr,
    to: jobs,
    props: { role: 'LEAD', basis: 'PORTFOLIO', confidence: 0.7 },
    evidence: ev('division', '协助县长负责民政、人社、卫生健康等方面工作'),
  });

  const task = (title: string, quote: string, k: DocKey = 'plan') => {
    const id = makeId('Task', J, title);
    nodes.push({
      label: 'Task',
      props: {
        id,
        title,
        text: quote,
        documentId: docId(k),
        sectionId: null,
        ordinal: 0,
        part: k === 'report' ? 'PLAN' : null,
      },
      evidence: ev(k, quote),
    });
    rels.push({ type: 'HAS_TASK', from: docId(k), to: id, props: {}, evidence: [] });
    return id;
  };
  const heating = task(
    '推进清洁取暖改造',
    '(一)推进清洁取暖改造。牵头单位:县发展和改革局;配合单位:县财政局、县民政局。',
  );
  const help = task('做好就业帮扶', '(二)做好就业帮扶。责任单位:县人力资源和社会保障局。');
  const renewal = task('推进老旧小区改造', '推进老旧小区改造,改造老旧小区40个。', 'report');
  const resp = (from: string, to: string, role: 'LEAD' | 'SUPPORT', quote: string) =>
    rels.push({
      type: 'RESPONSIBLE_FOR',
      from,
      to,
      props: { role, basis: 'STATED', confidence: 1 },
      evidence: ev('plan', quote),
    });
  resp(o.drc, heating, 'LEAD', '牵头单位:县发展和改革局');
  resp(o.finance, heating, 'SUPPORT', '配合单位:县财政局、县民政局');
  resp(o.civil, heating, 'SUPPORT', '配合单位:县财政局、县民政局');
  resp(o.hr, help, 'LEAD', '责任单位:县人力资源和社会保障局');
  rels.push({
    type: 'RESPONSIBLE_FOR',
    from: o.hr,
    to: jobs,
    props: { role: 'LEAD', basis: 'STATED', confidence: 1 },
    evidence: ev('plan', '(二)做好就业帮扶。责任单位:县人力资源和社会保障局。'),
  });
  rels.push({
    type: 'IMPLEMENTS',
    from: renewal,
    to: heating,
    props: { score: 0.42, terms: ['改造'] },
    evidence: ev('report', '推进老旧小区改造'),
  });

  const groupId = makeId('Group', J, '青山县清洁取暖工作领导小组');
  nodes.push({
    label: 'Group',
    props: { id: groupId, name: '青山县清洁取暖工作领导小组', documentId: docId('plan') },
    evidence: ev('plan', '成立青山县清洁取暖工作领导小组'),
  });
  rels.push({
    type: 'MEMBER_OF',
    from: p.zhao,
    to: groupId,
    props: { role: '组长' },
    evidence: ev('plan', '组 长:赵文华 县长'),
  });
  rels.push({
    type: 'MEMBER_OF',
    from: p.qian,
    to: groupId,
    props: { role: '副组长' },
    evidence: ev('plan', '副组长:钱志远 副县长'),
  });
  rels.push({
    type: 'OFFICE_OF',
    from: o.drc,
    to: groupId,
    props: {},
    evidence: ev('plan', '领导小组办公室设在县发展和改革局'),
  });
  const contact = makeId('Contact', J, '0351-1234567');
  nodes.push({
    label: 'Contact',
    props: {
      id: contact,
      phone: '0351-1234567',
      purpose: '应急值守',
      documentId: docId('plan'),
      organizationId: o.drc,
    },
    evidence: ev('plan', '应急值守电话:县发展和改革局 0351-1234567'),
  });
  rels.push({
    type: 'HAS_CONTACT',
    from: o.drc,
    to: contact,
    props: {},
    evidence: ev('plan', '应急值守电话:县发展和改革局 0351-1234567'),
  });

  const sectionId = makeId('Section', J, 'report', 'plan');
  const sectionText = REPORT.slice(REPORT.indexOf('二、2025年工作安排'));
  nodes.push({
    label: 'Section',
    props: {
      id: sectionId,
      documentId: docId('report'),
      heading: '二、2025年工作安排',
      number: '二',
      level: 1,
      ordinal: 1,
      path: ['二、2025年工作安排'],
      part: 'PLAN',
      text: sectionText,
      start: REPORT.indexOf(sectionText),
      end: REPORT.length,
    },
    evidence: ev('report', sectionText),
  });
  rels.push({ type: 'HAS_SECTION', from: docId('report'), to: sectionId, props: {}, evidence: [] });
  return { gazetteId, nodes, relationships: rels };
}
