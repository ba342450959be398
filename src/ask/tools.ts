/**
 * The vetted families as model tools: the model chooses a family and fills its slots with names
 * as the question says them; the names are linked to the graph here (the same linking as offline
 * questions) and the family's named query answers. Free Cypher (run_cypher) is the last resort.
 */
import type OpenAI from 'openai';
import { FAMILIES, type Family } from './families/index.js';
import type { FamilyModule, ToolSpec } from './families/types.js';
import type { Intent } from './intent.js';
import type { Lexicon } from './lexicon.js';
import { understand } from './linking.js';

export interface FamilyTool extends ToolSpec {
  family: Family;
}

/**
 * The tools of the family modules (src/ask/families/), in the order of FAMILIES; a module of
 * several families offers its tool once, under the first (its fill may choose another).
 */
// Object.entries widens the keys to string; FAMILIES is keyed by Family (its type says so)
export const FAMILY_TOOLS: FamilyTool[] = (Object.entries(FAMILIES) as Array<[Family, FamilyModule]>)
  .filter(([, m], i, all) => all.findIndex(([, x]) => x === m) === i)
  .flatMap(([family, m]) => (m.tool ? [{ ...m.tool, family }] : []));

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
  return tool.fill ? tool.fill(intent, args, lex) : intent;
}
