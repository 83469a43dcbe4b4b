import type { Settings } from 'meilisearch';
import type { IndexedType } from './entities/outbox-event.entity';

export type IndexKind = 'needs' | 'capabilities' | 'providers';

export const INDEX_OF_TYPE: Record<IndexedType, IndexKind> = {
  need: 'needs',
  capability: 'capabilities',
  provider: 'providers',
};

/**
 * The shape of the index documents. Bump it whenever `search-documents.ts` changes what it derives from a record: every
 * document carries it, and a worker that finds documents of another format rebuilds that index from PostgreSQL
 * (IndexRebuilder.rebuildLostIndexes), so an upgraded deployment re-indexes by itself. 2: `translations` holds the
 * inflected forms of its English words.
 */
export const DOCUMENT_FORMAT = 2;

const common: Settings = {
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  // Nobody pages past 50 pages of 20; a lower bound keeps ranking cheap on broad queries over 250 000 documents.
  pagination: { maxTotalHits: 1000 },
  faceting: { maxValuesPerFacet: 200 },
  // Word pairs are ranked by "same attribute" rather than word distance: halves indexing time (measured 533 → 1 067
  // need documents/s) at little cost here, since Chinese text is also indexed as separate segments.
  proximityPrecision: 'byAttribute',
  facetSearch: false,
  // `segments` holds extra segmentations (jieba search mode + character bigrams) so that a query cut
  // differently from the text still finds it; `translations` carries the other language's terms.
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
};

export const INDEX_SETTINGS: Record<IndexKind, Settings> = {
  needs: {
    ...common,
    searchableAttributes: [
      'title',
      'keywords',
      'fieldNames',
      'description',
      'segments',
      'organizationName',
      'translations',
    ],
    // publishedAt: the coordinator's "waiting at least N days" filter.
    filterableAttributes: [
      'documentFormat',
      'status',
      'fieldCodes',
      'regionCodes',
      'modes',
      'organizationId',
      'externalId',
      'publishedAt',
    ],
    sortableAttributes: ['publishedAt', 'deadline', 'createdAt'],
    displayedAttributes: ['*'],
  },
  capabilities: {
    ...common,
    searchableAttributes: [
      'title',
      'keywords',
      'fieldNames',
      'description',
      'providerName',
      'segments',
      'translations',
    ],
    filterableAttributes: [
      'documentFormat',
      'status',
      'fieldCodes',
      'regionCodes',
      'modes',
      'providerType',
      'providerId',
      'organizationId',
      'externalId',
    ],
    sortableAttributes: ['publishedAt', 'createdAt'],
    displayedAttributes: ['*'],
  },
  providers: {
    ...common,
    searchableAttributes: [
      'name',
      'keywords',
      'fieldNames',
      'capabilityTitles',
      'title',
      'affiliation',
      'bio',
      'publicationTitles',
      'segments',
      'translations',
    ],
    filterableAttributes: [
      'documentFormat',
      'status',
      'fieldCodes',
      'regionCodes',
      'modes',
      'providerType',
      'organizationId',
      'externalId',
      'available',
    ],
    sortableAttributes: ['createdAt'],
    displayedAttributes: ['*'],
  },
};

/** The facet names of the pinned search API and the index attribute behind each. */
export const FACET_ATTRIBUTES: Record<string, string> = {
  field: 'fieldCodes',
  region: 'regionCodes',
  mode: 'modes',
  providerType: 'providerType',
  status: 'status',
};

export const FACETS_OF_INDEX: Record<IndexKind, string[]> = {
  needs: ['field', 'region', 'mode', 'status'],
  capabilities: ['field', 'region', 'mode', 'providerType', 'status'],
  providers: ['field', 'region', 'mode', 'providerType', 'status'],
};
