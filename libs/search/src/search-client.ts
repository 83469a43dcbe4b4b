import { Environment } from '@app/config';
import { Inject, Injectable, Logger, OnModuleInit, Optional } from '@nestjs/common';
import { Index, MeiliSearch } from 'meilisearch';
import { meiliClients } from './meili-http-client';
import { INDEX_SETTINGS, IndexKind } from './search-indexes';
import { SEARCH_ACCESS, SearchAccess, scopedKey, tenantToken } from './search-keys';

/**
 * The Meilisearch connection and this deployment's index names (prefixed, so test runs stay apart). With
 * MEILI_MASTER_KEY set, the master key is used once, at start-up, to make this process's scoped key (search-only for
 * the API, index upkeep on `<prefix>_*` for the worker); every request after that carries the scoped key.
 */
@Injectable()
export class SearchClient implements OnModuleInit {
  private readonly logger = new Logger(SearchClient.name);
  private readonly clientWith: (apiKey?: string) => MeiliSearch;
  private client: MeiliSearch;
  private key: { uid: string; key: string } | null = null;
  private settingsApplied = false;
  readonly access: SearchAccess;

  constructor(
    private readonly env: Environment,
    @Optional() @Inject(SEARCH_ACCESS) access?: SearchAccess,
  ) {
    this.access = access ?? 'admin';
    this.clientWith = meiliClients(env.MEILI_URL);
    this.client = this.clientWith(env.MEILI_MASTER_KEY);
  }

  get meili(): MeiliSearch {
    return this.client;
  }

  async onModuleInit(): Promise<void> {
    if (!this.env.MEILI_MASTER_KEY) return;
    this.key = await scopedKey(this.client, this.env.INDEX_PREFIX, this.access);
    this.client = this.clientWith(this.key.key);
  }

  /**
   * A client for one viewer's search of one index. With a scoped search key, it carries a tenant token whose rule
   * (`filter`) Meilisearch enforces on every search; without keys (development) it is the plain client.
   */
  forViewer(kind: IndexKind, filter: string | null): MeiliSearch {
    if (!this.key || this.access !== 'search') return this.client;
    return this.clientWith(tenantToken(this.key, { [this.indexName(kind)]: filter ? { filter } : {} }));
  }

  indexName(kind: IndexKind): string {
    return `${this.env.INDEX_PREFIX}_${kind}`;
  }

  index(kind: IndexKind): Index<Record<string, unknown>> {
    return this.meili.index(this.indexName(kind));
  }

  /** Creates the indexes and applies their settings once per process (idempotent on the server). */
  async ensureIndexes(): Promise<void> {
    if (this.settingsApplied) return;
    for (const [kind, settings] of Object.entries(INDEX_SETTINGS) as [
      IndexKind,
      (typeof INDEX_SETTINGS)[IndexKind],
    ][]) {
      const task = await this.meili
        .createIndex(this.indexName(kind), { primaryKey: 'id' })
        .waitTask({ timeout: 60000 })
        .catch(() => null);
      if (task && task.status === 'failed' && task.error?.code !== 'index_already_exists')
        this.logger.warn(`create index ${kind}: ${task.error?.message}`);
      await this.index(kind).updateSettings(settings).waitTask({ timeout: 120000 });
    }
    this.settingsApplied = true;
  }

  async isHealthy(): Promise<boolean> {
    try {
      await this.meili.health();
      return true;
    } catch {
      return false;
    }
  }
}
