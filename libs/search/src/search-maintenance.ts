import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IndexRebuilder } from './index-rebuilder';

/** How often a worker compares the indexes' sizes with PostgreSQL (a count per table) to find an index that lost data. */
const INDEX_AUDIT_MS = 60_000;

/**
 * The search side of the maintenance sweep, and what other modules may ask about the outbox (this module's table)
 * without reading it themselves.
 */
@Injectable()
export class SearchMaintenance {
  private readonly logger = new Logger(SearchMaintenance.name);
  private indexAuditedAt = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rebuilder: IndexRebuilder,
  ) {}

  /** The first call in a process, then one a minute: an index that lost documents is rebuilt from PostgreSQL. */
  async auditIndexesIfDue(): Promise<void> {
    if (Date.now() - this.indexAuditedAt < INDEX_AUDIT_MS) return;
    this.indexAuditedAt = Date.now();
    const rebuilt = await this.rebuilder
      .rebuildLostIndexes((line) => this.logger.warn(line))
      .catch(
        (err: unknown) =>
          void this.logger.warn({ err }, 'could not compare the indexes with PostgreSQL (Meilisearch down?)'),
      );
    if (rebuilt?.length) this.logger.warn({ rebuilt }, 'indexes that had lost documents were rebuilt from PostgreSQL');
  }

  /** Whether any outbox row waits for the index. */
  hasPendingOutbox(): Promise<boolean> {
    return this.outboxExceeds(0);
  }

  /** Whether more than `limit` outbox rows wait for the index; reads at most `limit + 1` of them. */
  async outboxExceeds(limit: number): Promise<boolean> {
    const [{ n }]: { n: number }[] = await this.db.query(
      'select count(*)::int as n from (select 1 from outbox_events where processed_at is null limit $1) pending',
      [limit + 1],
    );
    return n > limit;
  }

  /** Of these records (needs, providers, capabilities), the ones with a change the index has not received yet. */
  async awaitingIndex(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { aggregate_id: string }[] = await this.db.query(
      'select distinct aggregate_id from outbox_events where processed_at is null and aggregate_id = any($1)',
      [ids],
    );
    return new Set(rows.map((r) => r.aggregate_id));
  }
}
