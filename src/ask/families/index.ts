/**
 * The question families: each is one module of this folder, listed in FAMILIES under its name
 * (the list is the Family type of src/ask/intent.ts), with its named query under queries/ask/.
 * Adding a family: one module here, one entry below, its questions in a fixture.
 *
 * Reading a question: the modules with a classify, in the order listed (the first that answers
 * wins), then the everyday-wording rules below, which read a question into one of the older
 * families (他出差时谁替他 → AB_PARTNER, 比上年多了几个 → PLAN_VS_ACTUAL, 刘志强当了什么官 →
 * PERSON_APPOINTMENTS), then the classification chain of src/ask/intent.ts, whose order is those
 * families' precedence. Each rule is a named cue (src/ask/cues.ts or the module's own) with
 * examples that must and must not match.
 */
import { cue } from '../cues.js';
import { topicPieces, type Intent } from '../intent.js';
import type { Lexicon, Mention } from '../lexicon.js';
import { abPartner } from './ab-partner.js';
import { areaLeader } from './area-leader.js';
import { assists } from './assists.js';
import { contacts } from './contacts.js';
import { documentInfo } from './document-info.js';
import { documentTargets } from './document-targets.js';
import { figures } from './figures.js';
import { groupInfo } from './group-info.js';
import { implementsLink } from './implements.js';
import { indicatorQuestions } from './indicator-questions.js';
import { liaises } from './liaises.js';
import { noticeAppointments } from './notice-appointments.js';
import { personAppointments } from './person-appointments.js';
import { portfolio } from './portfolio.js';
import { postHolder } from './post-holder.js';
import { provision } from './provision.js';
import { supervisedBy } from './supervised-by.js';
import { supervisionItems } from './supervision-items.js';
import { supervisorOf } from './supervisor-of.js';
import { targetOwner } from './target-owner.js';
import { targetsOfLeader, targetsOfOrg } from './targets-of.js';
import { taskResponsible } from './task-responsible.js';
import type { FamilyModule } from './types.js';
import { unassignedTargets } from './unassigned-targets.js';

/** Every family by name. Those with a classify are tried in this order, before intent.ts's chain. */
export const FAMILIES = {
  DOCUMENT_INFO: documentInfo, // a document's 文号, date, issuer
  POST_HOLDER: postHolder, // who holds a post: 住建局局长是谁
  PROVISION: provision, // what a measures document grants for a condition
  SUPERVISION_ITEMS: supervisionItems, // what a 督查通报 found, item by item, with the units named for each
  SUPERVISOR_OF: supervisorOf, // who supervises organisation X
  SUPERVISED_BY: supervisedBy, // what leader X supervises
  AB_PARTNER: abPartner,
  ASSISTS: assists,
  PORTFOLIO: portfolio,
  AREA_LEADER: areaLeader, // which leader covers an area of work
  LIAISES: liaises,
  TARGET_FIGURE: figures,
  ACHIEVED_FIGURE: figures,
  PLAN_VS_ACTUAL: figures,
  TARGETS_OF_ORG: targetsOfOrg,
  TARGETS_OF_LEADER: targetsOfLeader,
  DOCUMENT_TARGETS: documentTargets, // the targets a document (a work report, a plan) states
  TASK_RESPONSIBLE: taskResponsible,
  GROUP_INFO: groupInfo,
  PERSON_APPOINTMENTS: personAppointments,
  NOTICE_APPOINTMENTS: noticeAppointments,
  CONTACTS: contacts,
  IMPLEMENTS: implementsLink,
  TARGET_OWNER: targetOwner, // which unit owns a target, on what basis, and the accountable leaders
  UNASSIGNED_TARGETS: unassignedTargets, // targets no unit is responsible for
  TARGET_OUTCOMES: indicatorQuestions, // were the targets met (src/ask/indicators.ts)
  INDICATOR_COMPARE: indicatorQuestions, // one indicator across places or years (src/ask/indicators.ts)
} satisfies Record<string, FamilyModule>;

export type Family = keyof typeof FAMILIES;

/** The family's module. */
export const familyModule = (family: Family): FamilyModule => FAMILIES[family];

const score = (ms: Array<Mention | undefined>) =>
  Math.min(1, ...ms.filter((m): m is Mention => !!m).map((m) => m.score));
const firstOf = (mentions: Mention[], type: string) =>
  mentions.filter((m) => m.entity.type === type).sort((a, b) => b.score - a.score || a.start - b.start)[0];

/** Everyday wordings of existing families (only with the entity the family needs). */
function everyday(q: string, mentions: Mention[], lex: Lexicon): Intent | null {
  const person = firstOf(mentions, 'PERSON');
  const org = firstOf(mentions, 'ORG');
  const metrics = [...new Set(mentions.filter((m) => m.entity.type === 'METRIC').map((m) => m.entity))];
  const base: { year: number | null; matchScore: number } = { year: null, matchScore: 1 };
  if (person && !org && cue('standIn', q))
    return { ...base, family: 'AB_PARTNER', person: person.entity, matchScore: score([person]) };
  if (metrics.length && cue('compareYears', q)) {
    return {
      ...base,
      family: 'PLAN_VS_ACTUAL',
      metrics,
      status: null,
      matchScore: score(mentions.filter((m) => m.entity.type === 'METRIC')),
    };
  }
  if (cue('implementsLink', q) && !person) {
    // the topic without its figure and question words (口袋公园5处这个目标 → 口袋公园)
    const named = mentions.filter(
      (m) => m.entity.type === 'DOC' || m.entity.type === 'ORG' || m.entity.type === 'PERSON',
    );
    const docs = [...new Set(mentions.filter((m) => m.entity.type === 'DOC').map((m) => m.entity))];
    const pieces = topicPieces(q, named)
      .flatMap((p) => p.split(/\d+(?:\.\d+)?[个项座家亩户人套所处名条公里万亿元%]*/))
      .map((p) => p.replace(/这个|这项|目标|指标|方案|报告|里的?|中的?$/g, ''))
      .filter((p) => p.length >= 2);
    const term = pieces.sort((a, b) => b.length - a.length)[0] ?? null;
    if (term || docs.length)
      return {
        ...base,
        family: 'IMPLEMENTS',
        doc: docs[0],
        docs,
        term,
        matchScore: docs.length ? score(mentions.filter((m) => m.entity.type === 'DOC')) : 0.85,
      };
  }
  if (person && !org && mentions.every((m) => m.entity.type === 'PERSON') && cue('personRole', q)) {
    // what the person does (分工, 协助) first; posts and appointments when that is all there is
    return {
      ...base,
      family: 'PORTFOLIO',
      person: person.entity,
      matchScore: score([person]),
      fallback: { ...base, family: 'PERSON_APPOINTMENTS', person: person.entity, matchScore: score([person]) },
    };
  }
  void lex;
  return null;
}

/** The modules that read questions themselves, in the order of FAMILIES. */
const CLASSIFIERS = [...new Set<FamilyModule>(Object.values(FAMILIES))].flatMap((f) =>
  f.classify ? [f.classify] : [],
);

/** The family modules' own readings and the everyday rules, before intent.ts's chain. */
export function preClassify(q: string, mentions: Mention[], lex: Lexicon): Intent | null {
  for (const classify of CLASSIFIERS) {
    const intent = classify(q, mentions, lex);
    if (intent) return intent;
  }
  return everyday(q, mentions, lex);
}
