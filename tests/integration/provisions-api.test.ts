/** Provision facts through the store and the public API: what a measures document grants, quoted. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBatch, testGraph, type TestGraph } from '../helpers/graph.js';

let g: TestGraph;
beforeAll(async () => {
  g = await testGraph([await seedBatch()]);
});
afterAll(async () => {
  await g?.close();
});

describe('provisions in GraphQL', () => {
  it('each measures document lists what it grants, each amount quoted verbatim from its document', async () => {
    const r = await g.gql<{ documents: Array<{ id: string; kind: string; text: string; provisions: Array<{ kind: string; condition: string; amount: number; amountText: string; per: string | null; evidence: Array<{ document: { id: string }; start: number; end: number; quote: string }> }> }> }>(
      '{ documents { id kind text provisions { kind condition amount amountText per evidence { document { id } start end quote } } } }',
    );
    expect(r.errors).toBeUndefined();
    const withProvisions = r.data!.documents.filter((d) => d.provisions.length);
    expect(withProvisions.length).toBeGreaterThan(0);
    for (const d of withProvisions) {
      expect(['MEASURES', 'PLAN']).toContain(d.kind);
      for (const p of d.provisions) {
        expect(p.amount).toBeGreaterThan(0);
        expect(p.evidence.length).toBe(1);
        const [e] = p.evidence;
        expect(e.document.id).toBe(d.id);
        expect(d.text.slice(e.start, e.end)).toBe(e.quote);
        expect(e.quote.replace(/\s/g, '')).toContain(p.amountText);
      }
    }
    expect(withProvisions.flatMap((d) => d.provisions).some((p) => p.kind === 'FUND')).toBe(true);
  });

  it('filters by words of the condition and by kind, in document order', async () => {
    const all = await g.gql<{ provisions: Array<{ id: string; condition: string; kind: string }> }>('{ provisions(first: 500) { id condition kind } }');
    expect(all.errors).toBeUndefined();
    const word = all.data!.provisions[0].condition.slice(0, 2);
    const some = await g.gql<{ provisions: Array<{ condition: string }> }>('query($t: String) { provisions(filter: { text: $t }) { condition } }', { t: word });
    expect(some.data!.provisions.length).toBe(all.data!.provisions.filter((p) => p.condition.includes(word)).length);
    const funds = await g.gql<{ provisions: Array<{ kind: string }> }>('{ provisions(filter: { kind: FUND }) { kind document { title } } }');
    expect(funds.data!.provisions.length).toBe(all.data!.provisions.filter((p) => p.kind === 'FUND').length);
    expect(funds.data!.provisions.every((p) => p.kind === 'FUND')).toBe(true);
    const none = await g.gql<{ provisions: unknown[] }>('{ provisions(filter: { jurisdiction: "没有这个地方" }) { id } }');
    expect(none.data!.provisions).toEqual([]);
  });
});
