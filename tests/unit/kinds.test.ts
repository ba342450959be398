import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, KINDS, kindOfTitle, titleRules } from '../../src/kinds/index.js';
import { buildGraphBatch } from '../../src/pipeline.js';

describe('document kinds (src/kinds)', () => {
  it.each(titleRules().map(({ kind, rule }) => [rule.name, kind, rule] as const))(
    'title rule %s (%s) keeps and rejects its examples',
    (_name, kind, rule) => {
      expect(rule.keeps.length).toBeGreaterThan(0);
      expect(rule.rejects.length).toBeGreaterThan(0);
      for (const t of rule.keeps) expect(kindOfTitle(t), t).toBe(kind);
      for (const t of rule.rejects) expect(kindOfTitle(t), t).not.toBe(kind);
    },
  );

  it('the GraphQL enum lists every kind of the registry, in its order', () => {
    const sdl = readFileSync(resolve(import.meta.dirname, '../../schema/document.graphql'), 'utf8');
    const values = /enum DocumentKind \{([^}]*)\}/.exec(sdl)![1].trim().split(/\s+/);
    expect(values).toEqual(DOCUMENT_KINDS);
    expect(Object.keys(KINDS)).toEqual(DOCUMENT_KINDS);
  });
});

describe('a 督查通报 (the kind added through the registry alone)', () => {
  const text = readFileSync(resolve(import.meta.dirname, '../fixtures/kinds/supervision-notice.txt'), 'utf8');

  it('is recognised, and each item it lists is a task with the units named for it', async () => {
    const b = await buildGraphBatch({ text, sourceFile: 'supervision-notice.txt' });
    const docs = b.nodes.filter((n) => n.label === 'Document');
    expect(docs.map((d) => d.props.kind)).toEqual(['SUPERVISION']);
    const name = new Map(
      b.nodes.filter((n) => n.label === 'Organization').map((n) => [n.props.id, n.props.name as string]),
    );
    const tasks = b.nodes
      .filter((n) => n.label === 'Task')
      .sort((x, y) => (x.props.ordinal as number) - (y.props.ordinal as number));
    const unitsOf = (id: string) =>
      b.relationships
        .filter((r) => r.type === 'RESPONSIBLE_FOR' && r.to === id)
        .map((r) => `${r.props.role}:${name.get(r.from)}`)
        .sort();
    expect(tasks.map((t) => [t.props.title, unitsOf(t.props.id as string)])).toEqual([
      ['老旧小区改造开工滞后', ['LEAD:县住房和城乡建设局']],
      ['高标准农田建设进度偏慢', ['LEAD:县农业农村局', 'SUPPORT:县财政局']],
      ['12345热线工单办结率不高', ['LEAD:县政务服务中心']],
    ]);
    // every responsibility quotes the sentence that names the unit
    for (const r of b.relationships.filter((x) => x.type === 'RESPONSIBLE_FOR'))
      expect(r.evidence?.[0]?.quote).toMatch(/责任单位/);
    // a finding's figures (计划改造12个, 办结率91%) are not commitments, and 下一步工作要求 is not an item
    expect(b.nodes.filter((n) => n.label === 'Target')).toEqual([]);
    expect(KINDS.SUPERVISION.ownership).toBeNull();
  });
});
