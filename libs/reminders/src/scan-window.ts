import { DataSource } from 'typeorm';

const FULL_SCAN_EVERY_MS = 3_600_000;
/** Transactions that commit late carry an earlier `updated_at` than their commit: look back this far. */
const MARGIN_MS = 300_000;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/** What one scan of a pass gets: where the pass starts, and its queries' next batches. */
export interface ScanPass {
  /** Null for a full scan, else only rows changed after this instant count. */
  since: Date | null;
  /**
   * The next batch of one query of the pass (`key` names it), in id order from where that query stopped: after a
   * bulk load every scan finds a full batch, and starting again from the first row would re-read all rows covered
   * already. A batch shorter than `limit` ends that query's part of the pass.
   */
  batch: <R extends { id: string }>(
    key: string,
    limit: number,
    read: (afterId: string) => Promise<R[]>,
  ) => Promise<R[]>;
}

/**
 * Where a periodic reminder scan starts. A full scan reads every listing (500 000 at the reference platform's scale,
 * seconds of database time every 5 s); so only the first pass of a process and one an hour are full, and the others
 * look at what changed since the previous complete pass began. A pass may take several scans, a batch per query each
 * time; it keeps its starting point until every query has come back short.
 */
export class ScanWindow {
  private lastStart: Date | null = null;
  private lastFull = 0;
  /** The current pass: when its first scan began, its window and each query's last id (null once done). */
  private pass: { startedAt: Date; since: Date | null; after: Map<string, string | null> } | null = null;

  async run<T>(db: DataSource, work: (pass: ScanPass) => Promise<T>): Promise<T> {
    const [{ startedAt }]: { startedAt: Date }[] = await db.query('select now() as "startedAt"');
    if (!this.pass) {
      const full = !this.lastStart || Date.now() - this.lastFull > FULL_SCAN_EVERY_MS;
      this.pass = { startedAt, since: full ? null : new Date(this.lastStart!.getTime() - MARGIN_MS), after: new Map() };
    }
    const pass = this.pass;
    const result = await work({
      since: pass.since,
      batch: async (key, limit, read) => {
        const after = pass.after.has(key) ? pass.after.get(key) : FIRST_ID;
        if (after === null || after === undefined) return [];
        const rows = await read(after);
        pass.after.set(key, rows.length < limit ? null : rows[rows.length - 1].id);
        return rows;
      },
    });
    if ([...pass.after.values()].every((after) => after === null)) {
      if (!pass.since) this.lastFull = Date.now();
      this.lastStart = pass.startedAt;
      this.pass = null;
    }
    return result;
  }
}
