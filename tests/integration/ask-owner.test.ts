/**
 * Owner questions, plain English and 'not recorded' answers on a real Neo4j holding the invented
 * county (青山县): the engine knows no names of the seed, and asking changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/ask/index.js';
import { snapshot, useCountyGraph } from '../helpers/ask-db.js';

const county = useCountyGraph();
const { deps } = county;

describe('who owns a target', () => {
  it.each([
    '城镇新增就业目标由谁负责',
    '新增就业3500人由哪个部门负责？',
    'Which department owns the urban employment target?',
    '城鎮新增就業目標歸誰管',
  ])('%s', async (q) => {
    const a = await ask(q, deps);
    expect(a.mode).toBe('RULE');
    expect(a.family).toBe('TARGET_OWNER');
    expect(a.answer).toContain('城镇新增就业3500人以上');
    expect(a.answer).toContain('县人力资源和社会保障局');
    // the basis is said in words, and the leader who supervises the lead unit is named
    expect(a.answer).toMatch(/文件明确|依据领导分工/);
    expect(a.answer).toContain('孙海燕');
    expect(a.citations.length).toBeGreaterThanOrEqual(2);
    county.citationsAreVerbatim(a);
  });
  it('says so when a target has no owner, and lists the unowned', async () => {
    const a = await ask('今年粮食产量目标归谁管', deps);
    expect(a.family).toBe('TARGET_OWNER');
    expect(a.answer).toContain('粮食产量稳定在10万吨以上');
    expect(a.answer).toContain('没有明确的责任单位');
    const u = await ask('今年哪些目标还没有明确牵头单位', deps);
    expect(u.family).toBe('UNASSIGNED_TARGETS');
    expect(u.answer).toContain('粮食产量');
    expect(u.answer).not.toContain('城镇新增就业');
  });
});

describe('plain English and pinyin', () => {
  it.each([
    ['Who supervises the finance bureau?', 'SUPERVISOR_OF', '钱志远'],
    ['Which departments does Sun Haiyan supervise?', 'SUPERVISED_BY', '县民政局'],
    ["Who is Qian Zhiyuan's AB partner?", 'AB_PARTNER', '孙海燕'],
    ['What is the GDP growth target this year?', 'TARGET_FIGURE', '6%'],
    ['Who leads the clean heating task?', 'TASK_RESPONSIBLE', '县发展和改革局'],
    ['What is the phone number of the development and reform bureau?', 'CONTACTS', '0351-1234567'],
  ])('%s', async (q, family, expected) => {
    const a = await ask(q, deps);
    expect([a.mode, a.family]).toEqual(['RULE', family]);
    expect(a.answer).toContain(expected);
  });
});

describe('a recognised entity without the asked fact', () => {
  it('says the fact is not recorded instead of showing unrelated passages', async () => {
    const a = await ask('民政局的联系电话', deps);
    expect(a.mode).toBe('NONE');
    expect(a.family).toBe('CONTACTS');
    expect(a.answer).toContain('没有记录县民政局的联系电话');
    expect(a.rows).toEqual([]);
    expect(a.query).toMatch(/MATCH/);
  });
  it('asking changes nothing', async () => {
    const before = await snapshot(county.store);
    for (const q of [
      '城镇新增就业目标由谁负责',
      'Who supervises the finance bureau?',
      '民政局的联系电话',
      '今年哪些目标还没有明确牵头单位',
    ])
      await ask(q, deps);
    expect(await snapshot(county.store)).toEqual(before);
  });
});

describe('more shapes of the same questions', () => {
  it('yes/no on the unit that owns a target', async () => {
    const yes = await ask('城镇新增就业3500人的牵头单位是人社局吗', deps);
    expect([yes.family, yes.answer.startsWith('是')]).toEqual(['TARGET_OWNER', true]);
    const no = await ask('城镇新增就业3500人的牵头单位是民政局吗', deps);
    expect(no.answer.startsWith('否')).toBe(true);
    expect(no.answer).toContain('县人力资源和社会保障局');
  });
  it('several leaders at once, and 谁负责 + a unit', async () => {
    const a = await ask('钱志远和孙海燕分别分管哪些单位', deps);
    expect(a.family).toBe('SUPERVISED_BY');
    for (const e of ['县财政局', '县民政局']) expect(a.answer).toContain(e);
    const b = await ask('谁负责统计局', deps);
    expect([b.family, b.answer.includes('钱志远')]).toEqual(['SUPERVISOR_OF', true]);
  });
  it('a NONE answer carries no digits, even when a year was asked', async () => {
    const a = await ask('李国强2025年分管的单位有哪些', deps);
    if (a.mode === 'NONE') expect(a.answer).not.toMatch(/\d/);
  });
});
