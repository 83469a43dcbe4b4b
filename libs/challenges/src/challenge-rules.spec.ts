import {
  checkScores,
  criteriaOf,
  effectiveStatus,
  isEligible,
  rankApplications,
  weightedTotal,
} from './challenge-rules';

describe('challenge rules', () => {
  const criteria = criteriaOf(
    [
      { name: '技术路线', weight: 50 },
      { name: '团队', weight: 30 },
      { name: '报价', weight: 20 },
    ],
    [],
  );

  it('keys the criteria and requires weights summing to 100', () => {
    expect(criteria.map((c) => c.key)).toEqual(['c1', 'c2', 'c3']);
    const errors: never[] = [];
    criteriaOf(
      [
        { name: 'a', weight: 60 },
        { name: 'b', weight: 30 },
      ],
      errors,
    );
    expect(errors).toEqual([{ field: 'criteria', constraint: 'weightsSum100', params: { value: 90 } }]);
  });

  it('weighs the scores', () => {
    expect(weightedTotal(criteria, { c1: 80, c2: 90, c3: 50 })).toBe(77);
    expect(weightedTotal(criteria, { c1: 100, c2: 100, c3: 100 })).toBe(100);
  });

  it('names missing, out-of-range and unknown scores', () => {
    expect(checkScores(criteria, { c1: 80, c2: 101, c4: 3 }).map((e) => e.field)).toEqual([
      'scores.c4',
      'scores.c2',
      'scores.c3',
    ]);
    expect(checkScores(criteria, { c1: 0, c2: 100, c3: 55.5 })).toEqual([]);
  });

  it('ranks by mean total, then lower price, then earlier application; unscored last', () => {
    const at = (n: number) => new Date(2026, 0, n);
    const ranked = rankApplications([
      { applicationId: 'a', totals: [70, 80], price: 100, submittedAt: at(1) },
      { applicationId: 'b', totals: [75], price: 90, submittedAt: at(2) },
      { applicationId: 'c', totals: [], price: 10, submittedAt: at(3) },
      { applicationId: 'd', totals: [90], price: 500, submittedAt: at(4) },
    ]);
    expect(ranked.map((r) => [r.applicationId, r.rank, r.average])).toEqual([
      ['d', 1, 90],
      ['b', 2, 75],
      ['a', 3, 75],
      ['c', null, null],
    ]);
  });

  it('treats an open call past its deadline as in evaluation', () => {
    const deadline = new Date('2026-06-01T00:00:00Z');
    expect(effectiveStatus({ status: 'open', deadline }, new Date('2026-05-31T23:59:59Z'))).toBe('open');
    expect(effectiveStatus({ status: 'open', deadline }, deadline)).toBe('evaluation');
    expect(effectiveStatus({ status: 'in_progress', deadline }, new Date('2027-01-01'))).toBe('in_progress');
  });

  it('admits providers by kind and by region within the eligible regions', () => {
    const call = { eligibleKinds: ['expert', 'workstation'], eligibleRegions: ['430000'] }; // 湖南省
    expect(isEligible(call, { kind: 'expert', regionCode: '430211' })).toBe(true); // a county of 株洲
    expect(isEligible(call, { kind: 'society', regionCode: '430211' })).toBe(false);
    expect(isEligible(call, { kind: 'expert', regionCode: '440100' })).toBe(false); // 广州
    expect(isEligible(call, { kind: 'expert', regionCode: null })).toBe(false);
    expect(isEligible({ eligibleKinds: [], eligibleRegions: [] }, { kind: 'society', regionCode: null })).toBe(true);
  });
});
