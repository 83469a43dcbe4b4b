import { ndcgAt, pairwiseOrderingLoss, recallAt, reciprocalRank, summarize } from './ranking-metrics';

describe('ranking metrics', () => {
  const grades = { a: 3, b: 2, c: 1 };

  it('gives a perfect ranking nDCG 1 and a reversed one less', () => {
    expect(ndcgAt(['a', 'b', 'c', 'x'], grades, 10)).toBeCloseTo(1);
    const reversed = ndcgAt(['x', 'c', 'b', 'a'], grades, 10);
    expect(reversed).toBeLessThan(0.8);
    expect(reversed).toBeGreaterThan(0);
  });

  it('counts the first good-enough candidate for MRR', () => {
    expect(reciprocalRank(['x', 'c', 'b'], grades)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['x', 'y'], grades)).toBe(0);
  });

  it('measures recall of all relevant candidates within k', () => {
    expect(recallAt(['a', 'x', 'c'], grades, 2)).toBeCloseTo(1 / 3);
    expect(recallAt(['a', 'b', 'c'], grades, 10)).toBe(1);
  });

  it('counts wrongly ordered graded pairs, missing ones last', () => {
    expect(pairwiseOrderingLoss(['a', 'b', 'c'], grades)).toBe(0);
    expect(pairwiseOrderingLoss(['c', 'b', 'a'], { a: 3, b: 2, c: 1 })).toBe(1);
    expect(pairwiseOrderingLoss(['x', 'a'], { a: 3, b: 2 })).toBeCloseTo(2 / 3); // b missing: wrong against x; a below x: wrong
  });

  it('averages over needs', () => {
    const report = summarize([
      { ranked: ['a', 'b', 'c'], grades },
      { ranked: [], grades },
    ]);
    expect(report.needs).toBe(2);
    expect(report.ndcg10).toBeCloseTo(0.5);
    expect(report.mrr).toBeCloseTo(0.5);
  });
});
