import { SEARCH_ACCESS, SearchAccess } from '@app/search';
import { Global, Module } from '@nestjs/common';

/** The API only searches: its Meilisearch key is made search-only (the worker's keeps the indexes). */
@Global()
@Module({
  providers: [{ provide: SEARCH_ACCESS, useValue: 'search' satisfies SearchAccess }],
  exports: [SEARCH_ACCESS],
})
export class ApiSearchAccessModule {}
