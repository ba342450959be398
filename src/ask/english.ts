/**
 * Plain English (and pinyin person names) → the Chinese vocabulary the engine already
 * recognises. A small general glossary of government words — department fields, statistical
 * metrics, question verbs — never names of a particular county: people are matched by the pinyin
 * of the names in the graph itself.
 */
import { pinyin } from 'pinyin-pro';

/**
 * Ordered: longer phrases first, so "human resources and social security" wins over "security".
 * Each entry is a whole-word phrase (spaces or hyphens between words) → Chinese.
 */
const GLOSSARY: Array<[string, string]> = [
  // question shapes
  ['who is responsible for', '谁负责'],
  ['accountable for', '负责'],
  ['accountable', '负责'],
  ['who is in charge of', '谁分管'],
  ["who's in charge of", '谁分管'],
  ['who is in charge', '谁分管'],
  ['in charge of', '分管'],
  ['responsible for', '负责'],
  ['which departments', '哪些单位'],
  ['what departments', '哪些单位'],
  ['which units', '哪些单位'],
  ['which bureaus', '哪些单位'],
  ['which department', '哪个部门'],
  ['what department', '哪个部门'],
  ['which unit', '哪个单位'],
  ['which bureau', '哪个部门'],
  ['which leader', '哪位领导'],
  ['which official', '哪位领导'],
  ['how much', '多少'],
  ['how many', '多少'],
  ['what is', '什么是'],
  ['what was', '什么是'],
  ['this year', '今年'],
  ['last year', '去年'],
  ['next year', '明年'],
  ['the year before last', '前年'],
  ['planned versus actual', '计划与实际对比'],
  ['plan versus actual', '计划与实际对比'],
  ['planned vs actual', '计划与实际对比'],
  ['stands in for', 'ab角'],
  ['stand in for', 'ab角'],
  ['covers for', 'ab角'],
  ['cover for', 'ab角'],
  ['deputizes for', 'ab角'],
  ['deputises for', 'ab角'],
  ['who is the director of', '谁是局长'],
  ['who is the head of', '谁是负责人'],
  ['director of', '局长'],
  ['head of', '负责人'],
  ['who heads', '谁是负责人'],
  ['when was', '什么时候'],
  ['when were', '什么时候'],
  ['when is', '什么时候'],
  ['issued', '印发'],
  ['published', '印发'],
  ['emergency plan', '应急预案'],
  ['radiation accident', '辐射事故'],
  ['radiation', '辐射事故'],
  ['document number', '文号'],
  ['leaders division of work', '领导工作分工'],
  ['division of work', '领导工作分工'],
  ['notice', '通知'],
  ['ab partner', 'ab角'],
  ['ab role', 'ab角'],
  ['ab partners', 'ab角'],
  ['backup', 'ab角'],
  ['back-up', 'ab角'],
  ['deputy for', 'ab角'],
  ['keeps in contact with', '联系'],
  ['keep in contact with', '联系'],
  ['liaises with', '联系'],
  ['liaise with', '联系'],
  ['liaison', '联系'],
  ['phone number', '联系电话'],
  ['telephone number', '联系电话'],
  ['contact number', '联系电话'],
  ['contact details', '联系方式'],
  ['contact information', '联系方式'],
  ['contact', '联系方式'],
  ['telephone', '电话'],
  ['phone', '电话'],
  ['hotline', '热线'],
  ['leading group', '领导小组'],
  ['working group', '工作组'],
  ['headquarters', '指挥部'],
  ['group leader', '组长'],
  ['members', '成员'],
  ['appointed', '任命'],
  ['appointments', '任免'],
  ['appointment', '任免'],
  ['removed from', '免去'],
  ['position', '职务'],
  ['post', '职务'],
  ['not yet assigned', '还没有明确牵头单位'],
  ['unassigned', '还没有明确牵头单位'],
  ['without an owner', '还没有明确牵头单位'],
  ['no owner', '还没有明确牵头单位'],
  ['without owners', '还没有明确牵头单位'],
  ['supervises', '分管'],
  ['supervise', '分管'],
  ['supervised', '分管'],
  ['supervisor', '分管领导'],
  ['oversees', '分管'],
  ['oversee', '分管'],
  ['overseen', '分管'],
  ['assists', '协助'],
  ['assist', '协助'],
  ['helps', '协助'],
  ['leads', '牵头'],
  ['lead', '牵头'],
  ['led', '牵头'],
  ['owns', '负责'],
  ['owner', '负责单位'],
  ['owners', '负责单位'],
  ['own', '负责'],
  ['targets', '目标'],
  ['target', '目标'],
  ['goals', '目标'],
  ['goal', '目标'],
  ['indicators', '指标'],
  ['indicator', '指标'],
  ['achieved', '完成'],
  ['actual', '实际完成'],
  ['growth', '增长'],
  ['increase', '增长'],
  ['task', '任务'],
  ['tasks', '任务'],
  ['portfolio', '分工'],
  ['duties', '分工'],
  ['areas of work', '分工'],
  ['who', '谁'],
  ['which', '哪个'],
  // department fields (a bureau word after them makes the unit: housing bureau → 住房和城乡建设局)
  ['housing and urban-rural development', '住房和城乡建设'],
  ['housing and urban rural development', '住房和城乡建设'],
  ['housing and construction', '住房和城乡建设'],
  ['housing', '住房和城乡建设'],
  ['human resources and social security', '人力资源和社会保障'],
  ['human resources', '人力资源和社会保障'],
  ['social security', '人力资源和社会保障'],
  ['development and reform', '发展和改革'],
  ['education and sports', '教育体育'],
  ['education', '教育'],
  ['civil affairs', '民政'],
  ['finance', '财政'],
  ['natural resources', '自然资源'],
  ['ecology and environment', '生态环境'],
  ['ecological environment', '生态环境'],
  ['environment', '生态环境'],
  ['transportation', '交通运输'],
  ['transport', '交通运输'],
  ['health commission', '卫生健康委'],
  ['health', '卫生健康'],
  ['emergency management', '应急管理'],
  ['market regulation', '市场监督管理'],
  ['market supervision', '市场监督管理'],
  ['public security', '公安'],
  ['police', '公安'],
  ['justice', '司法'],
  ['audit', '审计'],
  ['statistics', '统计'],
  ['water resources', '水利'],
  ['water conservancy', '水利'],
  ['agriculture and animal husbandry', '农牧'],
  ['agriculture', '农业农村'],
  ['forestry and grassland', '林业和草原'],
  ['forestry', '林业'],
  ['science and technology', '科学技术'],
  ['technology', '科学技术'],
  ['industry and information technology', '工业和信息化'],
  ['industry and it', '工业和信息化'],
  ['energy', '能源'],
  ['veterans affairs', '退役军人事务'],
  ['culture and tourism', '文化和旅游'],
  ['medical security', '医疗保障'],
  ['medical insurance', '医疗保障'],
  ['commerce', '商务'],
  ['taxation', '税务'],
  ['big data', '大数据'],
  ['petitions', '信访'],
  ['bureau', '局'],
  ['department', '局'],
  ['administration', '局'],
  ['commission', '委员会'],
  ['center', '中心'],
  ['centre', '中心'],
  ['office', '办公室'],
  // metrics (general statistical vocabulary)
  ['gross domestic product', '地区生产总值'],
  ['gdp', '地区生产总值'],
  ['unemployment rate', '城镇登记失业率'],
  ['urban employment', '城镇新增就业'],
  ['new urban jobs', '城镇新增就业'],
  ['new jobs', '城镇新增就业'],
  ['employment', '城镇新增就业'],
  ['fixed-asset investment', '固定资产投资'],
  ['fixed asset investment', '固定资产投资'],
  ['investment in fixed assets', '固定资产投资'],
  ['retail sales of consumer goods', '社会消费品零售总额'],
  ['total retail sales', '社会消费品零售总额'],
  ['retail sales', '社会消费品零售总额'],
  ['general public budget revenue', '一般公共预算收入'],
  ['public budget revenue', '一般公共预算收入'],
  ['fiscal revenue', '一般公共预算收入'],
  ['budget revenue', '一般公共预算收入'],
  ['disposable income', '居民人均可支配收入'],
  ['imports and exports', '进出口总额'],
  ['foreign trade', '进出口总额'],
  ['r&d spending', '全社会研发投入'],
  ['research and development', '研发投入'],
  ['grain output', '粮食产量'],
  // common topics of tasks
  ['new market entities', '新增市场主体'],
  ['market entities', '市场主体'],
  ['market entity', '市场主体'],
  ['old residential areas', '老旧小区'],
  ['old residential area', '老旧小区'],
  ['old residential compounds', '老旧小区'],
  ['old neighborhoods', '老旧小区'],
  ['old neighbourhoods', '老旧小区'],
  ['renovation', '改造'],
  ['renovate', '改造'],
  ['retrofit', '改造'],
  ['clean heating', '清洁取暖'],
  ['sponge city', '海绵城市'],
  ['urban renewal', '城市更新'],
  ['garbage', '垃圾治理'],
  ['waste', '垃圾治理'],
];

/** Words that carry no meaning once the glossary has run. */
const FILLER = new Set(
  'the a an is are was were be been do does did of for to in on at by with and or s me tell please its it this that there has have had about what whats whos whom whose number numbers name names current currently our my'.split(
    ' ',
  ),
);

const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ü/g, 'v');

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GLOSSARY_RE = GLOSSARY.sort((a, b) => b[0].length - a[0].length).map(([en, zh]) => ({
  re: new RegExp(
    `(?<![a-z])${en
      .split(/[\s-]+/)
      .map(escapeRe)
      .join('[\\s-]*')}(?![a-z])`,
    'g',
  ),
  zh,
}));

/** Readings of one character, most common first (pinyin-pro, offline). */
function readings(ch: string): string[] {
  if (!/\p{Script=Han}/u.test(ch)) return [];
  const all = pinyin(ch, { multiple: true, type: 'array', toneType: 'none' });
  return [...new Set(all.map((r) => stripMarks(r.toLowerCase())))].filter(Boolean);
}

/** Every way a Chinese name may be written in pinyin (polyphones, surname first or last), space-free. */
export function pinyinKeys(name: string): string[] {
  const chars = [...name];
  if (chars.length < 2 || chars.length > 6 || !chars.every((c) => /\p{Script=Han}/u.test(c))) return [];
  // the surname reading first (曾 zeng, 单 shan), then every reading of each character, capped
  const surname = stripMarks(
    String(pinyin(name, { surname: 'head', toneType: 'none', type: 'array' })[0] ?? '').toLowerCase(),
  );
  let combos: string[][] = [[]];
  chars.forEach((c, i) => {
    const rs = readings(c);
    const opts = i === 0 && surname ? [surname, ...rs.filter((r) => r !== surname)] : rs;
    const next: string[][] = [];
    for (const combo of combos) for (const r of opts) if (next.length < 24) next.push([...combo, r]);
    combos = next;
  });
  const out = new Set<string>();
  for (const c of combos) {
    out.add(c.join(''));
    // Western order: given name, then surname (Liming Zhou)
    out.add([...c.slice(1), c[0]].join(''));
  }
  return [...out].filter((k) => k.length >= 4);
}

export interface PinyinIndex {
  /** space-free pinyin → the Chinese names it may stand for */
  names: Map<string, string[]>;
}

export function buildPinyinIndex(personNames: string[]): PinyinIndex {
  const names = new Map<string, string[]>();
  for (const n of [...new Set(personNames)].sort()) {
    for (const k of pinyinKeys(n)) {
      const list = names.get(k) ?? [];
      if (!list.includes(n)) list.push(n);
      names.set(k, list);
    }
  }
  return { names };
}

/**
 * Latin words of a question → Chinese: pinyin runs that spell a person of the graph (one to four
 * words, with or without spaces and tone marks), then the glossary; filler words are dropped.
 * Chinese text passes through unchanged.
 */
export function englishToChinese(question: string, index: PinyinIndex | null): string {
  let text = stripMarks(question.normalize('NFKC')).toLowerCase().replace(/[’‘]/g, "'");
  if (!/[a-z]/.test(text)) return question;
  if (index && index.names.size) {
    const words = [...text.matchAll(/[a-z]+/g)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
    const cuts: Array<{ start: number; end: number; name: string }> = [];
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(4, words.length - i); n >= 1; n--) {
        // words of one name sit next to each other: only spaces, hyphens or apostrophes between
        const span = words.slice(i, i + n);
        if (span.some((w, j) => j > 0 && !/^[\s'-]*$/.test(text.slice(span[j - 1].end, w.start)))) continue;
        const hit = index.names.get(span.map((w) => w.w).join(''));
        if (!hit) continue;
        // several people written alike: the first (sorted) stands, the ambiguity is rare and visible
        cuts.push({ start: span[0].start, end: span[n - 1].end, name: hit[0] });
        i += n - 1;
        break;
      }
    }
    for (const c of cuts.reverse()) text = `${text.slice(0, c.start)} ${c.name} ${text.slice(c.end)}`;
  }
  for (const { re, zh } of GLOSSARY_RE) text = text.replace(re, ` ${zh} `);
  // A角 / B角 are Chinese words, not the article a: a letter before 角 or 岗 stays
  text = text
    .replace(/'s(?![a-z])/g, '的')
    .replace(/[a-z]+/g, (w, at: number) => (FILLER.has(w) && !/^\s*[角岗]/.test(text.slice(at + w.length)) ? ' ' : w));
  return text;
}
