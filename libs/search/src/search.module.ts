import { Module } from '@nestjs/common';
import { SearchClient } from './search-client';
import { SearchQueryService } from './search-query.service';
import { SearchSyncService } from './search-sync.service';

@Module({
  providers: [SearchClient, SearchQueryService, SearchSyncService],
  exports: [SearchClient, SearchQueryService, SearchSyncService],
})
export class SearchModule {}
