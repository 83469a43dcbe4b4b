import { SearchClient } from '@app/search/search-client';
import { Injectable } from '@nestjs/common';
import { Bag } from './profiles/profiles';

const PER_QUERY = 120;
/** Meilisearch reads at most 10 words of a query, so a profile is asked as a few short queries. */
const WORDS_PER_QUERY = 8;

/** Recall: asks the search index for the records a profile could match; ranking happens afterwards in code. */
@Injectable()
export class CandidateRetriever {
  constructor(private readonly search: SearchClient) {}

  async providersFor(queries: string[]): Promise<string[]> {
    return this.ask('providers', queries, []);
  }

  async needsFor(queries: string[]): Promise<string[]> {
    return this.ask('needs', queries, ['status = "published"']);
  }

  /** The heaviest terms of a bag, as queries of a few words each. */
  static queriesFrom(bag: Bag, extra: string[] = []): string[] {
    const terms = [...bag].sort((a, b) => b[1] - a[1]).map(([t]) => t).slice(0, WORDS_PER_QUERY * 3);
    const queries = extra.filter((q) => q.trim());
    for (let i = 0; i < terms.length; i += WORDS_PER_QUERY) queries.push(terms.slice(i, i + WORDS_PER_QUERY).join(' '));
    return queries;
  }

  private async ask(kind: 'providers' | 'needs', queries: string[], filter: string[]): Promise<string[]> {
    if (!queries.length) return [];
    const { results } = await this.search.meili.multiSearch({
      queries: queries.map((q) => ({
        indexUid: this.search.indexName(kind), q, limit: PER_QUERY, filter, attributesToRetrieve: ['id'], matchingStrategy: 'frequency' as const,
      })),
    });
    const ids = new Set<string>();
    for (const r of results) for (const hit of r.hits) ids.add(String(hit.id));
    return [...ids];
  }
}
