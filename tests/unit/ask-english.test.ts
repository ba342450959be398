import { describe, expect, it } from 'vitest';
import { buildPinyinIndex, englishToChinese, pinyinKeys } from '../../src/ask/english.js';
import { classify, numbersOf } from '../../src/ask/intent.js';
import { buildLexicon, findMentions, type LexiconRow } from '../../src/ask/lexicon.js';
import { normalizeKey, toSimplified } from '../../src/ask/normalize.js';

// an invented county: nothing here is a name of the seed gazette
const rows: LexiconRow[] = [
  { type: 'JURISDICTION', id: '丙丁县', name: '丙丁县', aliases: [], extra: null },
  { type: 'ORG', id: 'o1', name: '县住房和城乡建设局', aliases: [], extra: 'DEPARTMENT' },
  { type: 'ORG', id: 'o2', name: '县发展和改革委员会', aliases: [], extra: 'DEPARTMENT' },
  { type: 'ORG', id: 'o3', name: '县应急管理局', aliases: [], extra: 'DEPARTMENT' },
  { type: 'ORG', id: 'o4', name: '县教育体育局', aliases: [], extra: 'DEPARTMENT' },
  { type: 'PERSON', id: 'p1', name: '曾海涛', aliases: [], extra: null },
  { type: 'PERSON', id: 'p2', name: '孟都巴雅尔', aliases: [], extra: null },
  { type: 'METRIC', id: 'm1', name: '社会消费品零售总额', aliases: [], extra: null },
  { type: 'METRIC', id: 'm2', name: '新建高标准农田', aliases: [], extra: null },
  { type: 'METRIC', id: 'm3', name: '城镇新增就业', aliases: [], extra: null },
  { type: 'REPORT_YEAR', id: 'r', name: '2025', aliases: [], extra: null },
];
const lex = buildLexicon(rows);
const intentOf = (question: string) => {
  const q = normalizeKey(englishToChinese(question, lex.pinyin));
  return classify(q, findMentions(lex, q), lex);
};

describe('pinyin names', () => {
  it('spells a name with every reading, surname first or last', () => {
    expect(pinyinKeys('曾海涛')).toEqual(expect.arrayContaining(['zenghaitao', 'haitaozeng']));
    // 都 is read du in names as well as dou
    expect(pinyinKeys('孟都巴雅尔')).toContain('mengdubayaer');
  });
  it('replaces a pinyin run with the name, with or without spaces and tone marks', () => {
    const index = buildPinyinIndex(['曾海涛']);
    for (const q of [
      'What does Zeng Haitao supervise?',
      'what does zenghaitao supervise',
      'What does Zēng Hǎitāo oversee?',
      'Haitao Zeng supervises what?',
    ]) {
      expect(englishToChinese(q, index)).toContain('曾海涛');
    }
    expect(englishToChinese('What does Zeng supervise?', index)).not.toContain('曾海涛');
  });
});

describe('English glossary', () => {
  it.each([
    ['Who supervises the housing bureau?', 'SUPERVISOR_OF', '县住房和城乡建设局'],
    ['Who is in charge of the education bureau?', 'SUPERVISOR_OF', '县教育体育局'],
    ['Which departments does Zeng Haitao supervise?', 'SUPERVISED_BY', '曾海涛'],
    ["Who is Meng Dubayaer's AB partner?", 'AB_PARTNER', '孟都巴雅尔'],
    ['What is the retail sales target this year?', 'TARGET_FIGURE', '社会消费品零售总额'],
    ['Which department owns the urban employment target?', 'TARGET_OWNER', '城镇新增就业'],
    ['Phone number of the emergency management bureau', 'CONTACTS', '县应急管理局'],
  ])('%s → %s', (q, family, name) => {
    const intent = intentOf(q);
    expect(intent?.family).toBe(family);
    const names = [intent?.org, intent?.person, ...(intent?.metrics ?? [])].filter(Boolean).map((e) => e!.name);
    expect(names).toContain(name);
  });
});

describe('owner questions', () => {
  it('a metric or a quoted figure with an owner cue asks for the owner', () => {
    expect(intentOf('城镇新增就业目标由谁负责')?.family).toBe('TARGET_OWNER');
    expect(intentOf('高标准农田2万亩谁来抓落实')?.family).toBe('TARGET_OWNER');
    expect(intentOf('社零总额增长8%由哪个部门牵头')?.metrics?.map((m) => m.name)).toEqual(['社会消费品零售总额']);
    expect(numbersOf('2025年城镇新增就业3500人')).toEqual([3500]);
  });
  it('a bare topic is a task first, a target second', () => {
    const intent = intentOf('城镇新增就业由谁牵头');
    expect(intent?.family).toBe('TASK_RESPONSIBLE');
    expect(intent?.fallback?.family).toBe('TARGET_OWNER');
  });
  it('asks for unowned targets', () => {
    expect(intentOf('今年哪些目标还没有明确牵头单位')?.family).toBe('UNASSIGNED_TARGETS');
    expect(intentOf('还有哪些指标没落实责任部门')?.family).toBe('UNASSIGNED_TARGETS');
  });
});

describe('abbreviations without the unit word', () => {
  it('住建 / 发改 name a unit at a word boundary, not inside another word', () => {
    expect(findMentions(lex, normalizeKey('住建的分管领导是谁')).map((m) => m.entity.name)).toEqual([
      '县住房和城乡建设局',
    ]);
    expect(findMentions(lex, normalizeKey('发改今年负责哪些目标')).map((m) => m.entity.name)).toEqual([
      '县发展和改革委员会',
    ]);
    expect(findMentions(lex, normalizeKey('辐射事故应急联系电话')).filter((m) => m.entity.type === 'ORG')).toEqual([]);
  });
  it('traditional characters beyond any hand-made table', () => {
    expect(toSimplified('職業技能培訓由哪個部門負責，李貴')).toBe('职业技能培训由哪个部门负责，李贵');
  });
});
