import { Environment } from '@app/config';
import { Injectable, Logger } from '@nestjs/common';
import { Index, MeiliSearch } from 'meilisearch';
import { createMeiliClient } from './meili-http-client';
import { INDEX_SETTINGS, IndexKind } from './search-indexes';

/** The Meilisearch connection and this deployment's index names (prefixed, so test runs stay apart). */
@Injectable()
export class SearchClient {
  private readonly logger = new Logger(SearchClient.name);
  readonly meili: MeiliSearch;
  private settingsApplied = false;

  constructor(private readonly env: Environment) {
    this.meili = createMeiliClient(env.MEILI_URL, env.MEILI_MASTER_KEY);
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
    for (const [kind, settings] of Object.entries(INDEX_SETTINGS) as [IndexKind, (typeof INDEX_SETTINGS)[IndexKind]][]) {
      const task = await this.meili.createIndex(this.indexName(kind), { primaryKey: 'id' }).waitTask({ timeout: 60000 }).catch(() => null);
      if (task && task.status === 'failed' && task.error?.code !== 'index_already_exists') this.logger.warn(`create index ${kind}: ${task.error?.message}`);
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
