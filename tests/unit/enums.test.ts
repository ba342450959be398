/**
 * One list per enum, agreed everywhere it is spelled: the zod enums of the GraphBatch contract
 * (src/model/batch.ts), the GraphQL SDL enums (schema/*.graphql), the enum values the LLM is told
 * (src/ask/llm.ts system prompt, src/ask/tools.ts) and the console's word tables (web/src/words.ts).
 * Change one without the others and this fails, naming the enum and what differs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/api/context.js';
import type { AnswerMode } from '../../src/ask/index.js';
import { systemPrompt } from '../../src/ask/llm.js';
import { FAMILY_TOOLS } from '../../src/ask/tools.js';
import { OUTCOME_STATUSES } from '../../src/infer/outcomes.js';
import {
  AppointmentAction,
  Basis,
  DocumentKind,
  OrganizationKind,
  ProvisionKind,
  ProvisionModifier,
  ReportPart,
  Role,
  TargetMeasure,
  TargetModifier,
  TargetStatus,
} from '../../src/model/index.js';
import * as words from '../../web/src/words.js';

/** Answer.mode has no zod enum (only TypeScript unions in src/ask and src/api): the list is here, checked against both types. */
const ANSWER_MODES = ['RULE', 'LLM', 'SEARCH', 'NONE'] as const;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const askModesAgree: Same<(typeof ANSWER_MODES)[number], AnswerMode> = true;
const apiModesAgree: Same<(typeof ANSWER_MODES)[number], AnswerValue['mode']> = true;

/** SDL enum name → the one source of its values. */
const SOURCES: Record<string, readonly string[]> = {
  DocumentKind: DocumentKind.options,
  OrganizationKind: OrganizationKind.options,
  TargetModifier: TargetModifier.options,
  TargetMeasure: TargetMeasure.options,
  TargetStatus: TargetStatus.options,
  Role: Role.options,
  Basis: Basis.options,
  AppointmentAction: AppointmentAction.options,
  OutcomeStatus: OUTCOME_STATUSES,
  ProvisionKind: ProvisionKind.options,
  ProvisionModifier: ProvisionModifier.options,
  AnswerMode: ANSWER_MODES,
};

/** Every enum of schema/*.graphql with its values (extensions merged). */
function sdlEnums(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of readdirSync('schema')
    .filter((x) => x.endsWith('.graphql'))
    .sort()) {
    for (const def of parse(readFileSync(join('schema', f), 'utf8')).definitions) {
      if (def.kind !== Kind.ENUM_TYPE_DEFINITION && def.kind !== Kind.ENUM_TYPE_EXTENSION) continue;
      out.set(def.name.value, [...(out.get(def.name.value) ?? []), ...(def.values ?? []).map((v) => v.name.value)]);
    }
  }
  return out;
}

const sorted = (xs: readonly string[]) => [...xs].sort();

/** `what` lists exactly `source`'s values, else a message saying what is missing and what is extra. */
function agree(what: string, listed: readonly string[], source: readonly string[]): string | null {
  const missing = source.filter((v) => !listed.includes(v));
  const extra = listed.filter((v) => !source.includes(v));
  return missing.length || extra.length
    ? `${what}: missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`
    : null;
}

describe('enum lists agree', () => {
  it('the types of Answer.mode in src/ask and src/api are the same list', () => {
    expect([askModesAgree, apiModesAgree]).toEqual([true, true]);
  });

  it('every GraphQL SDL enum has exactly the values of its source', () => {
    const sdl = sdlEnums();
    expect(
      sorted([...sdl.keys()]),
      'every SDL enum needs its one source (a zod enum or a const list) in SOURCES of tests/unit/enums.test.ts, and every source its SDL enum',
    ).toEqual(sorted(Object.keys(SOURCES)));
    const problems = Object.entries(SOURCES)
      .map(([name, values]) => agree(`schema/*.graphql enum ${name}`, sdl.get(name) ?? [], values))
      .filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('the LLM prompt states the zod enums, and no other list of values', () => {
    const prompt = systemPrompt();
    const expected: Array<[string, readonly string[]]> = [
      ['Document kind', DocumentKind.options],
      ['Section part', ReportPart.options],
      ['Target modifier', TargetModifier.options],
      ['Target measure', TargetMeasure.options],
      ['Target status', TargetStatus.options],
      ['Organization kind', OrganizationKind.options],
      ['RESPONSIBLE_FOR role', Role.options],
      ['RESPONSIBLE_FOR basis', Basis.options],
      ['APPOINTED action', AppointmentAction.options],
    ];
    const problems: string[] = [];
    for (const [what, values] of expected) {
      const [label, prop] = what.split(' ');
      // the property inside the braces that follow the label: `Target {…, measure: A|B, …}` or `[:RESPONSIBLE_FOR {role: A|B, …}]`
      const braces = new RegExp(`${label}\\b[^{\\n]*\\{([^}]*)\\}`).exec(prompt)?.[1] ?? '';
      const listed = new RegExp(`\\b${prop}: ([A-Z_]+(?:\\|[A-Z_]+)*)`).exec(braces)?.[1]?.split('|');
      if (!listed) problems.push(`${what}: not in the prompt`);
      else {
        const p = agree(`prompt ${what}`, listed, values);
        if (p) problems.push(p);
      }
    }
    // a value list typed by hand elsewhere in the prompt must still be one of the enums
    const all = [
      ...new Set(
        Object.values(SOURCES)
          .concat([ReportPart.options])
          .map((v) => sorted(v).join('|')),
      ),
    ];
    for (const m of prompt.matchAll(/\b(\w+): ([A-Z][A-Z_]+(?:\|[A-Z][A-Z_]+)+)/g)) {
      if (!all.includes(sorted(m[2].split('|')).join('|'))) problems.push(`prompt ${m[1]}: ${m[2]} is no enum's list`);
    }
    expect(problems).toEqual([]);
  });

  it("the model tools' enum slots are the zod enums", () => {
    const slot = FAMILY_TOOLS.find((t) => t.name === 'indicator_figure')?.slots.status;
    expect(sorted(slot?.enum ?? [])).toEqual(sorted(TargetStatus.options));
  });

  it("the console's word tables name every value of the API's enums", () => {
    const tables: Array<[string, Record<string, string>, readonly string[]]> = [
      ['MODE', words.MODE, ANSWER_MODES],
      ['BASIS', words.BASIS, Basis.options],
      ['ROLE', words.ROLE, Role.options],
      ['STATUS', words.STATUS, TargetStatus.options],
      ['OUTCOME', words.OUTCOME, OUTCOME_STATUSES],
      ['ORG_KIND', words.ORG_KIND, OrganizationKind.options],
      ['DOC_KIND', words.DOC_KIND, DocumentKind.options],
      ['APPOINT', words.APPOINT, AppointmentAction.options],
    ];
    const problems = tables
      .map(([name, table, values]) => agree(`web/src/words.ts ${name}`, Object.keys(table), values))
      .filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('a changed list is caught', () => {
    expect(agree('x', ['LEAD'], Role.options)).toBe('x: missing ["SUPPORT"], extra []');
    expect(agree('x', ['LEAD', 'SUPPORT', 'CO_LEAD'], Role.options)).toBe('x: missing [], extra ["CO_LEAD"]');
  });
});
