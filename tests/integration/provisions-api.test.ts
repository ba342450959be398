/** Provision facts through the store and the public API: what a measures document grants, quoted. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/ask/index.js';
import { rowsOf } from '../../src/ask/rows.js';
import { seedBatch, testGraph, type TestGraph } from '../helpers/graph.js';
import { startOpenAiStub } from '../helpers/openai-stub.js';

let g: TestGraph;
beforeAll(async () => {
  g = await testGraph([await seedBatch()]);
});
afterAll(async () => {
  await g?.close();
});

describe('provisions in GraphQL', () => {
  it('each measures document lists what it grants, each amount quoted verbatim from its document', async () => {
    const r = await g.gql<{
      documents: Array<{
        id: string;
        kind: string;
        text: string;
        provisions: Array<{
          kind: string;
          condition: string;
          amount: number;
          amountText: string;
          per: string | null;
          evidence: Array<{ document: { id: string }; start: number; end: number; quote: string }>;
        }>;
      }>;
    }>(
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
    const all = await g.gql<{ provisions: Array<{ id: string; condition: string; kind: string }> }>(
      '{ provisions(first: 500) { id condition kind } }',
    );
    expect(all.errors).toBeUndefined();
    const word = all.data!.provisions[0].condition.slice(0, 2);
    const some = await g.gql<{ provisions: Array<{ condition: string }> }>(
      'query($t: String) { provisions(filter: { text: $t }) { condition } }',
      { t: word },
    );
    expect(some.data!.provisions.length).toBe(all.data!.provisions.filter((p) => p.condition.includes(word)).length);
    const funds = await g.gql<{ provisions: Array<{ kind: string }> }>(
      '{ provisions(filter: { kind: FUND }) { kind document { title } } }',
    );
    expect(funds.data!.provisions.length).toBe(all.data!.provisions.filter((p) => p.kind === 'FUND').length);
    expect(funds.data!.provisions.every((p) => p.kind === 'FUND')).toBe(true);
    const none = await g.gql<{ provisions: unknown[] }>(
      '{ provisions(filter: { jurisdiction: "没有这个地方" }) { id } }',
    );
    expect(none.data!.provisions).toEqual([]);
  });
});

describe('provisions through a model', () => {
  it('the model may choose the grant tool; the condition in its words is matched against the graph, and the answer states the amount', async () => {
    const stub = await startOpenAiStub(() => ({
      tool: 'grant_amount',
      args: { condition: '在国家级期刊发表中篇小说' },
    }));
    try {
      const run = (c: string, p: Record<string, unknown>) => g.store.read(c, p);
      const a = await ask('写小说有什么政策', { run, llm: stub.client, model: 'stub-model' }, { mode: 'LLM' });
      expect(stub.requests).toHaveLength(1);
      const tools = (stub.bodies[0].tools as Array<{ function: { name: string } }>).map((t) => t.function.name);
      expect(tools).toContain('grant_amount');
      expect(a.mode).toBe('LLM');
      expect(a.family).toBe('PROVISION');
      // every amount the answer states is a row's, and each row is cited verbatim
      const amounts = rowsOf(a.rows).map((r) => String(r.amountText));
      expect(amounts.length).toBeGreaterThan(0);
      for (const m of a.answer.match(/[\d.]+万?元/g) ?? []) expect(amounts).toContain(m);
      expect(a.citations.length).toBe(a.rows.length);
      const texts = new Map(
        (
          await g.gql<{ documents: Array<{ id: string; text: string }> }>('{ documents { id text } }')
        ).data!.documents.map((d) => [d.id, d.text]),
      );
      for (const c of a.citations) expect(texts.get(c.documentId)?.slice(c.start, c.end)).toBe(c.quote);
    } finally {
      await stub.close();
    }
  });
});
