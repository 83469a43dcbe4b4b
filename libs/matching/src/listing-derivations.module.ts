import { ListingDerivations, IndexedListing, MatchedListing } from '@app/listings';
import { recordIndexChanges } from '@app/search';
import { Global, Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { requestMatching } from './match-requests';

/** Listings' changes as search's outbox rows and matching's run requests, written in listings' transaction. */
@Injectable()
export class OutboxAndMatchRequests extends ListingDerivations {
  reindex(manager: EntityManager, type: IndexedListing, ids: string[]): Promise<void> {
    return recordIndexChanges(manager, type, ids);
  }

  rematch(manager: EntityManager, type: MatchedListing, subjects: { id: string; revision: number }[]): Promise<void> {
    return requestMatching(manager, type, subjects);
  }
}

/** Global so that ListingsModule (a lower layer, which cannot import matching) receives it wherever matching is composed. */
@Global()
@Module({
  providers: [{ provide: ListingDerivations, useClass: OutboxAndMatchRequests }],
  exports: [ListingDerivations],
})
export class ListingDerivationsModule {}
