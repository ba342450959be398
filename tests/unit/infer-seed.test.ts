/**
 * infer/ on the real seed gazette through the pipeline: the acceptance bars of the ownership issue,
 * measured against the labelled fixtures (tests/fixtures/ownership.json, links.json).
 */
import { describe, expect, it } from 'vitest';
import { checkEvidence, evalLinks, evalOwnership, mustHold, seedBatch, views } from '../eval-infer.js';

const batch = seedBatch();

describe('infer on the seed gazette', () => {
  it('names the right LEAD owner for ≥ 90% of the labelled 2024 targets', () => {
    const r = evalOwnership(batch);
    expect(r.found).toBeGreaterThanOrEqual(40);
    expect(r.accuracy, r.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('links report commitments to plan tasks with precision ≥ 90%', () => {
    const r = evalLinks(batch);
    expect(r.precision, r.wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThan(0.5);
  });

  it("holds the issue's named cases (老旧小区 → 住建局 POLICY, 周立明; 城镇就业 → 人社局 PORTFOLIO, 李贵)", () => {
    expect(mustHold(batch)).toEqual([]);
  });

  it('gives every responsibility a basis and verbatim evidence; PORTFOLIO and POLICY carry a chain', () => {
    expect(checkEvidence(batch)).toEqual([]);
    for (const r of batch.relationships) {
      if (r.type === 'RESPONSIBLE_FOR' && (r.props.basis === 'PORTFOLIO' || r.props.basis === 'POLICY'))
        expect(r.evidence.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('leaves targets with no supported owner unassigned rather than forcing one', () => {
    const v = views(batch);
    const reportTargets = batch.nodes.filter(
      (n) => n.label === 'Target' && n.props.status === 'PLANNED' && v.kindOf(n.props.documentId) === 'WORK_REPORT',
    );
    const owned = reportTargets.filter((t) => v.topLead(t.props.id));
    expect(owned.length).toBeLessThan(reportTargets.length);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(seedBatch())).toBe(JSON.stringify(batch));
  });
});
