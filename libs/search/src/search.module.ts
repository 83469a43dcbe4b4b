import { Module } from '@nestjs/common';
import { IndexCheck } from './index-check';
import { IndexRebuilder } from './index-rebuilder';
import { SearchClient } from './search-client';
import { SearchQueryService } from './search-query.service';
import { SearchMaintenance } from './search-maintenance';
import { SearchSyncService } from './search-sync.service';

@Module({
  providers: [SearchClient, SearchQueryService, SearchSyncService, IndexRebuilder, IndexCheck, SearchMaintenance],
  exports: [SearchClient, SearchQueryService, SearchSyncService, IndexRebuilder, IndexCheck, SearchMaintenance],
})
export class SearchModule {}
