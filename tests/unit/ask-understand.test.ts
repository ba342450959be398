/**
 * The question layer's reading of everyday wording, pure (no database; the named cue rules'
 * examples: tests/unit/rules.test.ts): entity linking (synonym table, near-miss names), place and scope.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/ask/intent.js';
import { buildLexicon, type LexiconRow } from '../../src/ask/lexicon.js';
import { understand, understoodText } from '../../src/ask/linking.js';
import { foreignPlaces, scopeDecline } from '../../src/ask/place.js';
import { titleHolds } from '../../src/ask/families/post-holder.js';
import { pickDocument } from '../../src/ask/families/document-info.js';
import { plausibleOwner } from '../../src/ask/families/target-owner.js';
import { hasFigure } from '../helpers/ask-eval.js';

const rows: LexiconRow[] = [
  { type: 'JURISDICTION', id: '青山县', name: '青山县', aliases: [], extra: null },
  { type: 'LOADED_JURISDICTION', id: '青山县', name: '青山县', aliases: [], extra: null },
  { type: 'JURISDICTION', id: '鄂尔多斯市', name: '鄂尔多斯市', aliases: [], extra: null },
  { type: 'ORG', id: 'o1', name: '县住房和城乡建设局', aliases: ['住建局'], extra: 'DEPARTMENT' },
  { type: 'ORG', id: 'o2', name: '县卫生健康委员会', aliases: ['卫健委'], extra: 'DEPARTMENT' },
  { type: 'ORG', id: 'o3', name: '县文化和旅游局', aliases: [], extra: 'DEPARTMENT' },
  { type: 'ORG', id: 'o4', name: '县自然资源局', aliases: [], extra: 'DEPARTMENT' },
  { type: 'ORG', id: 'o5', name: '鄂尔多斯市生态环境局', aliases: [], extra: 'EXTERNAL' },
  { type: 'ORG', id: 'o6', name: '东山镇', aliases: [], extra: 'TOWN' },
  { type: 'PERSON', id: 'p1', name: '钱志远', aliases: [], extra: null },
  { type: 'METRIC', id: '社会消费品零售总额', name: '社会消费品零售总额', aliases: [], extra: null },
  { type: 'METRIC', id: '地区生产总值', name: '地区生产总值', aliases: [], extra: null },
  { type: 'METRIC', id: '新建加氢站、氢电油一体站', name: '新建加氢站、氢电油一体站', aliases: [], extra: null },
  { type: 'METRIC', id: '建成加氢站', name: '建成加氢站', aliases: [], extra: null },
  { type: 'AREA', id: '文化旅游', name: '文化旅游', aliases: [], extra: null },
  {
    type: 'DOC',
    id: 'd1',
    name: '青山县人民政府办公室关于印发青山县辐射事故应急预案的通知',
    aliases: ['青政办发〔2025〕7号'],
    extra: 'NOTICE',
  },
  { type: 'DOC', id: 'd2', name: '青山县辐射事故应急预案', aliases: [], extra: 'EMERGENCY_PLAN' },
  { type: 'DOC', id: 'd3', name: '鄂尔多斯市辐射事故应急预案', aliases: ['鄂府办发〔2023〕53号'], extra: 'CITED' },
  { type: 'REPORT_YEAR', id: 'r', name: '2025', aliases: [], extra: null },
];
const lex = buildLexicon(rows);
const read = (q: string) => understand(q, lex);

// the named cue rules' match/noMatch examples: tests/unit/rules.test.ts

describe('entity linking', () => {
  it('reads the reviewed synonyms into the graph’s words, and says so', () => {
    const u = read('社零今年目标');
    expect(u.mentions.map((m) => m.entity.name)).toContain('社会消费品零售总额');
    expect(understoodText(u.links, u.mentions)).toContain('“社零”→社会消费品零售总额');
    expect(read('文旅局归谁管').mentions.map((m) => m.entity.name)).toContain('县文化和旅游局');
    expect(read('文旅这块归哪个副县长').mentions.map((m) => m.entity.name)).toContain('文化旅游');
  });

  it('leaves a word alone when the question already wrote the long form', () => {
    expect(read('社会消费品零售总额今年目标').links).toEqual([]);
  });

  it('corrects a near-miss unit name: same-sounding characters, not the tail', () => {
    const u = read('住健局谁分管');
    expect(u.mentions.map((m) => m.entity.name)).toContain('县住房和城乡建设局');
    expect(u.links[0]).toMatchObject({ said: '住健局', reason: 'FUZZY' });
    expect(read('卫建委归谁管').mentions.map((m) => m.entity.name)).toContain('县卫生健康委员会');
    expect(read('自然资原局归谁管').mentions.map((m) => m.entity.name)).toContain('县自然资源局');
    // a different unit kind (委 vs 局) is not a typo of it
    expect(read('住建委谁分管').links.filter((l) => l.reason === 'FUZZY')).toEqual([]);
  });

  it('reads a 文号 written short as the one document with that number', () => {
    for (const q of ['青政办发7号是什么文件', '7号文是什么时候印发的']) {
      const u = read(q);
      expect(u.mentions.map((m) => m.entity.name)).toContain(
        '青山县人民政府办公室关于印发青山县辐射事故应急预案的通知',
      );
    }
    // a number no document has stays as it is
    expect(read('9号文是什么').links).toEqual([]);
  });

  it('a misheard two-character name where a name stands (李桂 → 李贵)', () => {
    const lex2 = buildLexicon([...rows, { type: 'PERSON', id: 'p2', name: '李贵', aliases: [], extra: null }]);
    expect(understand('李桂分管什么', lex2).mentions.map((m) => m.entity.name)).toContain('李贵');
    expect(understand('桂花分管什么', lex2).mentions.map((m) => m.entity.name)).not.toContain('李贵');
  });

  it('finds each thing a listed metric names (新建加氢站、氢电油一体站 by 加氢站)', () => {
    const names = read('今年要新建多少个加氢站').mentions.map((m) => m.entity.name);
    expect(names).toContain('新建加氢站、氢电油一体站');
  });
});

describe('everyday wording → families', () => {
  const fam = (q: string) => {
    const u = read(q);
    return classify(u.q, u.mentions, lex)?.family;
  };
  it('reads stand-ins, posts, documents and comparisons', () => {
    expect(fam('钱志远出差的时候谁替他')).toBe('AB_PARTNER');
    expect(fam('住建局局长是谁')).toBe('POST_HOLDER');
    expect(fam('住建局归谁管')).toBe('SUPERVISOR_OF');
    expect(fam('辐射事故应急预案什么时候印发的')).toBe('DOCUMENT_INFO');
    expect(fam('社零今年目标比去年实际多了几个百分点')).toBe('PLAN_VS_ACTUAL');
    // the current year is not over: 完成 there is the commitment
    expect(fam('今年要完成多少社会消费品零售总额')).toBe('TARGET_FIGURE');
    expect(fam('去年社会消费品零售总额完成了多少')).toBe('ACHIEVED_FIGURE');
  });

  it('picks the printed document over a cited one, unless the question names the citing place', () => {
    const u = read('辐射事故应急预案的文号');
    expect(pickDocument(u.q, u.mentions, lex)?.doc.extra).not.toBe('CITED');
    const v = read('鄂尔多斯市辐射事故应急预案的文号');
    expect(pickDocument(v.q, v.mentions, lex)?.doc.name).toBe('鄂尔多斯市辐射事故应急预案');
  });

  it('a deputy post is not the post, nor the post its deputy', () => {
    expect(titleHolds('县财政局局长', '局长')).toBe(true);
    expect(titleHolds('副局长', '局长')).toBe(false);
    expect(titleHolds('副局长', '副局长')).toBe(true);
    expect(titleHolds('代县长', '县长')).toBe(true);
    expect(titleHolds('副县长', '县长')).toBe(false);
  });
});

describe('place and scope', () => {
  const decline = (q: string) => {
    const u = read(q);
    return scopeDecline(q, u.q, u.mentions, lex, classify(u.q, u.mentions, lex));
  };
  it('declines other places, the nation, opinions and forecasts, naming what is loaded, without digits', () => {
    for (const q of [
      '鄂尔多斯市今年GDP增长目标是多少',
      '准格尔旗谁分管住建局',
      '全国今年GDP增长目标',
      "What is Ordos city's GDP target?",
      '府谷县今年社零目标',
      '你觉得今年GDP目标合理吗',
      'What will GDP growth be next year?',
    ]) {
      const d = decline(q);
      expect([q, d?.kind ?? null]).not.toEqual([q, null]);
      expect(hasFigure(d!.answer)).toBe(false);
      if (d!.kind !== 'OPINION') expect(d!.answer).toContain('青山县');
    }
  });

  it('answers questions about the loaded county, and names of the graph that contain another place', () => {
    for (const q of [
      '今年GDP增长目标是多少',
      '青山县谁分管住建局',
      '鄂尔多斯市生态环境局的电话',
      '鄂尔多斯市辐射事故应急预案的文号',
      '东山镇镇长是谁',
      '谁分管县住建局',
    ]) {
      expect([q, decline(q)]).toEqual([q, null]);
    }
    expect(foreignPlaces('北京大学附属中学合作', '北京大学附属中学合作', [], lex)).toEqual([]);
  });
});

describe('owner plausibility', () => {
  it('a division-of-work owner needs a shared word in the target’s own clause', () => {
    expect(
      plausibleOwner({ basis: 'PORTFOLIO', terms: ['消防'], text: '亩均投资强度达到400万元', metric: '亩均投资强度' }),
    ).toBe(false);
    expect(
      plausibleOwner({ basis: 'PORTFOLIO', terms: ['就业'], text: '新增城镇就业5000人', metric: '城镇新增就业' }),
    ).toBe(true);
    expect(plausibleOwner({ basis: 'STATED', terms: [], text: 'x' })).toBe(true);
  });
});
