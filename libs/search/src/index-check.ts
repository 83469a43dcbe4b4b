import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IndexedType } from './entities/outbox-event.entity';
import { TABLE_OF_TYPE } from './index-rebuilder';
import { isMeiliNotFound } from './meili-http-client';
import { SearchClient } from './search-client';
import { DOCUMENT_FORMAT, INDEX_OF_TYPE, IndexKind } from './search-indexes';
import { SearchSyncService } from './search-sync.service';

interface Version {
  revision: number | null;
  status: string | null;
  /** The document's DOCUMENT_FORMAT (PostgreSQL's side: the current one). */
  format: number | null;
}

export interface IndexDifference {
  index: IndexKind;
  id: string;
  /** missing: in PostgreSQL, not in the index; extra: in the index only; stale: revision, status or format differ. */
  problem: 'missing' | 'extra' | 'stale';
  database: Version | null;
  indexed: Version | null;
}

export interface IndexCheckReport {
  counts: Record<IndexKind, { database: number; index: number }>;
  differences: IndexDifference[];
  /** Outbox rows not yet applied: differences they explain close by themselves once the drain runs. */
  pendingOutbox: number;
}

const PAGE = 1000;

/** Compares every record's id, revision and status in PostgreSQL with its index document, and the document's format. */
@Injectable()
export class IndexCheck {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly client: SearchClient,
    private readonly sync: SearchSyncService,
  ) {}

  async check(): Promise<IndexCheckReport> {
    const report: IndexCheckReport = {
      counts: {} as IndexCheckReport['counts'],
      differences: [],
      pendingOutbox: await this.sync.pendingCount(),
    };
    for (const type of Object.keys(INDEX_OF_TYPE) as IndexedType[]) {
      const kind = INDEX_OF_TYPE[type];
      const database = await this.databaseVersions(type);
      const indexed = await this.indexedVersions(kind);
      report.counts[kind] = { database: database.size, index: indexed.size };
      for (const [id, version] of database) {
        const doc = indexed.get(id);
        if (!doc) report.differences.push({ index: kind, id, problem: 'missing', database: version, indexed: null });
        else if (doc.revision !== version.revision || doc.status !== version.status || doc.format !== version.format)
          report.differences.push({ index: kind, id, problem: 'stale', database: version, indexed: doc });
      }
      for (const [id, doc] of indexed)
        if (!database.has(id))
          report.differences.push({ index: kind, id, problem: 'extra', database: null, indexed: doc });
    }
    return report;
  }

  private async databaseVersions(type: IndexedType): Promise<Map<string, Version>> {
    // A provider document is "published" once reviewed, else its review status (see providerStatus).
    const status =
      type === 'provider' ? `case when review_status = 'approved' then 'published' else review_status end` : 'status';
    const rows: { id: string; revision: number; status: string }[] = await this.db.query(
      `select id, revision, ${status} as status from ${TABLE_OF_TYPE[type]}`,
    );
    return new Map(rows.map((r) => [r.id, { revision: r.revision, status: r.status, format: DOCUMENT_FORMAT }]));
  }

  private async indexedVersions(kind: IndexKind): Promise<Map<string, Version>> {
    const out = new Map<string, Version>();
    const index = this.client.index(kind);
    for (let offset = 0; ; offset += PAGE) {
      const page = await index
        .getDocuments({ fields: ['id', 'revision', 'status', 'documentFormat'], limit: PAGE, offset })
        .catch((err: unknown) => {
          if (isMeiliNotFound(err)) return null; // no index yet: nothing indexed
          throw err;
        });
      if (!page) break;
      const { results } = page;
      for (const doc of results)
        out.set(String(doc.id), {
          revision: typeof doc.revision === 'number' ? doc.revision : null,
          status: typeof doc.status === 'string' ? doc.status : null,
          format: typeof doc.documentFormat === 'number' ? doc.documentFormat : null,
        });
      if (results.length < PAGE) break;
    }
    return out;
  }
}
