/**
 * Document kinds: one record each says how the kind is recognised from a title and what the
 * pipeline and the county inference do with its documents. Stages ask the record (`kindSpec`),
 * never compare kind names, so adding a kind is a record here, and a kind that misses a decision
 * does not compile (`satisfies Record<…, KindSpec>`). What a kind is called in Chinese is the
 * console's (web/src/words.ts), checked against this list by tests/unit/enums.test.ts.
 */

/** A title rule: the lowest rank of every kind's rules that matches decides. */
export interface TitleRule {
  name: string;
  rank: number;
  test: (title: string) => boolean;
  /** titles it must give this kind, and titles it must not (the generic rule test runs both) */
  keeps: readonly string[];
  rejects: readonly string[];
}

/** Where a kind's tasks are read. */
export type TaskSource =
  /** a work report: the numbered items inside its plan part */
  | { from: 'PLAN_PART' }
  /** items under the top headings that `heading` matches (and none that frame); `open`: with no such heading, every non-framing heading */
  | { from: 'HEADINGS'; heading: RegExp; open: boolean }
  | null;

export type ActorExtractor = 'DIVISION_OF_WORK' | 'APPOINTMENTS' | 'BYLINES';

export interface KindSpec {
  titles: readonly TitleRule[];
  /** a 政府工作报告: 回顾 and 安排 parts, a 报告日期 subtitle, a year, the jurisdiction and year in its title */
  report: boolean;
  tasks: TaskSource;
  /** its tables (序号 | 工作任务 | 责任单位) list work to do */
  tableTasks: boolean;
  /** its figures are commitments or results (an award scale or an incident threshold is not) */
  targets: boolean;
  /** it commits to projects (elsewhere …项目 is part of an office's name) */
  projects: boolean;
  /** it grants money for conditions (获奖 → 奖励X万元) or sets a fund: provisions are read */
  provisions: boolean;
  actors: readonly ActorExtractor[];
  /** what its tasks' stated units mean to the county inference: REPORT commitments, POLICY owners, or nothing */
  ownership: 'REPORT' | 'POLICY' | null;
  /** a notice that 印发 the document printed after it */
  promulgates: boolean;
}

/** …关于…的通知/决定/通报/公告/批复: the notice family, whose subject decides the kind */
const NOTICE_TITLE = (t: string) => /关于/.test(t) && /(通知|决定|通报|公告|批复)$/.test(t);
/** a title ending in one of `words`, optionally followed by a bracketed note: …办法（试行） */
const endsWith = (words: string) => {
  const re = new RegExp(`(${words})(\\s*[（(][^）)]*[）)])?$`);
  return (t: string) => re.test(t);
};
const NONE: readonly ActorExtractor[] = [];

/** Headings under which a plan lists what it will do. */
const TASK_HEADING = /任务|工程|举措|措施|行动|重点工作|主要工作|工作内容|建设内容/;

const policy = {
  report: false,
  targets: false,
  projects: false,
  provisions: false,
  actors: NONE,
  ownership: 'POLICY',
  promulgates: false,
} as const;

export const KINDS = {
  NOTICE: {
    titles: [
      {
        name: 'notice',
        rank: 29,
        test: NOTICE_TITLE,
        keeps: ['某县人民政府办公室关于印发某某实施方案的通知', '关于表彰先进集体的决定'],
        rejects: ['某某实施方案', '关于进一步做好某项工作'],
      },
    ],
    report: false,
    tasks: null,
    tableTasks: true,
    targets: false,
    projects: false,
    provisions: false,
    actors: NONE,
    ownership: null,
    promulgates: true,
  },
  PLAN: {
    ...policy,
    titles: [
      {
        name: 'plan',
        rank: 50,
        test: endsWith('方案|规划|计划|要点|纲要|预案'),
        keeps: ['某县城市更新实施方案', '某县十四五规划（2021—2025年）', '2024年工作要点'],
        rejects: ['某县规划馆开馆'],
      },
    ],
    tasks: { from: 'HEADINGS', heading: TASK_HEADING, open: true },
    tableTasks: true,
    targets: true,
    projects: true,
    provisions: true,
  },
  EMERGENCY_PLAN: {
    ...policy,
    titles: [
      {
        name: 'emergency-plan',
        rank: 30,
        test: (t) => /应急预案/.test(t),
        keeps: ['某县突发事件应急预案', '某县应急预案（试行）'],
        rejects: ['某县应急物资储备方案'],
      },
    ],
    tasks: { from: 'HEADINGS', heading: TASK_HEADING, open: false },
    tableTasks: true,
  },
  MEASURES: {
    ...policy,
    titles: [
      {
        name: 'measures',
        rank: 40,
        test: endsWith('办法|措施|细则|规定|规则|制度'),
        keeps: ['某县支持文艺创作的若干措施', '某县奖励办法（试行）'],
        rejects: ['某县措施落实情况'],
      },
    ],
    tasks: { from: 'HEADINGS', heading: TASK_HEADING, open: false },
    tableTasks: true,
    projects: true,
    provisions: true,
  },
  DIVISION_OF_WORK: {
    titles: [
      {
        name: 'division-notice',
        rank: 20,
        test: (t) => NOTICE_TITLE(t) && /分工/.test(t),
        keeps: ['某县人民政府关于调整政府领导工作分工的通知'],
        rejects: ['关于印发某某实施方案的通知'],
      },
      {
        name: 'division-title',
        rank: 60,
        test: (t) => /分工/.test(t),
        keeps: ['某县人民政府领导工作分工'],
        rejects: ['某县重点任务责任清单'],
      },
    ],
    report: false,
    tasks: null,
    tableTasks: false,
    targets: false,
    projects: false,
    provisions: false,
    actors: ['DIVISION_OF_WORK'],
    ownership: null,
    promulgates: false,
  },
  APPOINTMENT: {
    titles: [
      {
        name: 'appointment-notice',
        rank: 21,
        test: (t) => NOTICE_TITLE(t) && /任免|任职|免职|聘任|提名|任命/.test(t),
        keeps: ['某县人民政府关于张三同志任职的通知', '关于王五等同志职务任免的通知'],
        rejects: ['关于做好任务分解的通知'],
      },
    ],
    report: false,
    tasks: null,
    tableTasks: false,
    targets: false,
    projects: false,
    provisions: false,
    actors: ['APPOINTMENTS'],
    ownership: null,
    promulgates: false,
  },
  WORK_REPORT: {
    titles: [
      {
        name: 'work-report',
        rank: 10,
        test: (t) => /政府工作报告/.test(t),
        keeps: ['政府工作报告', '2024年某县人民政府工作报告'],
        rejects: ['某县2024年政府工作要点', '某县人民政府工作规则'],
      },
    ],
    report: true,
    tasks: { from: 'PLAN_PART' },
    tableTasks: false,
    targets: true,
    projects: true,
    provisions: false,
    actors: ['BYLINES'],
    ownership: 'REPORT',
    promulgates: false,
  },
  /** a 督查通报: what the government's inspection found, item by item, and the unit each item is for */
  SUPERVISION: {
    titles: [
      {
        name: 'supervision-notice',
        rank: 15,
        test: (t) => /督查|督办|督导/.test(t) && /通报$/.test(t),
        keeps: ['某县人民政府办公室关于2024年第一季度重点工作督查情况的通报', '关于民生实事督办情况的通报'],
        rejects: ['关于开展安全生产大检查的通知', '关于表彰先进的通报'],
      },
    ],
    report: false,
    // the items found: under 存在的问题 / 督办事项 / 整改事项 (下一步工作要求 frames, so it is not read)
    tasks: { from: 'HEADINGS', heading: /问题|督办事项|整改|不足/, open: false },
    tableTasks: true,
    targets: false,
    projects: false,
    provisions: false,
    actors: NONE,
    // a unit named for a finding must fix it; that does not make it the owner of a target
    ownership: null,
    promulgates: false,
  },
  /** a document cited by 文号 that is not printed in any loaded gazette */
  CITED: {
    titles: [],
    report: false,
    tasks: null,
    tableTasks: false,
    targets: false,
    projects: false,
    provisions: false,
    actors: NONE,
    ownership: null,
    promulgates: false,
  },
  /** no title rule fits; its stated units still count as policy */
  OTHER: {
    ...policy,
    titles: [],
    tasks: null,
    tableTasks: false,
  },
} as const satisfies Record<string, KindSpec>;

export type DocumentKindName = keyof typeof KINDS;
/** the kind names, in the registry's order (the model's enum; zod wants a non-empty tuple, which Object.keys cannot say) */
export const DOCUMENT_KINDS = Object.keys(KINDS) as [DocumentKindName, ...DocumentKindName[]];
const isKindName = (k: string): k is DocumentKindName => Object.hasOwn(KINDS, k);

export function kindSpec(kind: string | null | undefined): KindSpec {
  return kind && isKindName(kind) ? KINDS[kind] : KINDS.OTHER;
}

const TITLE_RULES = DOCUMENT_KINDS.flatMap((kind) => kindSpec(kind).titles.map((rule) => ({ kind, rule }))).sort(
  (a, b) => a.rule.rank - b.rule.rank,
);

/** The kind of a document from its title (the words officials use for each genre). */
export function kindOfTitle(title: string): DocumentKindName {
  return TITLE_RULES.find(({ rule }) => rule.test(title))?.kind ?? 'OTHER';
}

/** Every title rule with its kind (the generic rule test reads them). */
export function titleRules(): ReadonlyArray<{ kind: DocumentKindName; rule: TitleRule }> {
  return TITLE_RULES;
}
