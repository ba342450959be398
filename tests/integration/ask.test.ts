/**
 * The offline engine on a real Neo4j holding an invented county (青山县): every family, the
 * tolerances (abbreviation, missing prefix, traditional characters, English), SEARCH and NONE.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/ask/index.js';
import { useCountyGraph } from '../helpers/ask-db.js';

const { deps, citationsAreVerbatim } = useCountyGraph();

describe('ask (RULE)', () => {
  it.each([
    ['谁分管发改局？', 'SUPERVISOR_OF', ['钱志远']],
    ['县财政局的分管领导是哪位', 'SUPERVISOR_OF', ['钱志远']],
    ['就业服务中心归谁管', 'SUPERVISOR_OF', ['孙海燕']],
    ['who supervises 财政局?', 'SUPERVISOR_OF', ['钱志远']],
    ['孙海燕分管哪些部门', 'SUPERVISED_BY', ['县民政局', '县人力资源和社会保障局', '县卫生健康委员会']],
    ['What does 钱志远 supervise?', 'SUPERVISED_BY', ['县发展和改革局', '县财政局', '县统计局']],
    ['钱志远的AB角是谁', 'AB_PARTNER', ['孙海燕']],
    ['谁协助孙海燕工作', 'ASSISTS', ['李国强']],
    ['孙海燕负责哪些方面的工作', 'PORTFOLIO', ['民政', '人社', '卫生健康']],
    ['钱志远联系哪些单位', 'LIAISES', ['县税务局']],
    ['今年地区生产总值预期增长多少', 'TARGET_FIGURE', ['6%']],
    ['去年GDP实际增长多少', 'ACHIEVED_FIGURE', ['5.1%']],
    ['地区生产总值计划与实际完成对比', 'PLAN_VS_ACTUAL', ['6%', '5.1%']],
    ['人社局今年负责哪些目标？', 'TARGETS_OF_ORG', ['城镇新增就业']],
    ['孫海燕今年分管的目標有哪些', 'TARGETS_OF_LEADER', ['城镇新增就业']],
    ['清洁取暖由谁牵头', 'TASK_RESPONSIBLE', ['县发展和改革局', '县财政局', '县民政局']],
    ['清洁取暖领导小组的组长和办公室', 'GROUP_INFO', ['赵文华', '县发展和改革局']],
    ['周明任什么职务', 'PERSON_APPOINTMENTS', ['县财政局', '副局长']],
    ['青政任发[2025]7号任免了哪些人', 'NOTICE_APPOINTMENTS', ['周明', '吴芳']],
    ['发改局的联系电话是多少', 'CONTACTS', ['0351-1234567']],
    ['老旧小区改造这项报告承诺对应哪个政策任务', 'IMPLEMENTS', ['推进清洁取暖改造']],
  ])('%s → %s', async (q, family, expected) => {
    const a = await ask(q, deps);
    expect(a.mode).toBe('RULE');
    expect(a.family).toBe(family);
    for (const e of expected) expect(a.answer).toContain(e);
    expect(a.query).toMatch(/MATCH|CALL/);
    expect(a.rows.length).toBeGreaterThan(0);
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.confidence).toBeGreaterThan(0.5);
    citationsAreVerbatim(a);
  });

  it('does not name a supervisor the graph does not hold', async () => {
    const a = await ask('谁分管县审计局', deps);
    expect(a.answer).toContain('赵文华');
    expect(a.answer).not.toContain('钱志远');
  });
});

describe('ask (SEARCH / NONE)', () => {
  it('falls back to passages and says they are passages', async () => {
    const a = await ask('老旧小区有什么安排', deps);
    expect(a.mode).toBe('SEARCH');
    expect(a.answer).toContain('段落');
    expect(a.citations.length).toBeGreaterThan(0);
    citationsAreVerbatim(a);
  });

  it('says plainly when nothing matches, and never invents a figure', async () => {
    for (const q of ['明年的天气怎么样？', 'What is the weather on Mars?']) {
      const a = await ask(q, deps);
      expect(a.mode).toBe('NONE');
      expect(a.answer).toMatch(/没有/);
      expect(a.rows).toEqual([]);
      expect(a.answer).not.toMatch(/\d/);
    }
  });

  it('a metric with no figure for the asked year shows what exists, labelled by year', async () => {
    const a = await ask('2030年城镇新增就业目标是多少', deps);
    expect(a.answer).toContain('没有找到2030年');
    expect(a.answer).not.toMatch(/2030年城镇新增就业目标：/);
  });

  it('rejects empty questions', async () => {
    await expect(ask('   ', deps)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
