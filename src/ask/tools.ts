/**
 * The vetted families as model tools: the model chooses a family and fills its slots with names
 * as the question says them; the names are linked to the graph here (the same linking as offline
 * questions) and the family's named query answers. Free Cypher (run_cypher) is the last resort.
 */
import type OpenAI from 'openai';
import type { Intent } from './intent.js';
import type { Entity, Lexicon } from './lexicon.js';
import { understand } from './linking.js';
import { TargetStatus } from '../model/index.js';

interface Slot {
  type: 'string' | 'integer';
  description: string;
  enum?: string[];
  /** the entity kind a string slot names */
  entity?: Entity['type'];
}

export interface FamilyTool {
  name: string;
  family: Intent['family'];
  description: string;
  slots: Record<string, Slot>;
  required: string[];
}

const unit: Slot = {
  type: 'string',
  description: 'the unit (organisation) as the question names it, e.g. 住建局',
  entity: 'ORG',
};
const person: Slot = {
  type: 'string',
  description: 'the leader or person as the question names them',
  entity: 'PERSON',
};
const year: Slot = {
  type: 'integer',
  description: 'the year asked about, if any (今年 = the year of the latest work report)',
};

export const FAMILY_TOOLS: FamilyTool[] = [
  {
    name: 'supervisor_of',
    family: 'SUPERVISOR_OF',
    description: 'Which leader supervises (分管) a unit.',
    slots: { unit },
    required: ['unit'],
  },
  {
    name: 'units_supervised_by',
    family: 'SUPERVISED_BY',
    description: 'Which units a leader supervises (分管).',
    slots: { person },
    required: ['person'],
  },
  {
    name: 'ab_partner',
    family: 'AB_PARTNER',
    description: 'Who stands in for a leader (AB角) when they are away.',
    slots: { person },
    required: ['person'],
  },
  {
    name: 'leader_portfolio',
    family: 'PORTFOLIO',
    description: 'The areas of work (分工) of a leader, and whom they assist (协助).',
    slots: { person },
    required: ['person'],
  },
  {
    name: 'post_holder',
    family: 'POST_HOLDER',
    description: 'Who holds a post (局长, 主任, 镇长 …) in a unit.',
    slots: { unit, post: { type: 'string', description: 'the post, e.g. 局长, 副局长, 主任, 镇长' } },
    required: ['unit', 'post'],
  },
  {
    name: 'unit_contacts',
    family: 'CONTACTS',
    description: 'Telephone numbers of a unit.',
    slots: { unit },
    required: ['unit'],
  },
  {
    name: 'targets_of_unit',
    family: 'TARGETS_OF_ORG',
    description: 'The targets a unit is responsible for.',
    slots: { unit, year },
    required: ['unit'],
  },
  {
    name: 'indicator_figure',
    family: 'TARGET_FIGURE',
    description: 'The planned target or achieved figure of an indicator (GDP, 固定资产投资 …).',
    slots: {
      indicator: { type: 'string', description: 'the indicator as the question names it', entity: 'METRIC' },
      year,
      status: {
        type: 'string',
        enum: [...TargetStatus.options],
        description: 'PLANNED for a target, ACHIEVED for a result',
      },
    },
    required: ['indicator'],
  },
  {
    name: 'document_info',
    family: 'DOCUMENT_INFO',
    description: "A document's 文号, date and issuer.",
    slots: {
      document: { type: 'string', description: 'the document title or 文号 as the question says it', entity: 'DOC' },
    },
    required: ['document'],
  },
  {
    name: 'grant_amount',
    family: 'PROVISION',
    description:
      'What a measures document grants for a condition (奖励/扶持/补贴 amounts: 获某级奖项, 发表作品, 培训) or the fund it sets.',
    slots: {
      condition: {
        type: 'string',
        description: "the condition in the question's words, e.g. 获得五个一工程奖, 发表一篇散文",
      },
    },
    required: ['condition'],
  },
];

export const CYPHER_TOOL = 'run_cypher';

/** The tools in the OpenAI format. */
export function toolDefinitions(): OpenAI.Chat.ChatCompletionTool[] {
  const tools: OpenAI.Chat.ChatCompletionTool[] = FAMILY_TOOLS.map((t) => ({
    type: 'function',
    function: {
      name: t.name,
      description: t.description,
      parameters: {
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(t.slots).map(([k, s]) => [
            k,
            { type: s.type, description: s.description, ...(s.enum ? { enum: s.enum } : {}) },
          ]),
        ),
        required: t.required,
        additionalProperties: false,
      },
    },
  }));
  tools.push({
    type: 'function',
    function: {
      name: CYPHER_TOOL,
      description:
        'Last resort when no other tool fits: ONE read-only Neo4j Cypher query (MATCH/WITH/WHERE/UNWIND/RETURN only).',
      parameters: {
        type: 'object',
        properties: { cypher: { type: 'string', description: 'the query' } },
        required: ['cypher'],
        additionalProperties: false,
      },
    },
  });
  return tools;
}

/** A family tool call → the intent the offline families run; null when a name does not link. */
export function intentFromTool(name: string, args: Record<string, unknown>, lex: Lexicon): Intent | null {
  const tool = FAMILY_TOOLS.find((t) => t.name === name);
  if (!tool) return null;
  const intent: Intent = {
    family: tool.family,
    year: typeof args.year === 'number' && Number.isInteger(args.year) ? args.year : null,
    matchScore: 1,
  };
  for (const [slot, def] of Object.entries(tool.slots)) {
    const value = args[slot];
    if (def.entity) {
      if (typeof value !== 'string' || !value.trim() || value.length > 200) {
        if (tool.required.includes(slot)) return null;
        continue;
      }
      const u = understand(value, lex);
      const m = u.mentions
        .filter((x) => x.entity.type === def.entity)
        .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start))[0];
      if (!m) return null;
      intent.matchScore = Math.min(intent.matchScore, m.score);
      if (def.entity === 'ORG') intent.org = m.entity;
      if (def.entity === 'PERSON') intent.person = m.entity;
      if (def.entity === 'DOC') intent.doc = m.entity;
      if (def.entity === 'METRIC')
        intent.metrics = [...new Set(u.mentions.filter((x) => x.entity.type === 'METRIC').map((x) => x.entity))];
    }
  }
  if (tool.family === 'POST_HOLDER') intent.term = typeof args.post === 'string' ? args.post.slice(0, 10) : '';
  if (tool.family === 'PROVISION') {
    if (typeof args.condition !== 'string' || !args.condition.trim()) return null;
    intent.term = args.condition.slice(0, 200);
  }
  if (tool.family === 'TARGET_FIGURE') {
    const achieved = args.status === 'ACHIEVED';
    intent.status = achieved ? 'ACHIEVED' : 'PLANNED';
    intent.family = achieved ? 'ACHIEVED_FIGURE' : 'TARGET_FIGURE';
    if (intent.year == null && lex.referenceYear != null)
      intent.year = achieved ? lex.referenceYear - 1 : lex.referenceYear;
  }
  return intent;
}
