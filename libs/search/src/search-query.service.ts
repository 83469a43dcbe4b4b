import { DomainError } from '@app/common';
import { findRegion, resolveField } from '@app/reference';
import { querySegments } from '@app/text';
import { parseCooperationMode } from '@app/listings';
import { Injectable } from '@nestjs/common';
import { isMeiliNotFound } from './meili-http-client';
import { SearchClient } from './search-client';
import { FACET_ATTRIBUTES, FACETS_OF_INDEX, IndexKind } from './search-indexes';

export interface SearchViewer {
  /** Organisations whose own drafts the viewer may see. */
  organizationIds: string[];
  /** Regions where the viewer coordinates (sees everything). */
  jurisdictionCodes: string[];
  isAdmin: boolean;
}

export interface SearchRequest {
  q?: string;
  page: number;
  limit: number;
  field?: string;
  region?: string;
  mode?: string;
  providerType?: string;
  status?: string;
  sort?: 'newest' | 'oldest' | 'deadline' | 'relevance';
  /** Needs only: published at least this many days ago. */
  waitingDays?: number;
}

export interface SearchHit {
  id: string;
  externalId: string | null;
  title: string;
  snippet: string;
  [key: string]: unknown;
}

export interface SearchResponse {
  items: SearchHit[];
  total: number;
  page: number;
  limit: number;
  facets: Record<string, Record<string, number>>;
}

const TITLE_ATTRIBUTE: Record<IndexKind, string> = { needs: 'title', capabilities: 'title', providers: 'name' };
const SNIPPET_ATTRIBUTE: Record<IndexKind, string> = {
  needs: 'description',
  capabilities: 'description',
  providers: 'bio',
};
const HIDDEN = new Set(['segments', 'translations', 'documentFormat', '_formatted', 'fieldNames', 'organizationId']);
const quote = (v: string) => `"${v.replace(/(["\\])/g, '\\$1')}"`;

/** Faceted, highlighted, paginated search over the public parts of listings, scoped to what the viewer may see. */
@Injectable()
export class SearchQueryService {
  constructor(private readonly client: SearchClient) {}

  async search(kind: IndexKind, request: SearchRequest, viewer: SearchViewer | null): Promise<SearchResponse> {
    const visibility = this.visibilityFilter(kind, viewer);
    const filter = [...visibility, ...this.facetFilters(request), ...this.waitingFilter(kind, request)];
    const titleAttr = TITLE_ATTRIBUTE[kind];
    const snippetAttr = SNIPPET_ATTRIBUTE[kind];
    const q = request.q?.trim() ? querySegments(request.q.trim()) : '';
    try {
      // The viewer's visibility is also signed into the request (a tenant token, with scoped keys): Meilisearch applies it too.
      const meili = this.client.forViewer(
        kind,
        visibility.length ? visibility.map((c) => `(${c})`).join(' AND ') : null,
      );
      const result = await meili.index(this.client.indexName(kind)).search(q, {
        filter,
        page: request.page,
        hitsPerPage: request.limit,
        facets: FACETS_OF_INDEX[kind].map((f) => FACET_ATTRIBUTES[f]),
        attributesToHighlight: [titleAttr, snippetAttr, 'keywords'],
        attributesToCrop: [snippetAttr],
        cropLength: 40,
        highlightPreTag: '<mark>',
        highlightPostTag: '</mark>',
        sort: this.sort(kind, request.sort),
      });
      return {
        items: result.hits.map((hit) => this.toHit(hit as Record<string, unknown>, titleAttr, snippetAttr)),
        total: result.totalHits ?? 0,
        page: request.page,
        limit: request.limit,
        facets: Object.fromEntries(
          FACETS_OF_INDEX[kind].map((f) => [f, result.facetDistribution?.[FACET_ATTRIBUTES[f]] ?? {}]),
        ),
      };
    } catch (err) {
      // A missing index is one the worker has yet to create or rebuild (a new deployment, an emptied Meilisearch).
      if (isUnavailable(err) || isMeiliNotFound(err)) throw new DomainError('SEARCH_UNAVAILABLE');
      throw err;
    }
  }

  private toHit(hit: Record<string, unknown>, titleAttr: string, snippetAttr: string): SearchHit {
    const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
    const visible = Object.fromEntries(Object.entries(hit).filter(([k]) => !HIDDEN.has(k)));
    return {
      ...visible,
      id: String(hit.id),
      externalId: (hit.externalId as string | null) ?? null,
      title: String(hit[titleAttr] ?? ''),
      highlightedTitle: String(formatted[titleAttr] ?? hit[titleAttr] ?? ''),
      snippet: String(formatted[snippetAttr] ?? hit[snippetAttr] ?? ''),
    };
  }

  private visibilityFilter(kind: IndexKind, viewer: SearchViewer | null): string[] {
    if (viewer?.isAdmin) return [];
    const clauses = ['status = "published"'];
    // A provider's organisation does not make its unreviewed expert profiles visible: only the reviewers see those.
    if (kind !== 'providers' && viewer?.organizationIds.length)
      clauses.push(`organizationId IN [${viewer.organizationIds.map(quote).join(', ')}]`);
    if (viewer?.jurisdictionCodes.length)
      clauses.push(`regionCodes IN [${viewer.jurisdictionCodes.map(quote).join(', ')}]`);
    return [clauses.join(' OR ')];
  }

  private facetFilters(request: SearchRequest): string[] {
    const filters: string[] = [];
    if (request.field) {
      const field = resolveField(request.field);
      filters.push(`fieldCodes = ${quote(field?.code ?? request.field)}`);
    }
    if (request.region) {
      const region = findRegion(request.region);
      if (!region) throw DomainError.validation([{ field: 'region', constraint: 'isRegion' }]);
      filters.push(`regionCodes = ${quote(region.code)}`);
    }
    if (request.mode) filters.push(`modes = ${quote(parseCooperationMode(request.mode) ?? request.mode)}`);
    if (request.providerType) filters.push(`providerType = ${quote(request.providerType)}`);
    if (request.status) filters.push(`status = ${quote(request.status)}`);
    return filters;
  }

  private waitingFilter(kind: IndexKind, request: SearchRequest): string[] {
    if (request.waitingDays === undefined) return [];
    if (kind !== 'needs') throw DomainError.validation([{ field: 'waitingDays', constraint: 'needsOnly' }]);
    const publishedBefore = Math.floor(Date.now() / 1000) - request.waitingDays * 86400;
    return [`publishedAt <= ${publishedBefore}`];
  }

  private sort(kind: IndexKind, sort: SearchRequest['sort']): string[] | undefined {
    if (sort === 'newest') return [kind === 'providers' ? 'createdAt:desc' : 'publishedAt:desc'];
    if (sort === 'oldest') return [kind === 'providers' ? 'createdAt:asc' : 'publishedAt:asc'];
    if (sort === 'deadline' && kind === 'needs') return ['deadline:asc'];
    return undefined;
  }
}

function isUnavailable(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string }; message?: string; status?: number };
  const code = e?.code ?? e?.cause?.code;
  return (
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === 'EHOSTUNREACH' ||
    /timed out|socket hang up|ECONNREFUSED/.test(e?.message ?? '') ||
    (e?.status ?? 0) >= 500
  );
}
