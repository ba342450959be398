/**
 * Named cue rules: how people word a kind of question, as data. Each rule carries example
 * questions that must match and ones that must not (tests/unit/ask-cues.test.ts checks every
 * example), so a rule is widened or narrowed against its own examples, never against one
 * question of an evaluation set. Patterns run on the question key (normalizeKey: simplified,
 * lower-case, no spaces or punctuation) after the synonym table has rewritten colloquial words.
 */
import { normalizeKey } from './normalize.js';

export interface CueRule {
  name: string;
  /** what the rule recognises, in words */
  means: string;
  pattern: RegExp;
  match: string[];
  noMatch: string[];
}

const rule = (name: string, means: string, pattern: RegExp, match: string[], noMatch: string[]): CueRule => ({ name, means, pattern, match, noMatch });

export const CUES = {
  /** someone standing in for a leader who is away: the AB角 system in everyday words */
  standIn: rule(
    'standIn',
    'who stands in for a leader who is away (AB角 in everyday words)',
    /(出差|休假|请假|外出|不在岗?|不在的?时候|不在家|缺席|离岗|学习期间|生病).{0,12}(谁|哪位|找|由)|(谁|哪位)(来)?(替(?!代)|顶替|顶上|代管|代为|临时)|替他|替她|顶上|顶班|代班|替班|替补|顶岗|临时代|代为处理|代管|standin|standsin|coverfor|coversfor|whenheisaway|whensheisaway|whileaway/,
    ['周立明出差的时候谁替他', '孟都巴雅尔休假期间由谁临时代管', '李娟不在岗的话谁顶上', '李贵请假了工作找谁', 'Who stands in for Chen Xiaojun when he is away?'],
    ['周立明分管哪些单位', '李贵负责哪些工作', '谁替代了老旧小区改造', '外出务工人员就业目标'],
  ),
  /** a post and who holds it: X局局长是谁, 镇长是谁, head of X */
  postHolder: rule(
    'postHolder',
    'who holds a post (局长, 主任, 镇长, 旗长 …) — not who supervises the unit',
    /(副?(局长|主任|镇长|部长|所长|站长|队长|大队长|院长|校长|书记|主席|总经理|董事长|经理|馆长|旗长|县长|区长|市长|组长|负责人)|一把手|当家的?)(是谁|叫什么|叫啥|是哪位|是哪个|哪位|谁|是|叫|的名字|姓名|有哪些|有谁|有几位|都是谁|分别是谁|$)|(谁|哪位)(是|当|担任)\S{0,12}(局长|主任|镇长|部长|所长|旗长|县长|书记|总经理|负责人)|(director|head|chief|mayor|directorgeneral|manager)of/,
    ['住建局局长是谁', '财政局局长叫什么', '乌兰木伦镇镇长是谁', '政府办主任是哪位', '谁是旗长', '应急局局长', '财政局副局长是谁', '副旗长有哪些人', 'whoisthedirectoroftheenergybureau'],
    ['住建局归哪位副旗长管', '局长分管哪些单位', '周立明分管哪些部门', '旗长负责哪些工作的分工'],
  ),
  /** a document's own facts: number, date, issuer */
  documentInfo: rule(
    'documentInfo',
    "a document's 文号, date or issuer",
    /文号|发文字号|字号|编号|几号文|哪天|哪一天|什么时候|何时|几月|日期|时间|印发的|发布的|发的|签发|哪个单位(印发|发布|发)|谁(印发|发布|发的|签发|作的|做的|讲的|作报告)|报告人|由谁印发|发文单位|发文机关|是什么文件|是哪个文件|什么文件|哪个文件|documentnumber|docnumber|whenwas|issuedon|issuedby|whoissued|publishedon|whatdocument/,
    ['城市更新实施方案的文号是多少', '政府工作报告是谁作的', '辐射事故应急预案什么时候印发的', '领导分工和AB角调整的通知是哪天发的', '伊政办发〔2024〕11号是什么文件', '文艺激励扶持办法是哪个单位印发的'],
    ['城市更新实施方案的目标有哪些', '伊政任发〔2024〕3号任免了哪些人', '城市更新行动实施方案落实了哪些报告承诺'],
  ),
  /** an opinion, a judgement or a forecast: the gazette states facts, it does not judge or predict */
  opinion: rule(
    'opinion',
    'an opinion, a judgement or a forecast',
    /你觉得|你认为|你看|怎么看|如何看待|评价|形势|走势|趋势|(能|会|将)(达到|增长|完成|实现)(多少|几)|会是多少|将会|(明年|后年|未来|将来|以后|今后).{0,8}(会|将|能)(新增|增加|减少|下降|增长|达到|有|是)|最(能干|好|差|优秀|厉害|强|棒|出色)|谁更(好|强|能干)|哪个更好|好不好|好吗$|合理吗|合不合理|是否合理|合理不|靠谱|是个好|好领导|前景|预测|预估|预判|展望|猜|会不会|能不能(完成|实现|达到|达成)|能否(完成|实现|达到|达成)|(能|可以|会)(完成|实现|达到|达成)吗|有没有(希望|可能)|可能性|应该怎么|该不该|值不值|predict|forecast|willbe|willit|willthe|yourview|youthink|opinion|shouldwe/,
    ['你觉得今年7%的GDP目标定得合理吗', '今年GDP能不能完成目标', '预测一下明年固定资产投资增速', '乔小军是个好领导吗', '伊金霍洛旗的经济前景怎么样', '你怎么评价周立明', '今年经济形势怎么样', '2025年GDP能达到多少', '哪个副旗长最能干', '明年会新增多少学位'],
    ['今年GDP目标是多少', '去年GDP完成了多少', '社零完成了没有', '固定资产投资计划与实际完成对比', '预期增长多少', '2025年完整居住社区覆盖率要达到多少', '今年会新增多少学位', '明年的GDP目标是多少'],
  ),
  /** the same in English, read on the question as typed (lower case, words apart) */
  opinionEn: rule(
    'opinionEn',
    'an opinion or a forecast, in English',
    /\b(will|would|predict|predicted|forecast|going to be|do you think|your opinion|should we|is it good|is it reasonable|realistic|achievable|feasible|likely|good leader)\b/,
    ['what will gdp growth be next year?', 'do you think the target is reasonable?', 'predict retail sales for next year', 'is the gdp target realistic?'],
    ['what is the gdp target this year?', 'who supervises the audit bureau?', 'what was retail sales growth last year?'],
  ),
  /** a figure set against another year's or against the result: 比上年多了几个, 和去年比 */
  compareYears: rule(
    'compareYears',
    'a figure compared with another year or with the result',
    /比(去年|上年|上一年|前年|往年)|较(去年|上年)|和(去年|上年)(实际)?(比|相比|对比)|与(去年|上年)(实际)?(比|相比|对比)|同比|(多|少|高|低|差)了(几|多少)|(今年|本年).{1,20}(去年|上年)|(去年|上年).{1,20}(今年|本年)/,
    ['社零今年目标比去年实际少了几个百分点', 'GDP今年目标和去年实际比怎么样', '加氢站今年要建几座去年建了几座', '进出口总额去年完成和今年目标对比'],
    ['今年GDP目标是多少', '去年社零完成了多少', '新增城镇就业5000人由谁负责'],
  ),
  /** which plan task a report commitment is carried out by, or the reverse, in everyday words */
  implementsLink: rule(
    'implementsLink',
    'the plan task a report commitment is linked to, or the commitment a task carries out',
    /(对应|落实在|落实到|体现在|关联|衔接)(的)?(方案|政策|文件|规划|计划|报告)?(里|中|上)?(的)?(哪|什么)(一)?(项|个|些|条)?(任务|政策|措施|内容|承诺|文件)|(对应|关联)(的)?(报告)?承诺/,
    ['口袋公园5处这个目标对应方案里哪项任务', '新建改造口袋公园5处落实在哪个政策任务', '海绵城市建设任务对应的报告承诺是什么', '清洁取暖的报告承诺落实在哪个文件'],
    ['老旧小区改造由谁牵头', '今年GDP目标是多少', '城市更新方案的文号'],
  ),
  /** a person's post or career in everyday words (当了什么官, 干什么的) */
  personRole: rule(
    'personRole',
    "a person's post or what happened to them",
    /什么官|当了什么|干什么的|做什么的|是干啥|啥职务|什么职位|职位|什么身份|哪个单位的|怎么了|提拔|升职|调走|调到|whatdoes\S*do|whatis\S*job/,
    ['聂利军当了什么官', '刘志功怎么了', '王建林是干什么的'],
    ['聂利军分管哪些单位', '刘晓东负责什么工作'],
  ),
} satisfies Record<string, CueRule>;

export type CueName = keyof typeof CUES;

/** Does the question (any form: it is normalised here) match the named cue? */
export function cue(name: CueName, q: string): boolean {
  return CUES[name].pattern.test(q);
}

/** Every example of every rule, checked by the unit test: [rule, example, should match]. */
export function cueExamples(): Array<[string, string, boolean]> {
  const out: Array<[string, string, boolean]> = [];
  for (const r of Object.values(CUES) as CueRule[]) {
    const form = (m: string) => (r.name.endsWith('En') ? m.toLowerCase() : normalizeKey(m));
    for (const m of r.match) out.push([r.name, form(m), true]);
    for (const m of r.noMatch) out.push([r.name, form(m), false]);
  }
  return out;
}
