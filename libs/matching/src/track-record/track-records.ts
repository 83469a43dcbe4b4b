import { OPEN_STAGES } from '@app/brokerage/engagement-pipeline';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LabelValue, latestOutcomePerPair, loadCoefficient, Observation, OUTCOME_OF_LABEL, providerCorrection, TrackRecord, withoutAdjustment } from './outcome-model';

interface LabelRow { needId: string; providerId: string; label: LabelValue; score: number | null; adjustment: number | null; load: number | null; createdAt: Date }

/** The load coefficient is fitted on every recorded outcome, so it is refitted now and then, not per ranking. */
const LOAD_FIT_TTL_MS = 10 * 60_000;
const LOAD_FIT_MAX_LABELS = 50_000;

/** The ranker's own probability for a labelled pair: its score then, without the track-record adjustment inside it. */
const observation = (l: LabelRow): Observation | null =>
  l.score === null ? null : { predicted: withoutAdjustment(l.score / 100, l.adjustment ?? 0), outcome: OUTCOME_OF_LABEL[l.label], x: l.load ?? undefined };

/** Reads providers' track records for ranking; providers without labels or open introductions get none. */
@Injectable()
export class TrackRecords {
  private load: { coefficient: number; fittedAt: number } | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(providerIds: string[]): Promise<Map<string, TrackRecord>> {
    const records = new Map<string, TrackRecord>();
    if (!providerIds.length) return records;
    const [labels, open, perOpen]: [LabelRow[], { providerId: string; n: number }[], number] = await Promise.all([
      // A label given without a score (an introduction made by hand) is weighed against the pair's current match.
      this.db.query<LabelRow[]>(
        `select l.need_id as "needId", l.provider_id as "providerId", l.label, coalesce(l.score, m.score) as score,
                case when l.score is not null then l.score_adjustment else coalesce((m.reasons #>> '{trackRecord,adjustment}')::real, 0) end as adjustment,
                l.provider_open_engagements as load, l.created_at as "createdAt"
           from match_labels l left join matches m on m.need_id = l.need_id and m.provider_id = l.provider_id
          where l.provider_id = any($1)`, [providerIds],
      ),
      this.db.query<{ providerId: string; n: number }[]>(
        `select provider_id as "providerId", count(*)::int as n from engagements where provider_id = any($1) and status = any($2) group by provider_id`,
        [providerIds, OPEN_STAGES],
      ),
      this.loadCoefficient(),
    ]);
    const openOf = new Map(open.map((o) => [o.providerId, o.n]));
    const labelsOf = new Map<string, LabelRow[]>();
    for (const l of latestOutcomePerPair(labels)) labelsOf.set(l.providerId, [...(labelsOf.get(l.providerId) ?? []), l]);
    for (const id of new Set([...openOf.keys(), ...labelsOf.keys()])) {
      const own = labelsOf.get(id) ?? [];
      const openEngagements = openOf.get(id) ?? 0;
      records.set(id, {
        openEngagements,
        positiveOutcomes: own.filter((l) => OUTCOME_OF_LABEL[l.label] === 1).length,
        negativeOutcomes: own.filter((l) => OUTCOME_OF_LABEL[l.label] === 0).length,
        adjustment: providerCorrection(own.map(observation).filter((o): o is Observation => o !== null)) + perOpen * openEngagements,
      });
    }
    return records;
  }

  private async loadCoefficient(): Promise<number> {
    if (this.load && Date.now() - this.load.fittedAt < LOAD_FIT_TTL_MS) return this.load.coefficient;
    const labels: LabelRow[] = await this.db.query(
      `select need_id as "needId", provider_id as "providerId", label, score, score_adjustment as adjustment, provider_open_engagements as load, created_at as "createdAt"
         from match_labels where provider_open_engagements is not null and score is not null order by created_at desc limit $1`, [LOAD_FIT_MAX_LABELS],
    );
    const coefficient = loadCoefficient(latestOutcomePerPair(labels).map(observation).filter((o): o is Observation => o !== null));
    this.load = { coefficient, fittedAt: Date.now() };
    return coefficient;
  }
}
