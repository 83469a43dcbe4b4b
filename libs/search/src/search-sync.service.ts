import { groupBy } from '@app/common';
import { ListingsReads } from '@app/listings';
import { IdentityReads } from '@app/identity';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { IndexedType, OutboxEvent } from './entities/outbox-event.entity';
import { SearchClient } from './search-client';
import { capabilityDocument, needDocument, providerDocument } from './search-documents';
import { INDEX_OF_TYPE } from './search-indexes';

const DRAIN_LOCK = 72_410_002;
/** Outbox rows read per batch: Meilisearch indexes large payloads much faster per document than small ones. */
const BATCH = 5000;
const TASK_TIMEOUT_MS = 600_000;
/** Batches with more needs than this are bulk work: their needs are ranked once the batch is applied. */
const EARLY_RANKING_MAX_NEEDS = 20;

export interface DrainResult {
  processed: number;
  indexed: Record<IndexedType, string[]>;
}

export interface DrainHooks {
  /** After Meilisearch applied a batch. */
  indexed?: (batch: DrainResult) => Promise<void>;
  /** After a batch was sent, with its needs that can be ranked before Meilisearch applies it (see rankableNeeds). */
  sent?: (needIds: string[]) => Promise<void>;
}

/** A batch whose documents were sent to Meilisearch and whose outbox rows are marked done once it applied them. */
interface SentBatch {
  rowIds: string[];
  indexed: Record<IndexedType, string[]>;
  taskUids: number[];
}

/**
 * Moves outbox rows into Meilisearch in id order; a row is marked done only after Meilisearch applied it.
 * Two stages overlap: while Meilisearch indexes batch n, batch n+1 is read and its documents are built.
 */
@Injectable()
export class SearchSyncService {
  private readonly logger = new Logger(SearchSyncService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly search: SearchClient,
  ) {}

  /** Drains until the outbox is empty. Only one drainer runs at a time across all workers. */
  async drain(hooks: DrainHooks = {}): Promise<number> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query('select pg_try_advisory_lock($1) as locked', [DRAIN_LOCK])) as {
        locked: boolean;
      }[];
      if (!locked) return 0;
      try {
        await this.search.ensureIndexes();
        return await this.pipeline(hooks);
      } finally {
        await runner.query('select pg_advisory_unlock($1)', [DRAIN_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }

  private async pipeline(hooks: DrainHooks): Promise<number> {
    let total = 0;
    let inFlight: SentBatch | null = null;
    // Rows above the cursor are read next; rows skipped below it (committed late, or between a batch's head and the
    // other rows of its records) are found when the cursor starts again from 0 after a pass that read nothing.
    let cursor = '0';
    for (;;) {
      const { rows, headMax } = await this.readBatch(cursor);
      const next = rows.length ? await this.send(rows) : null;
      if (next && hooks.sent) {
        const rankable = await this.rankableNeeds(rows);
        if (rankable.length) await hooks.sent(rankable);
      }
      if (inFlight) {
        total += await this.complete(inFlight, hooks.indexed);
        inFlight = null;
      }
      if (next) {
        inFlight = next;
        cursor = headMax;
      } else if (cursor !== '0') cursor = '0';
      else return total;
    }
  }

  /**
   * The next BATCH pending rows above the cursor (the head), plus every other pending row of the same records.
   * The cursor moves to the head's last id only: the other rows may lie far ahead (a bulk capability import queues
   * its provider once per chunk), and jumping there would leave every row in between for the next pass.
   */
  private async readBatch(
    cursor: string,
  ): Promise<{ rows: Pick<OutboxEvent, 'id' | 'aggregateType' | 'aggregateId'>[]; headMax: string }> {
    // One document write covers all of a record's rows.
    const rows: (Pick<OutboxEvent, 'id' | 'aggregateType' | 'aggregateId'> & { headMax: string })[] =
      await this.db.query(
        `with head as (select id, aggregate_type, aggregate_id from outbox_events where processed_at is null and id > $2 order by id limit $1)
       select id, aggregate_type as "aggregateType", aggregate_id as "aggregateId", (select max(id) from head) as "headMax" from outbox_events
        where processed_at is null and (aggregate_type, aggregate_id) in (select aggregate_type, aggregate_id from head)`,
        [BATCH, cursor],
      );
    return { rows, headMax: rows[0]?.headMax ?? cursor };
  }

  /**
   * The needs of a small batch that no pending provider or capability row precedes: every provider they could be
   * matched with is searchable already, and ranking a need searches providers only, so it need not wait for the
   * need's own document. A provider row committed later is applied in this batch or a later one (batches complete
   * in order), and that provider's own run, after its batch, finds the need in the index.
   */
  private async rankableNeeds(rows: Pick<OutboxEvent, 'id' | 'aggregateType' | 'aggregateId'>[]): Promise<string[]> {
    const lastRowOfNeed = new Map<string, bigint>();
    for (const r of rows) {
      if (r.aggregateType !== 'need') continue;
      const id = BigInt(r.id);
      if (id > (lastRowOfNeed.get(r.aggregateId) ?? 0n)) lastRowOfNeed.set(r.aggregateId, id);
    }
    if (!lastRowOfNeed.size || lastRowOfNeed.size > EARLY_RANKING_MAX_NEEDS) return [];
    const [{ first }]: { first: string | null }[] = await this.db.query(
      `select min(id)::text as first from outbox_events where processed_at is null and aggregate_type <> 'need'`,
    );
    return [...lastRowOfNeed].filter(([, id]) => first === null || id < BigInt(first)).map(([needId]) => needId);
  }

  /** Builds the documents of these rows' records from the database now and sends them without waiting. */
  private async send(rows: Pick<OutboxEvent, 'id' | 'aggregateType' | 'aggregateId'>[]): Promise<SentBatch> {
    const indexed: Record<IndexedType, string[]> = { need: [], capability: [], provider: [] };
    for (const row of rows) indexed[row.aggregateType].push(row.aggregateId);
    const taskUids: number[] = [];
    for (const type of Object.keys(indexed) as IndexedType[]) {
      indexed[type] = [...new Set(indexed[type])];
      if (indexed[type].length) taskUids.push(...(await this.enqueueRecords(type, indexed[type])));
    }
    return { rowIds: rows.map((r) => r.id), indexed, taskUids };
  }

  private async complete(batch: SentBatch, onIndexed?: (batch: DrainResult) => Promise<void>): Promise<number> {
    for (const uid of batch.taskUids)
      assertSucceeded(await this.search.meili.tasks.waitForTask(uid, { timeout: TASK_TIMEOUT_MS, interval: 50 }));
    await this.db.getRepository(OutboxEvent).update({ id: In(batch.rowIds) }, { processedAt: new Date() });
    if (onIndexed) await onIndexed({ processed: batch.rowIds.length, indexed: batch.indexed });
    return batch.rowIds.length;
  }

  /** Sends the current state of these records (deleting the ones that no longer exist); returns the task ids. */
  private async enqueueRecords(type: IndexedType, ids: string[]): Promise<number[]> {
    const docs = await this.buildDocuments(type, ids);
    const present = new Set(docs.map((d) => d.id));
    const gone = ids.filter((id) => !present.has(id));
    const index = this.search.index(INDEX_OF_TYPE[type]);
    const uids: number[] = [];
    if (docs.length) uids.push((await index.addDocuments(docs, { primaryKey: 'id' })).taskUid);
    if (gone.length) uids.push((await index.deleteDocuments(gone)).taskUid);
    return uids;
  }

  async buildDocuments(type: IndexedType, ids: string[]): Promise<{ id: string }[]> {
    if (type === 'need') {
      const needs = await ListingsReads.needs(this.db.manager, ids);
      const orgName = await IdentityReads.organizationNames(
        this.db.manager,
        needs.map((n) => n.organizationId),
      );
      return needs.map((n) => needDocument(n, orgName.get(n.organizationId) ?? null));
    }
    if (type === 'capability') {
      const caps = await ListingsReads.capabilities(this.db.manager, ids);
      const providers = await ListingsReads.providers(
        this.db.manager,
        caps.map((c) => c.providerId),
      );
      const byId = new Map(providers.map((p) => [p.id, p]));
      return caps.filter((c) => byId.has(c.providerId)).map((c) => capabilityDocument(c, byId.get(c.providerId)!));
    }
    const providers = await ListingsReads.providers(this.db.manager, ids);
    const caps = await ListingsReads.publishedCapabilitiesOf(this.db.manager, ids);
    const pubs = await ListingsReads.publicationTitlesOf(this.db.manager, ids, 40);
    const capsOf = groupBy(caps, (c) => c.providerId);
    const pubsOf = groupBy(pubs, (x) => x.providerId);
    return providers.map((p) =>
      providerDocument(
        p,
        capsOf.get(p.id) ?? [],
        (pubsOf.get(p.id) ?? []).map((x) => x.title),
      ),
    );
  }

  /**
   * Runs `work` while no drainer runs (waiting for a running one to finish). Outbox rows written meanwhile stay
   * pending and are applied afterwards, so a rebuild that swaps in a fresh index loses no change.
   */
  async whileDrainPaused<T>(work: () => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('select pg_advisory_lock($1)', [DRAIN_LOCK]);
      try {
        return await work();
      } finally {
        await runner.query('select pg_advisory_unlock($1)', [DRAIN_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }

  async pendingCount(): Promise<number> {
    return this.db.getRepository(OutboxEvent).createQueryBuilder('e').where('e.processed_at is null').getCount();
  }
}

export function assertSucceeded(task: { status: string; error?: { message?: string } | null }) {
  if (task.status !== 'succeeded') throw new Error(`Meilisearch task ${task.status}: ${task.error?.message ?? ''}`);
}
