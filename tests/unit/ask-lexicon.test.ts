import { describe, expect, it } from 'vitest';
import { classify, topicTerm, yearOf } from '../../src/ask/intent.js';
import { buildLexicon, findMentions, type LexiconRow } from '../../src/ask/lexicon.js';
import { normalizeKey, normalizeText, toSimplified } from '../../src/ask/normalize.js';

const rows: LexiconRow[] = [
  { type: 'JURISDICTION', id: '甲乙县', name: '甲乙县', aliases: [], extra: null },
  { type: 'ORG', id: 'o1', name: '县人力资源和社会保障局', aliases: [], extra: 'DEPARTMENT' },
  { type: 'ORG', id: 'o2', name: '县住房和城乡建设局', aliases: ['住建局'], extra: 'DEPARTMENT' },
  { type: 'ORG', id: 'o3', name: '县发展和改革委员会', aliases: [], extra: 'DEPARTMENT' },
  { type: 'ORG', id: 'o4', name: '甲乙县城市投资建设集团有限责任公司', aliases: [], extra: 'SOE' },
  { type: 'PERSON', id: 'p1', name: '王小明', aliases: [], extra: null },
  { type: 'METRIC', id: '地区生产总值', name: '地区生产总值', aliases: [], extra: null },
  { type: 'GROUP', id: 'g1', name: '甲乙县城市更新工作领导小组', aliases: [], extra: null },
  {
    type: 'DOC',
    id: 'd1',
    name: '甲乙县人民政府关于张三等同志职务任免的通知',
    aliases: ['甲政任发〔2025〕2号'],
    extra: 'APPOINTMENT',
  },
  { type: 'REPORT_YEAR', id: 'r', name: '2025', aliases: [], extra: null },
  { type: 'AREA', id: '人社', name: '人社', aliases: [], extra: null },
  { type: 'DOC', id: 'd2', name: '甲乙县城市更新行动实施方案(2023—2025年)', aliases: [], extra: 'PLAN' },
];
const lex = buildLexicon(rows);
const names = (q: string) => findMentions(lex, normalizeKey(q)).map((m) => m.entity.name);

describe('normalisation', () => {
  it('folds full-width, traditional characters and spaces', () => {
    expect(normalizeText('ＧＤＰ 誰分管住建局？')).toBe('gdp谁分管住建局?');
    expect(toSimplified('縣發展和改革委員會')).toBe('县发展和改革委员会');
    expect(normalizeKey('二〇二五年《地区生产总值》')).toBe('2025年地区生产总值');
  });
});

describe('entity recognition', () => {
  it('matches names with and without the level or jurisdiction prefix', () => {
    expect(names('县住房和城乡建设局归谁管')).toEqual(['县住房和城乡建设局']);
    expect(names('住房和城乡建设局归谁管')).toEqual(['县住房和城乡建设局']);
    expect(names('城市投资建设集团有限责任公司')).toEqual(['甲乙县城市投资建设集团有限责任公司']);
  });
  it('expands abbreviations no table lists (人社局, 发改委)', () => {
    expect(names('人社局今年负责哪些目标')).toEqual(['县人力资源和社会保障局']);
    expect(names('發改委由誰分管')).toEqual(['县发展和改革委员会']);
  });
  it('matches groups without 工作, documents by 文号 in other brackets, metrics by alias', () => {
    expect(names('城市更新领导小组组长是谁')).toEqual(['甲乙县城市更新工作领导小组']);
    expect(names('甲政任发[2025]2号任免了谁')).toEqual(['甲乙县人民政府关于张三等同志职务任免的通知']);
    expect(names('今年GDP目标')).toEqual(['地区生产总值']);
  });
  it('areas of work never take characters from a unit name', () => {
    expect(names('人社局归谁管')).toEqual(['县人力资源和社会保障局']);
    expect(names('谁负责人社工作')).toEqual(['人社']);
  });
  it('matches a plan without the period it covers', () => {
    expect(names('城市更新行动实施方案的目标')).toEqual(['甲乙县城市更新行动实施方案(2023—2025年)']);
  });
  it('finds nothing in a question about nothing it knows', () => {
    expect(names('今天天气怎么样')).toEqual([]);
  });
});

describe('families and years', () => {
  const fam = (q: string) => {
    const k = normalizeKey(q);
    return classify(k, findMentions(lex, k), lex)?.family ?? null;
  };
  it('resolves 今年/去年/明年 against the latest work report', () => {
    expect(yearOf('今年', lex)).toBe(2025);
    expect(yearOf('去年', lex)).toBe(2024);
    expect(yearOf('明年', lex)).toBe(2026);
    expect(yearOf('2023年', lex)).toBe(2023);
  });
  it('classifies paraphrases and plain English', () => {
    expect(fam('谁分管住建局？')).toBe('SUPERVISOR_OF');
    expect(fam('who supervises 住建局')).toBe('SUPERVISOR_OF');
    expect(fam('王小明分管哪些部门')).toBe('SUPERVISED_BY');
    expect(fam('what does 王小明 supervise')).toBe('SUPERVISED_BY');
    expect(fam('王小明的AB角是谁')).toBe('AB_PARTNER');
    expect(fam('王小明今年分管的目标')).toBe('TARGETS_OF_LEADER');
    expect(fam('人社局今年负责哪些目标')).toBe('TARGETS_OF_ORG');
    expect(fam('去年地区生产总值完成多少')).toBe('ACHIEVED_FIGURE');
    expect(fam('今年GDP预期目标')).toBe('TARGET_FIGURE');
    expect(fam('地区生产总值计划与实际对比')).toBe('PLAN_VS_ACTUAL');
    expect(fam('清洁取暖由谁牵头')).toBe('TASK_RESPONSIBLE');
    expect(fam('城市更新领导小组成员有哪些')).toBe('GROUP_INFO');
    expect(fam('甲政任发〔2025〕2号任免了哪些人')).toBe('NOTICE_APPOINTMENTS');
    expect(fam('谁负责人社工作')).toBe('AREA_LEADER');
    expect(fam('城市更新行动实施方案的目标有哪些')).toBe('DOCUMENT_TARGETS');
    expect(fam('今天天气怎么样')).toBeNull();
  });
  it('extracts the topic of a task question', () => {
    const k = normalizeKey('清洁取暖工作由谁牵头？');
    expect(topicTerm(k, [])).toBe('清洁取暖');
  });
});
