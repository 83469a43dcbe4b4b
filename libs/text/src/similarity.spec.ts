import { cosine, TermStatistics } from './similarity';

const bag = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('cosine', () => {
  it('is 1 for proportional vectors and 0 for disjoint ones', () => {
    expect(cosine(bag({ a: 1, b: 2 }), bag({ a: 2, b: 4 }))).toBeCloseTo(1, 10);
    expect(cosine(bag({ a: 1 }), bag({ b: 1 }))).toBe(0);
  });

  it('computes the normalised dot product', () => {
    // (1*1) / (sqrt(1+1) * sqrt(1+4)) = 1 / sqrt(10)
    expect(cosine(bag({ a: 1, b: 1 }), bag({ a: 1, c: 2 }))).toBeCloseTo(1 / Math.sqrt(10), 10);
  });

  it('is symmetric and 0 for empty input', () => {
    const x = bag({ a: 3, b: 1, c: 2 });
    const y = bag({ a: 1, c: 5 });
    expect(cosine(x, y)).toBeCloseTo(cosine(y, x), 12);
    expect(cosine(new Map(), x)).toBe(0);
  });
});

describe('TermStatistics', () => {
  it('gives rare terms a higher idf than common ones', () => {
    const stats = new TermStatistics();
    stats.add(bag({ 系统: 1, 锂电池: 1 }));
    stats.add(bag({ 系统: 2, 荔枝: 1 }));
    stats.add(['系统', 'system']);
    expect(stats.documentCount).toBe(3);
    expect(stats.idf('锂电池')).toBeGreaterThan(stats.idf('系统'));
    expect(stats.idf('unseen')).toBeGreaterThan(stats.idf('锂电池'));
    expect(stats.idf('系统')).toBeCloseTo(Math.log(4 / 4) + 1, 10);
  });

  it('counts a term once per document', () => {
    const stats = new TermStatistics();
    stats.add(['a', 'a', 'a']);
    stats.add(['b']);
    expect(stats.idf('a')).toBeCloseTo(stats.idf('b'), 12);
  });

  it('weighs a bag by idf so shared boilerplate counts less', () => {
    const stats = new TermStatistics();
    for (let i = 0; i < 9; i++) stats.add(['系统']);
    stats.add(['系统', '荔枝']);
    const weighted = stats.weigh(bag({ 系统: 1, 荔枝: 1 }));
    expect(weighted.get('荔枝')!).toBeGreaterThan(weighted.get('系统')!);
  });
});
