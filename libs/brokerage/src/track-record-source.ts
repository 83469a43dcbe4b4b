import { OutcomeLabel, TrackRecordSource } from '@app/matching';
import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OPEN_STAGES } from './engagement-pipeline';

/** Providers' labels and open introductions, read from brokerage's tables for matching's ranker. */
@Injectable()
export class BrokerageTrackRecords extends TrackRecordSource {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  labelsOf(providerIds: string[]): Promise<OutcomeLabel[]> {
    // A label given without a score (an introduction made by hand) is weighed against the pair's current match.
    return this.db.query(
      `select l.need_id as "needId", l.provider_id as "providerId", l.label, coalesce(l.score, m.score) as score,
              case when l.score is not null then l.score_adjustment else coalesce((m.reasons #>> '{trackRecord,adjustment}')::real, 0) end as adjustment,
              l.provider_open_engagements as load, l.created_at as "createdAt"
         from match_labels l left join matches m on m.need_id = l.need_id and m.provider_id = l.provider_id
        where l.provider_id = any($1)`,
      [providerIds],
    );
  }

  openIntroductionsOf(providerIds: string[]): Promise<{ providerId: string; n: number }[]> {
    return this.db.query(
      `select provider_id as "providerId", count(*)::int as n from engagements where provider_id = any($1) and status = any($2) group by provider_id`,
      [providerIds, OPEN_STAGES],
    );
  }

  labelsForLoadFit(limit: number): Promise<OutcomeLabel[]> {
    return this.db.query(
      `select need_id as "needId", provider_id as "providerId", label, score, score_adjustment as adjustment, provider_open_engagements as load, created_at as "createdAt"
         from match_labels where provider_open_engagements is not null and score is not null order by created_at desc limit $1`,
      [limit],
    );
  }
}

/** Global so that MatchingModule (a lower layer, which cannot import brokerage) receives it wherever brokerage is composed. */
@Global()
@Module({ providers: [{ provide: TrackRecordSource, useClass: BrokerageTrackRecords }], exports: [TrackRecordSource] })
export class TrackRecordSourceModule {}
