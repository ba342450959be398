/**
 * Projects: named construction or industrial projects (…项目, …期工程), with the capacity written
 * in the name (50GWh, 4×100兆瓦, 125万吨) and what the text commits to (开工建设, 加快推进…投产).
 */
import type { ParsedDocument, Span } from '../gazette/types.js';
import { sectionAt } from '../gazette/types.js';
import kinds from '../../seed/lexicon/project-kinds.json' with { type: 'json' };
import { kindSpec } from '../kinds/index.js';

export interface ProjectFact {
  span: Span;
  name: string;
  capacity: string | null;
  action: string | null;
  year: number | null;
}

const NUM = '\\d+(?:\\.\\d+)?';
const UNIT =
  'GWh|MWh|kWh|GW|MW|kW|兆瓦时|万千瓦时|万千瓦|兆瓦|千瓦|万千伏安|千伏|万吨|吨|万立方米|立方米|万平方米|平方米|万头|万只|万套|万台|台|套|座|公里';
const CAPACITY = new RegExp(`${NUM}(?:\\s*[×xX＊*]\\s*${NUM})?\\s*(?:${UNIT})`);

/** Verbs that open a clause about projects, longest first so 开工建设 wins over 开工. */
const PRE = [
  '开工建设',
  '启动建设',
  '加快建设',
  '加快推进',
  '全力推进',
  '推进',
  '推动',
  '确保',
  '力争',
  '实施',
  '新建',
  '续建',
  '建成',
  '建设',
  '启动',
  '谋划',
  '引进',
  '加快',
  '争取',
  '开工',
  '完成',
];
/** What happens to them, as written after the name. */
const POST = [
  '建成投用',
  '建成投产',
  '竣工投产',
  '投入使用',
  '投产运营',
  '开业运营',
  '建成通车',
  '建成',
  '投产',
  '达产',
  '开工',
  '落地',
  '竣工',
  '运营',
  '通车',
  '并网',
];

/** Names that are categories, not projects (重大项目, 民生项目, 10亿元以上…). */
const GENERIC =
  /^(?:重大|重点|一批|各类|各项|这些|相关|所有|全部|其他|其它|新|大|小|该|本|民生|产业|招商|储备|前期|在建|续建|新建|市级|省级|国家级|自治区级|旗级|县级|政府投资|社会投资|\d+个?)$|调度|申报|入库|谋划|包装|储备|亿元|以上|一批|若干|各类|个$|(?:重大|重点)(?:工程)?$|^(?:优质|上下游|意向|签约|增量|存量|在建)/;
/** Words that make a phrase a sentence about projects rather than a project's name. */
const NOT_A_NAME =
  /^(?:重点|重大|促进|注重|增发|中央预算|政策|全程)|向项目|[向对为把将在给]$|(?:集团|公司|企业)$|项目|落实$|服务$|的|我们|坚持|围绕|建立|完善|支持|探索|利用|加大|安排|至少|按照|编制|生成|纳入|抓|被列入|出台|制定|剩余|确定|方面|符合|有关|典型|\d+[个项家所]/;
/** Activities that, alone, are a kind of project. */
const ACTIVITY = /(?:养殖|种植|整合|加工|改造|建设|治理|修复|提升|更新|维修|扶持|帮扶)$/;
const COMPOUND =
  /^(?:存量|代建|投资|建设|库|化|管理|前期|手续|审批|用地|资金|服务|推进|谋划|储备|招引|引进|签约|工作|要素|清单|专班|包装|申报|单位|实施|落实|资源|布局)/;

function lastVerb(s: string): { verb: string; at: number } | null {
  let best: { verb: string; at: number } | null = null;
  for (const v of PRE) {
    const at = s.lastIndexOf(v);
    if (
      at >= 0 &&
      (!best ||
        at + v.length > best.at + best.verb.length ||
        (at + v.length === best.at + best.verb.length && v.length > best.verb.length))
    )
      best = { verb: v, at };
  }
  return best;
}

export function extractProjects(doc: ParsedDocument): ProjectFact[] {
  // only kinds that commit to projects; elsewhere …项目 is part of an office's name
  if (!kindSpec(doc.props.kind).projects) return [];
  const text = doc.clean;
  const out: ProjectFact[] = [];
  const seen = new Set<string>();
  // clauses: the list of names sits between clause stops
  const clause = /[^，。；：！？,;:\n]+/g;
  for (const cm of text.matchAll(clause)) {
    const c = cm[0];
    const base = cm.index;
    for (const pm of c.matchAll(/(等(?:\d+[个项])?[\u4e00-\u9fa5]{0,5}?)?(项目|期工程)/g)) {
      const listEnd = pm.index;
      const head = c.slice(0, listEnd);
      const verb = lastVerb(head);
      let listStart = verb ? verb.at + verb.verb.length : 0;
      while (listStart < listEnd && /\s/.test(c[listStart])) listStart++;
      const tail = c.slice(listEnd + pm[0].length);
      const enumerated = !!pm[1];
      // 项目投资/项目建设… is a compound word, not the end of a name (unless after 等: 等项目建设)
      // …but a named, sized project under construction is one (国能集团300万吨…液化项目建设)
      const named =
        CAPACITY.test(c.slice(listStart, listEnd)) ||
        (/^建设/.test(tail) && listEnd - listStart >= 6 && !/[、]/.test(c.slice(listStart, listEnd)));
      if (!enumerated && COMPOUND.test(tail) && !named) continue;
      let post: string | null = null;
      let postAt = 13;
      for (const p of POST) {
        const at = tail.indexOf(p);
        if (at >= 0 && (at < postAt || (at === postAt && p.length > (post?.length ?? 0)))) {
          post = p;
          postAt = at;
        }
      }
      const action = verb && post ? `${verb.verb}…${post}` : (verb?.verb ?? post);
      // 宝丰50GWh储能电池、美恩正和125万吨电子化学品等项目 → two names; a single name keeps 项目
      // names listed with 、; without 等 the last one keeps its 项目
      const items: Array<{ s: number; e: number }> = [];
      const stop = enumerated ? listEnd : listEnd + pm[2].length;
      let from = listStart;
      for (let i = listStart; i <= stop; i++) {
        if (i === stop || c[i] === '、') {
          items.push({ s: from, e: i });
          from = i + 1;
        }
      }
      // names listed before 等 are examples of a class (温沙水湾二期等…项目46个); without 等 the list is the class
      const listText = c.slice(listStart, stop);
      const exampled = enumerated || listText.includes('等');
      // 城中村改造项目34个 / 申请专项债、国债项目17个: a counted class of projects, not named ones
      if (!exampled && /^\s*\d+(?:\.\d+)?\s*[个项批]/.test(tail)) continue;
      // 呼和浩特、通辽2个…示范项目: a count inside the list means the items are the places counted
      if (/\d+\s*[个项家所座条]/.test(listText.split('等')[0])) continue;
      // the item carrying 项目 (without 等) lends it to the others: if it is not a name, none is
      // (水利、交通、能源、防灾减灾项目 → categories; 产销对接助企、…、项目提质扶企 → not names at all)
      const lens = items.map(
        (it) =>
          c
            .slice(it.s, it.e)
            .replace(/\s+/g, '')
            .replace(/^(?:一批|一系列|若干|各类)/, '')
            .replace(/(项目|期工程)$/, '').length,
      );
      if (!exampled && (lens[lens.length - 1] === 0 || lens.filter((n) => n <= 2).length >= 2)) continue;
      for (const it of items) {
        let { s, e } = it;
        while (s < e && /\s/.test(c[s])) s++;
        while (e > s && /\s/.test(c[e - 1])) e--;
        const marker =
          /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,2}[是要、]|\d{1,2}[.、．])/.exec(
            c.slice(s, e),
          );
        if (marker) s += marker[0].length;
        // 乌兰农牧科创园等现代服务业、农牧业项目: the name stops at 等
        const deng = c.slice(s, e).indexOf('等');
        if (deng > 0) e = s + deng;
        const raw = c.slice(s, e);
        const name = raw.replace(/\s+/g, '');
        const core = name.replace(/(项目|期工程)$/, '');
        // 土地整合、肉牛养殖、小杂粮种植等…项目: short activity words name kinds of project, not projects
        if (core.length <= 5 && ACTIVITY.test(core)) continue;
        // a capacity makes a name of it even with a verb inside (…煤炭分质分级利用液化项目)
        if (
          core.length < 4 ||
          GENERIC.test(core) ||
          (NOT_A_NAME.test(core) && !(CAPACITY.test(core) && !/的|我们|\d+[个项家所]/.test(core))) ||
          !/[\u4e00-\u9fa5]/.test(core)
        )
          continue;
        const span = { start: base + s, end: base + e };
        const key = `${span.start}:${span.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const cap = CAPACITY.exec(name);
        // a name the text neither commits to nor sizes is a category (优质项目, 一体化项目)
        if (!action && !cap) continue;
        const section = sectionAt(doc, span.start);
        const explicitYear = /(\d{4})年/.exec(c);
        const year = explicitYear
          ? Number(explicitYear[1])
          : section?.part === 'PLAN'
            ? doc.props.reportYear
            : section?.part === 'REVIEW' && doc.props.reportYear
              ? doc.props.reportYear - 1
              : null;
        out.push({ span, name, capacity: cap ? cap[0].replace(/\s+/g, '') : null, action, year });
      }
    }
  }
  out.push(...namedWorks(doc, seen));
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).join('|');
// …综合楼项目, …污水处理厂三期工程 are found as projects already
const WORKS = new RegExp(
  `(?:${alt([...kinds.buildings, ...kinds.bridges])})(?![一二三四五六七八九十\\d]*期|项目|工程|建设项目)`,
  'g',
);
const WORKS_END = new RegExp(`(?:${alt([...kinds.buildings, ...kinds.bridges])})$`);
const BUILD_VERB = new RegExp(`(?:${alt(kinds.verbs)})`, 'g');

/**
 * Rule named-project-kinds (issue 12, class 8): a building or a bridge named after a verb of
 * construction is a project without the word 项目 — 开工建设旗人民医院门诊综合楼, 建成乌兰木伦河3号大桥,
 * 新建县第二中学教学楼和体育馆. A category (一批体育馆) or a building only managed (加强图书馆管理) is not.
 */
function namedWorks(doc: ParsedDocument, seen: Set<string>): ProjectFact[] {
  const text = doc.clean;
  const out: ProjectFact[] = [];
  for (const cm of text.matchAll(/[^，。；：！？,;:\n]+/g)) {
    const c = cm[0];
    const base = cm.index;
    const firstWorks = c.search(WORKS);
    if (firstWorks < 0) continue;
    let verb: { v: string; end: number } | null = null;
    for (const vm of c.matchAll(BUILD_VERB))
      if (vm.index + vm[0].length <= firstWorks) verb = { v: vm[0], end: vm.index + vm[0].length };
    // 推进滹沱河特大桥建设: the verb wraps the works
    if (!verb) {
      const wrap =
        /(?:加快推进|全力推进|推进|加快|实施|启动|推动)(?=[^，。；]*?(?:特大桥|大桥|楼|馆|场|中心|厂|站)建设)/.exec(c);
      if (wrap && wrap.index + wrap[0].length <= firstWorks)
        verb = { v: `${wrap[0]}…建设`, end: wrap.index + wrap[0].length };
    }
    if (!verb) continue;
    // the list of works after the verb, up to the last works word
    let listEnd = -1;
    for (const wm of c.matchAll(WORKS)) if (wm.index >= verb.end) listEnd = wm.index + wm[0].length;
    if (listEnd < 0) continue;
    let from = verb.end;
    for (const piece of c.slice(verb.end, listEnd).split(/(?<=[、和及与])/)) {
      const s = from;
      from += piece.length;
      const name = piece.replace(/[、和及与]$/, '').replace(/\s+/g, '');
      if (!WORKS_END.test(name) || /^(?:一批|一系列|若干|各类|多个|\d+[个座所处])/.test(name) || GENERIC.test(name))
        continue;
      const e = s + piece.replace(/[、和及与]$/, '').length;
      const span = { start: base + s, end: base + e };
      const key = `${span.start}:${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const section = sectionAt(doc, span.start);
      const explicitYear = /(\d{4})年/.exec(c);
      const year = explicitYear
        ? Number(explicitYear[1])
        : section?.part === 'PLAN'
          ? doc.props.reportYear
          : section?.part === 'REVIEW' && doc.props.reportYear
            ? doc.props.reportYear - 1
            : null;
      out.push({ span, name, capacity: CAPACITY.exec(name)?.[0].replace(/\s+/g, '') ?? null, action: verb.v, year });
    }
  }
  return out;
}
