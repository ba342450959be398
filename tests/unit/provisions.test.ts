import { describe, expect, it } from 'vitest';
import { findProvisions } from '../../src/extract/provisions.js';
import { buildGraphBatch } from '../../src/pipeline.js';
import { seedText } from '../helpers/graph.js';

describe('provision rules (src/extract/provisions.ts)', () => {
  // each rule's keep/reject examples: tests/unit/rules.test.ts
  it('reads condition, amount, cap and unit of count; the span runs from the condition to the amount', () => {
    const text =
      '第五条 其中，获国家级文艺奖项的，每部激励扶持3万元；获省级奖项，奖励5000元。培训经费总额不高于10万元，每人每年不高于2000元。';
    const got = findProvisions(text).map((p) => ({
      kind: p.kind,
      condition: p.condition,
      amount: p.amount,
      modifier: p.modifier,
      per: p.per,
      quote: text.slice(p.span.start, p.span.end),
    }));
    expect(got).toEqual([
      {
        kind: 'GRANT',
        condition: '获国家级文艺奖项',
        amount: 30000,
        modifier: 'EXACT',
        per: '每部',
        quote: '获国家级文艺奖项的，每部激励扶持3万元',
      },
      {
        kind: 'GRANT',
        condition: '获省级奖项',
        amount: 5000,
        modifier: 'EXACT',
        per: null,
        quote: '获省级奖项，奖励5000元',
      },
      {
        kind: 'FUND',
        condition: '培训',
        amount: 100000,
        modifier: 'AT_MOST',
        per: null,
        quote: '培训经费总额不高于10万元',
      },
      {
        kind: 'GRANT',
        condition: '培训',
        amount: 2000,
        modifier: 'AT_MOST',
        per: '每人每年',
        quote: '每人每年不高于2000元',
      },
    ]);
  });
});

describe('provisions through the pipeline', () => {
  const batch = buildGraphBatch({ text: seedText(), sourceFile: 'yijinhuoluo-gazette-2024-01.txt' });
  const docs = new Map(batch.nodes.filter((n) => n.label === 'Document').map((n) => [n.props.id, n]));
  const provisions = batch.nodes.filter((n) => n.label === 'Provision');

  it('come only from kinds that grant (measures, plans), each with its verbatim sentence and its document', () => {
    expect(provisions.length).toBeGreaterThan(0);
    for (const p of provisions) {
      const doc = docs.get(p.props.documentId as string)!;
      expect(['MEASURES', 'PLAN']).toContain(doc.props.kind);
      const [e] = p.evidence;
      expect(doc.props.text.slice(e.start, e.end)).toBe(e.quote);
      // the quote states the amount as written, and the condition (unless it is shared with the previous amount)
      expect(e.quote.replace(/\s/g, '')).toContain(String(p.props.amountText));
      expect(p.props.condition).not.toBe('');
      expect(
        batch.relationships.some((r) => r.type === 'HAS_PROVISION' && r.from === doc.props.id && r.to === p.props.id),
      ).toBe(true);
    }
  });

  it('are not targets: a grant amount is not a commitment of the county', () => {
    const targetQuotes = new Set(
      batch.nodes
        .filter((n) => n.label === 'Target')
        .flatMap((n) => n.evidence.map((e) => `${e.documentId}|${e.start}`)),
    );
    expect(provisions.filter((p) => targetQuotes.has(`${p.evidence[0].documentId}|${p.evidence[0].start}`))).toEqual(
      [],
    );
  });
});
