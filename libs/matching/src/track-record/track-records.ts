import { Injectable } from '@nestjs/common';
import {
  latestOutcomePerPair,
  loadCoefficient,
  Observation,
  OUTCOME_OF_LABEL,
  providerCorrection,
  TrackRecord,
  withoutAdjustment,
} from './outcome-model';
import { OutcomeLabel as LabelRow, TrackRecordSource } from './track-record-source';

/** The load coefficient is fitted on every recorded outcome, so it is refitted now and then, not per ranking. */
const LOAD_FIT_TTL_MS = 10 * 60_000;
const LOAD_FIT_MAX_LABELS = 50_000;

/** The ranker's own probability for a labelled pair: its score then, without the track-record adjustment inside it. */
const observation = (l: LabelRow): Observation | null =>
  l.score === null
    ? null
    : {
        predicted: withoutAdjustment(l.score / 100, l.adjustment ?? 0),
        outcome: OUTCOME_OF_LABEL[l.label],
        x: l.load ?? undefined,
      };

/** Reads providers' track records for ranking; providers without labels or open introductions get none. */
@Injectable()
export class TrackRecords {
  private load: { coefficient: number; fittedAt: number } | null = null;

  constructor(private readonly source: TrackRecordSource) {}

  async of(providerIds: string[]): Promise<Map<string, TrackRecord>> {
    const records = new Map<string, TrackRecord>();
    if (!providerIds.length) return records;
    const [labels, open, perOpen] = await Promise.all([
      this.source.labelsOf(providerIds),
      this.source.openIntroductionsOf(providerIds),
      this.loadCoefficient(),
    ]);
    const openOf = new Map(open.map((o) => [o.providerId, o.n]));
    const labelsOf = new Map<string, LabelRow[]>();
    for (const l of latestOutcomePerPair(labels))
      labelsOf.set(l.providerId, [...(labelsOf.get(l.providerId) ?? []), l]);
    for (const id of new Set([...openOf.keys(), ...labelsOf.keys()])) {
      const own = labelsOf.get(id) ?? [];
      const openEngagements = openOf.get(id) ?? 0;
      records.set(id, {
        openEngagements,
        positiveOutcomes: own.filter((l) => OUTCOME_OF_LABEL[l.label] === 1).length,
        negativeOutcomes: own.filter((l) => OUTCOME_OF_LABEL[l.label] === 0).length,
        adjustment:
          providerCorrection(own.map(observation).filter((o): o is Observation => o !== null)) +
          perOpen * openEngagements,
      });
    }
    return records;
  }

  private async loadCoefficient(): Promise<number> {
    if (this.load && Date.now() - this.load.fittedAt < LOAD_FIT_TTL_MS) return this.load.coefficient;
    const labels = await this.source.labelsForLoadFit(LOAD_FIT_MAX_LABELS);
    const coefficient = loadCoefficient(
      latestOutcomePerPair(labels)
        .map(observation)
        .filter((o): o is Observation => o !== null),
    );
    this.load = { coefficient, fittedAt: Date.now() };
    return coefficient;
  }
}
