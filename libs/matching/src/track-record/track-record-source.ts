import type { LabelValue } from './outcome-model';

/** A decision recorded about a pair, with the pair's context then: what the ranker learns a track record from. */
export interface OutcomeLabel {
  needId: string;
  providerId: string;
  label: LabelValue;
  /** The pair's score when decided (for a label given without one, the pair's current match score). */
  score: number | null;
  /** The track-record adjustment inside that score. */
  adjustment: number | null;
  /** The provider's other open introductions then. */
  load: number | null;
  createdAt: Date;
}

/**
 * Where providers' track records come from. Brokerage records the labels and runs the introductions, and sits above
 * matching, so matching declares this port and brokerage provides it (libs/brokerage TrackRecordSourceModule).
 */
export abstract class TrackRecordSource {
  /** Every label of these providers. */
  abstract labelsOf(providerIds: string[]): Promise<OutcomeLabel[]>;
  /** Open introductions per provider (providers without any are left out). */
  abstract openIntroductionsOf(providerIds: string[]): Promise<{ providerId: string; n: number }[]>;
  /** The newest labels that carry a score and the provider's load then, to fit the load coefficient on. */
  abstract labelsForLoadFit(limit: number): Promise<OutcomeLabel[]>;
}
