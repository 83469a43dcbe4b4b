import { ListingDerivations, IndexedListing, MatchedListing } from '@app/listings';
import { JobDispatcher } from '@app/queue';
import { recordIndexChanges } from '@app/search';
import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BULK_RUNS, pendingRuns, queueMatchRuns, requestMatching } from './match-requests';

/** Listings' changes as search's outbox rows and matching's run requests, written in listings' transaction. */
@Injectable()
export class OutboxAndMatchRequests extends ListingDerivations {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobDispatcher,
  ) {
    super();
  }

  reindex(manager: EntityManager, type: IndexedListing, ids: string[]): Promise<void> {
    return recordIndexChanges(manager, type, ids);
  }

  rematch(manager: EntityManager, type: MatchedListing, subjects: { id: string; revision: number }[]): Promise<void> {
    return requestMatching(manager, type, subjects);
  }

  /** A bulk load's runs are left to the outbox drain, which queues them in batches behind interactive work. */
  async rankNow(needIds: string[]): Promise<void> {
    if (!needIds.length || needIds.length > BULK_RUNS) return;
    try {
      await queueMatchRuns(this.jobs, await pendingRuns(this.db.manager, needIds));
    } catch {
      // Redis or PostgreSQL away: the run stays pending and the maintenance sweep queues it.
    }
  }
}

/** Global so that ListingsModule (a lower layer, which cannot import matching) receives it wherever matching is composed. */
@Global()
@Module({
  providers: [{ provide: ListingDerivations, useClass: OutboxAndMatchRequests }],
  exports: [ListingDerivations],
})
export class ListingDerivationsModule {}
