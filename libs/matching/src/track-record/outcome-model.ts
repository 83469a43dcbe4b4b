/**
 * Past outcomes and load, as corrections to the ranker's log-odds, fitted on what people decided about earlier
 * suggestions. Each labelled pair is one observation: the ranker's probability for it at the time and whether it
 * went well (approved by a coordinator, accepted by the parties, an agreement) or not (rejected, declined, expired).
 * A correction is a maximum a posteriori estimate under a normal prior centred on 0, so a provider without history
 * keeps the ranker's score exactly, and a handful of outcomes moves it only a little.
 */

export type LabelValue = 'approved' | 'rejected' | 'accepted' | 'declined' | 'expired' | 'agreement';

export const OUTCOME_OF_LABEL: Record<LabelValue, 0 | 1> = {
  approved: 1,
  accepted: 1,
  agreement: 1,
  rejected: 0,
  declined: 0,
  expired: 0,
};

/** What the platform has seen of a provider: introductions under way and how earlier suggestions turned out. */
export interface TrackRecord {
  openEngagements: number;
  positiveOutcomes: number;
  negativeOutcomes: number;
  /** Log-odds added to the ranker's: the provider's own correction plus load × the fitted load coefficient. */
  adjustment: number;
}

export interface Observation {
  /** The ranker's probability of a good fit for the pair, 0–1. */
  predicted: number;
  outcome: 0 | 1;
  /** A covariate (the provider's open introductions at the time), for the load coefficient. */
  x?: number;
}

/** Prior standard deviations, in log-odds: a provider's own record, and the effect of one open introduction. */
export const PROVIDER_PRIOR_SD = 1;
export const LOAD_PRIOR_SD = 0.25;

const logit = (p: number) => {
  const q = Math.min(0.99, Math.max(0.01, p));
  return Math.log(q / (1 - q));
};
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A probability with a log-odds adjustment taken out again. */
export function withoutAdjustment(p: number, adjustment: number): number {
  return sigmoid(logit(p) - adjustment);
}

/**
 * Fits c in  P(good) = σ(logit(predicted) + c · x)  by Newton's method on the log-posterior (x = 1 for an intercept).
 * Concave in c, so a few steps converge from 0.
 */
export function fitCorrection(
  observations: Observation[],
  priorSd: number,
  covariate: (o: Observation) => number = () => 1,
): number {
  let c = 0;
  for (let step = 0; step < 25; step++) {
    let gradient = -c / (priorSd * priorSd);
    let curvature = 1 / (priorSd * priorSd);
    for (const o of observations) {
      const x = covariate(o);
      const p = sigmoid(logit(o.predicted) + c * x);
      gradient += (o.outcome - p) * x;
      curvature += p * (1 - p) * x * x;
    }
    const move = gradient / curvature;
    c += move;
    if (Math.abs(move) < 1e-6) break;
  }
  return c;
}

/** A provider's correction from its own labelled pairs. */
export function providerCorrection(observations: Observation[]): number {
  return observations.length ? fitCorrection(observations, PROVIDER_PRIOR_SD) : 0;
}

/** Log-odds per open introduction, from all labelled pairs whose provider load was recorded. */
export function loadCoefficient(observations: Observation[]): number {
  const withLoad = observations.filter((o) => o.x !== undefined);
  return withLoad.length ? fitCorrection(withLoad, LOAD_PRIOR_SD, (o) => o.x!) : 0;
}

/** One observation per pair: its latest label decides, so approved → accepted → agreement counts once. */
export function latestOutcomePerPair<
  T extends { needId: string; providerId: string; label: LabelValue; createdAt: Date },
>(labels: T[]): T[] {
  const latest = new Map<string, T>();
  for (const l of labels) {
    const key = `${l.needId}:${l.providerId}`;
    const seen = latest.get(key);
    if (!seen || l.createdAt >= seen.createdAt) latest.set(key, l);
  }
  return [...latest.values()];
}
