import { DomainError } from '@app/common';
import { SearchClient } from './search-client';
import { SearchQueryService } from './search-query.service';

/** A client whose every search fails with the given error, as the meilisearch package reports it. */
function failingClient(error: Error): SearchClient {
  const index = { search: () => Promise.reject(error) };
  return {
    forViewer: () => ({ index: () => index }),
    indexName: (kind: string) => `test_${kind}`,
  } as unknown as SearchClient;
}

const meiliError = (cause: object) => Object.assign(new Error('Request has failed'), { cause });
const request = { q: '焊接', page: 1, limit: 10 };

describe('SearchQueryService: a search Meilisearch cannot answer', () => {
  it.each([
    ['the index does not exist yet (being rebuilt)', meiliError({ status: 404, code: 'index_not_found' })],
    ['Meilisearch refuses the connection', meiliError({ code: 'ECONNREFUSED' })],
  ])('answers SEARCH_UNAVAILABLE when %s, never a 500', async (_case, error) => {
    const search = new SearchQueryService(failingClient(error)).search('needs', request, null);
    await expect(search).rejects.toBeInstanceOf(DomainError);
    await expect(search).rejects.toMatchObject({ code: 'SEARCH_UNAVAILABLE' });
  });

  it('lets any other error through', async () => {
    const search = new SearchQueryService(failingClient(meiliError({ status: 400, code: 'invalid_search_filter' })));
    await expect(search.search('needs', request, null)).rejects.not.toBeInstanceOf(DomainError);
  });
});
