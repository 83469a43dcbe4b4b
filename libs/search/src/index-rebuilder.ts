import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IndexedType } from './entities/outbox-event.entity';
import { SearchClient } from './search-client';
import { DOCUMENT_FORMAT, INDEX_OF_TYPE, INDEX_SETTINGS, IndexKind } from './search-indexes';
import { assertSucceeded, SearchSyncService } from './search-sync.service';
import { isMeiliNotFound } from './meili-http-client';

/** The PostgreSQL table behind each indexed type. */
export const TABLE_OF_TYPE: Record<IndexedType, string> = {
  need: 'needs',
  capability: 'capabilities',
  provider: 'providers',
};
const BATCH = 1000;
const TASK_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Rebuilds every index from PostgreSQL. Each index is filled fresh under a temporary name and then swapped in
 * atomically, so search keeps answering from the old index until the new one is complete. The outbox drain is
 * paused meanwhile: changes written during the rebuild stay in the outbox and are applied to the new index after.
 */
@Injectable()
export class IndexRebuilder {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly client: SearchClient,
    private readonly sync: SearchSyncService,
  ) {}

  async reindexAll(log: (line: string) => void = () => undefined): Promise<Record<IndexKind, number>> {
    await this.client.ensureIndexes(); // the live indexes must exist to be swapped
    return this.sync.whileDrainPaused(async () => {
      const counts = {} as Record<IndexKind, number>;
      for (const type of Object.keys(INDEX_OF_TYPE) as IndexedType[]) {
        const started = Date.now();
        counts[INDEX_OF_TYPE[type]] = await this.rebuild(type);
        log(
          `${INDEX_OF_TYPE[type]}: ${counts[INDEX_OF_TYPE[type]]} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      }
      return counts;
    });
  }

  /**
   * Rebuilds the indexes that have lost their data: a record of PostgreSQL is either in its index or waiting in the
   * outbox, so when fewer than half the rows are in either, Meilisearch lost data (a new empty server, PostgreSQL
   * restored into a fresh deployment). A few missing documents are left to `search:check` and `search:reindex`,
   * which an operator runs knowingly. An index holding documents of another DOCUMENT_FORMAT (written before an
   * upgrade) is rebuilt too, while search keeps answering from it. Returns the indexes rebuilt. Several workers may
   * ask at once: the drain lock lets one rebuild, and the others find nothing missing after it.
   */
  async rebuildLostIndexes(log: (line: string) => void = () => undefined): Promise<IndexKind[]> {
    if (!(await this.lostTypes()).length) return [];
    return this.sync.whileDrainPaused(async () => {
      const lost = await this.lostTypes();
      for (const type of lost)
        log(`${INDEX_OF_TYPE[type]}: ${await this.rebuild(type)} documents rebuilt from PostgreSQL`);
      return lost.map((type) => INDEX_OF_TYPE[type]);
    });
  }

  private async lostTypes(): Promise<IndexedType[]> {
    const lost: IndexedType[] = [];
    for (const type of Object.keys(INDEX_OF_TYPE) as IndexedType[]) {
      const [{ rows, pending }]: { rows: number; pending: number }[] = await this.db.query(
        `select (select count(*) from ${TABLE_OF_TYPE[type]})::int as rows,
                (select count(distinct aggregate_id) from outbox_events where processed_at is null and aggregate_type = $1)::int as pending`,
        [type],
      );
      if (!rows) continue;
      const indexed = await this.client
        .index(INDEX_OF_TYPE[type])
        .getStats()
        .then(
          (s) => s.numberOfDocuments,
          (err: unknown) => {
            if (isMeiliNotFound(err)) return 0;
            throw err;
          },
        );
      if (2 * (indexed + pending) < rows || (indexed > 0 && (await this.holdsOtherFormat(INDEX_OF_TYPE[type]))))
        lost.push(type);
    }
    return lost;
  }

  /** Whether the index holds a document built by another version of search-documents.ts. */
  private async holdsOtherFormat(kind: IndexKind): Promise<boolean> {
    await this.client.ensureIndexes(); // documentFormat must be filterable
    const { estimatedTotalHits } = await this.client
      .index(kind)
      .search('', { filter: `NOT documentFormat = ${DOCUMENT_FORMAT}`, limit: 0 });
    return (estimatedTotalHits ?? 0) > 0;
  }

  private async rebuild(type: IndexedType): Promise<number> {
    const kind = INDEX_OF_TYPE[type];
    const live = this.client.indexName(kind);
    const fresh = `${live}__rebuild`;
    const meili = this.client.meili;
    await meili.createIndex(live, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS }); // a server that lost it: something to swap with
    await meili.deleteIndex(fresh).waitTask({ timeout: TASK_TIMEOUT_MS }); // a leftover of an interrupted rebuild
    await meili.createIndex(fresh, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS }).then(assertSucceeded);
    await meili
      .index(fresh)
      .updateSettings(INDEX_SETTINGS[kind])
      .waitTask({ timeout: TASK_TIMEOUT_MS })
      .then(assertSucceeded);
    let count = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string }[] = await this.db.query(
        `select id from ${TABLE_OF_TYPE[type]} where id > $1 order by id limit ${BATCH}`,
        [after],
      );
      if (!rows.length) break;
      after = rows[rows.length - 1].id;
      const docs = await this.sync.buildDocuments(
        type,
        rows.map((r) => r.id),
      );
      if (docs.length)
        await meili
          .index(fresh)
          .addDocuments(docs, { primaryKey: 'id' })
          .waitTask({ timeout: TASK_TIMEOUT_MS })
          .then(assertSucceeded);
      count += docs.length;
    }
    await meili
      .swapIndexes([{ indexes: [live, fresh], rename: false }])
      .waitTask({ timeout: TASK_TIMEOUT_MS })
      .then(assertSucceeded);
    await meili.deleteIndex(fresh).waitTask({ timeout: TASK_TIMEOUT_MS }).then(assertSucceeded);
    return count;
  }
}
