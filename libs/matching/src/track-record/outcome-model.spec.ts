import {
  latestOutcomePerPair,
  loadCoefficient,
  Observation,
  providerCorrection,
  withoutAdjustment,
} from './outcome-model';

const times = (n: number, o: Observation) => Array.from({ length: n }, () => ({ ...o }));
const logit = (p: number) => Math.log(p / (1 - p));

describe('outcome model', () => {
  it('leaves a provider without history exactly as the ranker scored it', () => {
    expect(providerCorrection([])).toBe(0);
    expect(loadCoefficient([{ predicted: 0.5, outcome: 1 }])).toBe(0); // no load recorded
  });

  it('raises a provider whose suggestions went better than predicted, more with more evidence', () => {
    const few = providerCorrection(times(2, { predicted: 0.5, outcome: 1 }));
    const many = providerCorrection(times(10, { predicted: 0.5, outcome: 1 }));
    expect(few).toBeGreaterThan(0);
    expect(many).toBeGreaterThan(few);
    expect(providerCorrection(times(10, { predicted: 0.5, outcome: 0 }))).toBeCloseTo(-many, 6);
  });

  it('finds the calibration gap once there is plenty of evidence, and nothing where the ranker was right', () => {
    const gap = providerCorrection([
      ...times(800, { predicted: 0.5, outcome: 1 }),
      ...times(200, { predicted: 0.5, outcome: 0 }),
    ]);
    expect(gap).toBeCloseTo(logit(0.8), 1);
    const right = providerCorrection([
      ...times(8, { predicted: 0.8, outcome: 1 }),
      ...times(2, { predicted: 0.8, outcome: 0 }),
    ]);
    expect(Math.abs(right)).toBeLessThan(0.05);
  });

  it("fits a negative load coefficient when busy providers' suggestions fail", () => {
    const observations = [
      ...times(40, { predicted: 0.6, outcome: 1, x: 0 }),
      ...times(10, { predicted: 0.6, outcome: 0, x: 0 }),
      ...times(10, { predicted: 0.6, outcome: 1, x: 6 }),
      ...times(40, { predicted: 0.6, outcome: 0, x: 6 }),
    ];
    expect(loadCoefficient(observations)).toBeLessThan(-0.1);
  });

  it('counts a pair once, by its latest label', () => {
    const at = (s: number) => new Date(Date.UTC(2026, 10, 1, 0, 0, s));
    const labels = [
      { needId: 'n', providerId: 'p', label: 'approved' as const, createdAt: at(1) },
      { needId: 'n', providerId: 'p', label: 'declined' as const, createdAt: at(2) },
      { needId: 'm', providerId: 'p', label: 'approved' as const, createdAt: at(1) },
    ];
    expect(
      latestOutcomePerPair(labels)
        .map((l) => l.label)
        .sort(),
    ).toEqual(['approved', 'declined']);
  });

  it('takes an adjustment out of a probability again', () => {
    expect(withoutAdjustment(0.8, logit(0.8) - logit(0.5))).toBeCloseTo(0.5, 6);
  });
});
