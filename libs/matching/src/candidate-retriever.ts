import { SearchClient } from '@app/search';
import { Injectable } from '@nestjs/common';

/**
 * How many of a provider's most distinctive words are asked, and how many hits each may bring. Measured when the
 * terms were concept-space terms (before the evidence index kept the words): through the API on the development set, 15 terms ranked the first ten as well as 30 (nDCG@10 0.771 vs 0.769) with half the searches per
 * need; 30 left fewer labelled providers out of the list altogether (4.8 % vs 8.5 %, pairwise loss 0.142 vs 0.176).
 */
export const TERMS_ASKED = 15;
const HITS_PER_TERM = 40;

/**
 * Recall for a provider's run: asks the search index for the open needs its profile could match; ranking happens
 * afterwards in code. (A need's run recalls providers from the evidence index instead.)
 * Each word is its own query (one multi-search request): measured on the development set with concept terms, that
 * recalled 94 % of the good providers with ~120 candidates a need, where a few long queries recalled 50–75 %
 * (Meilisearch reads at most 10 words of a query and a long query narrows its hits).
 */
@Injectable()
export class CandidateRetriever {
  constructor(private readonly search: SearchClient) {}

  async needsFor(queries: string[]): Promise<string[]> {
    return this.ask('needs', queries, ['status = "published"']);
  }

  /** The phrases given (the provider's keywords), then its most distinctive words, one query each. */
  static queriesFrom(phrases: string[], words: string[]): string[] {
    return [...phrases.filter((p) => p.trim()), ...words.slice(0, TERMS_ASKED)];
  }

  private async ask(kind: 'needs', queries: string[], filter: string[]): Promise<string[]> {
    if (!queries.length) return [];
    const { results } = await this.search.meili.multiSearch({
      queries: queries.map((q) => ({
        indexUid: this.search.indexName(kind),
        q,
        limit: HITS_PER_TERM,
        filter,
        attributesToRetrieve: ['id'],
        matchingStrategy: 'last' as const,
      })),
    });
    const ids = new Set<string>();
    for (const r of results) for (const hit of r.hits) ids.add(String(hit.id));
    return [...ids];
  }
}
