import { groupBy } from '@app/common';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CapabilityText,
  MAX_PUBLICATIONS,
  providerEvidence,
  ProviderText,
  PublicationText,
} from './evidence-documents';
import { EvidenceIndex } from './evidence-index';

/** Only reviewed profiles are candidates: an expert's own profile counts once a coordinator approved it. */
const REVIEWED = `review_status = 'approved'`;
/** Providers read per query while the index is built. */
const LOAD_CHUNK = 2000;
const YIELD_EVERY = 25;
/**
 * Each sync reads the rows changed since this long before the previous read began: a transaction that committed late
 * carries an `updated_at` from before it committed, and a revision check makes reading twice harmless. The window
 * follows the database's clock at each read, not the newest row: after a bulk import the newest rows stay newest, and
 * every run re-read tens of thousands of them (70–130 ms a run at 62 500 providers).
 */
const COMMIT_LAG_MS = 60_000;
/** How often every provider's revision is compared with the index (catches deletions and anything missed). */
const FULL_CHECK_MS = 5 * 60_000;

interface Versioned {
  id: string;
  revision: number;
}

/**
 * The evidence index of this process, derived from PostgreSQL: built on first use, then brought up to date before each
 * use with the providers changed since (a provider's revision moves with its capabilities). Every process that ranks
 * holds its own copy built from the same rows, so several workers rank alike.
 */
@Injectable()
export class EvidenceStore {
  private readonly logger = new Logger(EvidenceStore.name);
  private index = new EvidenceIndex();
  private built: Promise<void> | null = null;
  private syncing: Promise<void> | null = null;
  /** The database's time when the last read of changes (or the build) began. */
  private readFrom = new Date(0);
  private lastFullCheck = 0;
  private fullCheck: Promise<void> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The index with every provider change committed before this call. */
  async current(): Promise<EvidenceIndex> {
    this.built ??= this.build().catch((err: unknown) => {
      this.built = null;
      throw err;
    });
    await this.built;
    await this.sync();
    return this.index;
  }

  /** Drops the in-memory index; the next use rebuilds it from PostgreSQL. */
  reset(): void {
    this.index = new EvidenceIndex();
    this.built = null;
    this.readFrom = new Date(0);
  }

  private async build(): Promise<void> {
    const started = Date.now();
    this.lastFullCheck = started;
    const readFrom = await this.databaseNow();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Versioned[] = await this.db.query(
        `select id, revision from providers where id > $1 and ${REVIEWED} order by id limit $2`,
        [after, LOAD_CHUNK],
      );
      if (!rows.length) break;
      await this.load(rows);
      after = rows[rows.length - 1].id;
    }
    this.index.compact();
    this.readFrom = readFrom;
    this.logger.log(`evidence index built in ${Date.now() - started} ms: ${JSON.stringify(this.index.stats())}`);
  }

  /**
   * Brings the index up to date with the providers changed since the last sync. One sync at a time; callers that arrive
   * meanwhile wait for the next one so they see their own commits. The periodic full check reads every provider's
   * revision beside the runs rather than in front of one: at 62 500 providers that read took a run's time twice over.
   */
  private sync(): Promise<void> {
    if (Date.now() - this.lastFullCheck > FULL_CHECK_MS && !this.fullCheck) {
      this.lastFullCheck = Date.now();
      this.fullCheck = this.checkEveryRevision()
        .catch((err: unknown) =>
          this.logger.warn(
            `full revision check failed, retried in ${FULL_CHECK_MS / 60_000} min: ${err instanceof Error ? err.message : String(err)}`,
          ),
        )
        .finally(() => {
          this.fullCheck = null;
        });
    }
    return this.serialised(async () => {
      const readFrom = await this.databaseNow();
      const rows: Versioned[] = await this.db.query(
        `select id, revision from providers where updated_at > $1 and ${REVIEWED}`,
        [new Date(this.readFrom.getTime() - COMMIT_LAG_MS)],
      );
      await this.loadChanged(rows);
      this.readFrom = readFrom;
    });
  }

  private async databaseNow(): Promise<Date> {
    const [{ now }] = await this.db.query<{ now: Date }[]>('select now() as now');
    return now;
  }

  /** Every provider's revision against the index: catches deletions and anything the reads of changes missed. */
  private async checkEveryRevision(): Promise<void> {
    const rows: Versioned[] = await this.db.query(`select id, revision from providers where ${REVIEWED}`);
    await this.serialised(async () => {
      const listed = new Set(rows.map((r) => r.id));
      const absent = this.index.providerIds().filter((id) => !listed.has(id));
      // Asked again: a provider created after the read above is in the index but not in the rows.
      const stillThere = absent.length
        ? new Set(
            (
              await this.db.query<{ id: string }[]>(`select id from providers where id = any($1) and ${REVIEWED}`, [
                absent,
              ])
            ).map((r) => r.id),
          )
        : new Set();
      for (const id of absent) if (!stillThere.has(id)) this.index.remove(id);
      await this.loadChanged(rows);
    });
  }

  private async loadChanged(rows: Versioned[]): Promise<void> {
    const changed = rows.filter((r) => this.index.revisionOf(r.id) !== r.revision);
    for (let i = 0; i < changed.length; i += LOAD_CHUNK) await this.load(changed.slice(i, i + LOAD_CHUNK));
  }

  /** Runs `step` after every step queued before it (index changes never interleave). */
  private serialised(step: () => Promise<void>): Promise<void> {
    const previous = this.syncing ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(step);
    this.syncing = next.finally(() => {
      if (this.syncing === next) this.syncing = null;
    });
    return next;
  }

  private async load(rows: Versioned[]): Promise<void> {
    const ids = rows.map((r) => r.id);
    const [providers, capabilities, publications] = await Promise.all([
      this.db.query<ProviderText[]>(
        `select id, revision, kind, region_code as "regionCode", available, name, title, fields, keywords, bio from providers where id = any($1) and ${REVIEWED}`,
        [ids],
      ),
      this.db.query<(CapabilityText & { providerId: string })[]>(
        `select id, provider_id as "providerId", title, description, keywords, fields from capabilities
          where provider_id = any($1) and status = 'published' order by provider_id, created_at, id`,
        [ids],
      ),
      this.db.query<(PublicationText & { providerId: string })[]>(
        `select provider_id as "providerId", title, abstract, year from (
           select p.*, row_number() over (partition by provider_id order by position, id) as n from publications p where provider_id = any($1)
         ) x where n <= $2 order by provider_id, n`,
        [ids, MAX_PUBLICATIONS],
      ),
    ]);
    const capabilitiesOf = groupBy(capabilities, (c) => c.providerId);
    const publicationsOf = groupBy(publications, (p) => p.providerId);
    for (const [i, p] of providers.entries()) {
      // Building takes milliseconds per provider: yield now and then so the process's other jobs keep their pace.
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
      this.index.upsert(providerEvidence(p, capabilitiesOf.get(p.id) ?? [], publicationsOf.get(p.id) ?? []));
    }
  }
}
