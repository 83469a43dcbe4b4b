import { conversions, StepCounts } from './funnel-steps';

describe('conversions', () => {
  it('divides each step by the one before it, and leaves a step after an empty one without a rate', () => {
    const counts: StepCounts = {
      posted: 3,
      reviewed: 3,
      published: 2,
      matched: 0,
      introduced: 0,
      acceptedByBoth: 0,
      meeting: 0,
      agreementSigned: 0,
      completed: 0,
    };
    const rates = conversions(counts).map((c) => `${c.from}>${c.to}=${c.rate}`);
    expect(rates.slice(0, 4)).toEqual([
      'posted>reviewed=1',
      'reviewed>published=0.6667',
      'published>matched=0',
      'matched>introduced=null',
    ]);
  });
});
