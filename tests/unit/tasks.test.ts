import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazette } from '../../src/gazette/index.js';
import { extractTasks } from '../../src/extract/tasks.js';

const SEED = 'seed/gazettes/yijinhuoluo-gazette-2024-01.txt';
const text = readFileSync(SEED, 'utf8');
const g = parseGazette(text, SEED);
const plan = g.documents.find((d) => d.props.kind === 'PLAN')!;
const report = g.documents.find((d) => d.props.kind === 'WORK_REPORT')!;

describe('plan tasks', () => {
  const tasks = extractTasks(plan);
  // count the numbered items of the task chapter straight from the source lines
  const chapter = plan.props.text.slice(plan.props.text.indexOf('重点任务'), plan.props.text.search(/\n七、/));
  const printedItems = chapter
    .split('\n')
    .filter((l) => /^\s*\d{1,2}[.．、]\s*\S/.test(l))
    .map((l) => l.replace(/^\s*\d{1,2}[.．、]\s*/, '').split('。')[0]);
  const printedGroups = chapter.split('\n').filter((l) => /^\s*[（(][一二三四五六七八九十]+[）)]/.test(l));

  it('has one task per numbered item of the task chapter, under its group heading', () => {
    const children = tasks.filter((t) => t.parentIndex !== null);
    const groups = tasks.filter((t) => t.parentIndex === null);
    expect(children.map((t) => t.title)).toEqual(printedItems);
    expect(groups).toHaveLength(printedGroups.length);
    for (const c of children) {
      const p = tasks[c.parentIndex!];
      expect(p.span.start <= c.span.start && c.span.end <= p.span.end).toBe(true);
    }
  });

  it('keeps the whole item text, including its lead-unit note', () => {
    const first = tasks.find((t) => t.parentIndex !== null)!;
    expect(first.text.startsWith('1.')).toBe(true);
    expect(first.text).toContain('牵头单位');
    expect(plan.clean.slice(first.span.start, first.span.end)).toBe(first.text);
  });

  it('does not take framing chapters (principles, requirements) for tasks', () => {
    const principles = plan.sections.filter((s) => s.path[0]?.includes('工作原则') && s.parentId);
    expect(principles.length).toBeGreaterThan(0);
    for (const p of principles) expect(tasks.some((t) => t.span.start === p.start)).toBe(false);
  });
});

describe('work report tasks', () => {
  const tasks = extractTasks(report);
  it('takes only the plan part', () => {
    expect(tasks.length).toBeGreaterThan(50);
    expect(tasks.every((t) => t.part === 'PLAN')).toBe(true);
  });
  it('nests 一是/二是 items under their ——block', () => {
    const block = tasks.findIndex((t) => /^培育形成.*增长极$/.test(t.title));
    expect(block).toBeGreaterThanOrEqual(0);
    const items = tasks.filter((t) => t.parentIndex === block);
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const i of items)
      expect(report.clean.slice(i.span.start, i.span.start + 2)).toMatch(/^[一二三四五六七八九十]是$/);
    // the block's own heading is the bold phrase, its text the whole block
    expect(tasks[block].text).toContain(items[0].text);
  });
});
