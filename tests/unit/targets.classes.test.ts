/**
 * The extraction error classes of issue 12, each a named rule with sentences it must keep and must
 * reject (tests/fixtures/targets/classes.json: sentence level; classes-documents.json: notes
 * blocks, report headers and project names, which need a whole document). Scored per class.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTargets, extractTargets, type TargetContext } from '../../src/extract/targets.js';
import { extractProjects } from '../../src/extract/projects.js';
import { parseGazette, isNotesSection } from '../../src/gazette/index.js';
import { extractTasks } from '../../src/extract/tasks.js';

type Figure = {
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  modifier: string | null;
  year: number | null;
};
type Sentence = {
  class: number;
  rule: string;
  source: string;
  ctx: TargetContext;
  text: string;
  expected: Figure[];
  note?: string;
};
type Doc = {
  class: number;
  rule: string;
  text: string;
  planned?: Figure[];
  document?: Record<string, unknown>;
  projects?: string[];
  note?: string;
};

const sentences: Sentence[] = JSON.parse(
  readFileSync(new URL('../fixtures/targets/classes.json', import.meta.url), 'utf8'),
);
const documents: Doc[] = JSON.parse(
  readFileSync(new URL('../fixtures/targets/classes-documents.json', import.meta.url), 'utf8'),
);

const key = (t: Figure) =>
  [
    t.value === null ? 'null' : Math.round(t.value * 1e4) / 1e4,
    t.valueMax ?? 'null',
    t.unit ?? 'null',
    t.modifier ?? 'null',
    t.year ?? 'null',
  ].join('|');

interface Tally {
  tp: number;
  found: number;
  expected: number;
  notes: string[];
}
const tally = (): Tally => ({ tp: 0, found: 0, expected: 0, notes: [] });
function compare(t: Tally, got: string[], want: string[], where: string): void {
  t.found += got.length;
  t.expected += want.length;
  const pool = [...got];
  for (const w of want) {
    const i = pool.indexOf(w);
    if (i >= 0) {
      t.tp++;
      pool.splice(i, 1);
    } else t.notes.push(`missed ${w} in «${where.slice(0, 50)}»`);
  }
  for (const p of pool) t.notes.push(`spurious ${p} in «${where.slice(0, 50)}»`);
}

function workReport(text: string) {
  const doc = parseGazette(text, 'class.txt').documents.find((d) => d.props.kind === 'WORK_REPORT');
  if (!doc) throw new Error(`no work report in «${text.slice(0, 40)}»`);
  return doc;
}

function scoreByClass(): Map<number, Tally> {
  const by = new Map<number, Tally>();
  const of = (c: number) => {
    if (!by.has(c)) by.set(c, tally());
    return by.get(c)!;
  };
  for (const e of sentences)
    compare(
      of(e.class),
      findTargets(e.text, e.ctx).map((t) => key(t.props)),
      e.expected.map(key),
      e.text,
    );
  for (const d of documents) {
    const t = of(d.class);
    const doc = workReport(d.text);
    if (d.planned)
      compare(
        t,
        extractTargets(doc)
          .filter((f) => f.props.status === 'PLANNED')
          .map((f) => key(f.props)),
        d.planned.map(key),
        d.text.slice(-60),
      );
    if (d.document) {
      const got = Object.keys(d.document).map((k) => `${k}=${String((doc.props as Record<string, unknown>)[k])}`);
      compare(
        t,
        got,
        Object.entries(d.document).map(([k, v]) => `${k}=${String(v)}`),
        d.text.slice(0, 60),
      );
    }
    if (d.projects)
      compare(
        t,
        extractProjects(doc).map((p) => p.name),
        d.projects,
        d.text.slice(-60),
      );
  }
  return by;
}

describe('issue 12 error classes, one named rule each', () => {
  it('every class has labelled examples to keep and to reject', () => {
    const classes = new Set([...sentences.map((e) => e.class), ...documents.map((d) => d.class)]);
    expect([...classes].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reaches precision and recall ≥ 97% on every class', () => {
    const by = scoreByClass();
    const all = tally();
    const lines: string[] = [];
    for (const [c, t] of [...by.entries()].sort((a, b) => a[0] - b[0])) {
      all.tp += t.tp;
      all.found += t.found;
      all.expected += t.expected;
      const p = t.found ? t.tp / t.found : 1;
      const r = t.expected ? t.tp / t.expected : 1;
      lines.push(
        `class ${c}: expected ${t.expected}, found ${t.found}, correct ${t.tp}; precision ${(p * 100).toFixed(1)}%, recall ${(r * 100).toFixed(1)}%${t.notes.length ? `\n    ${t.notes.join('\n    ')}` : ''}`,
      );
    }
    console.log(
      `${lines.join('\n')}\nall: precision ${((all.tp / all.found) * 100).toFixed(1)}%, recall ${((all.tp / all.expected) * 100).toFixed(1)}%`,
    );
    for (const t of by.values()) {
      expect(t.found ? t.tp / t.found : 1).toBeGreaterThanOrEqual(0.97);
      expect(t.expected ? t.tp / t.expected : 1).toBeGreaterThanOrEqual(0.97);
    }
  });

  // real reports with a notes block after the closing address: its terms commit to nothing
  for (const [file, heading] of [
    ['boye_county_hebei_2024_gov_work_report.txt', '※名词解释※'],
    ['xushui_district_hebei_2024_gov_work_report.txt', '[名词解释]'],
  ]) {
    it(`corpus ${file.split('_')[0]}: the ${heading} block is a notes section with no targets and no tasks`, () => {
      const doc = workReport(readFileSync(`tests/fixtures/corpus/${file}`, 'utf8'));
      const notes = doc.sections.filter(isNotesSection);
      expect(notes.map((n) => n.heading)).toEqual([heading]);
      const [n] = notes;
      expect(n.part).toBeNull();
      expect(extractTargets(doc).filter((t) => t.span.start >= n.start)).toEqual([]);
      expect(extractTasks(doc).filter((t) => t.span.end > n.start)).toEqual([]);
      // the report's plan still ends where the notes begin, with its figures
      expect(extractTargets(doc).some((t) => t.props.status === 'PLANNED')).toBe(true);
    });
  }
});
