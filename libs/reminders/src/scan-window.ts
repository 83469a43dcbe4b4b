import { DataSource } from 'typeorm';

const FULL_SCAN_EVERY_MS = 3_600_000;
/** Transactions that commit late carry an earlier `updated_at` than their commit: look back this far. */
const MARGIN_MS = 300_000;

/**
 * Where a periodic reminder scan starts. A full scan reads every listing (500 000 at the reference platform's scale,
 * seconds of database time every 5 s); so only the first scan of a process and one an hour are full, and the others
 * look at what changed since the previous complete scan began. A scan that stopped at its batch limit is not
 * complete and leaves the starting point where it was.
 */
export class ScanWindow {
  private lastStart: Date | null = null;
  private lastFull = 0;

  /** `since` is null for a full scan; `work` says whether it got through everything it found. */
  async run<T>(db: DataSource, work: (since: Date | null) => Promise<{ result: T; complete: boolean }>): Promise<T> {
    const [{ startedAt }]: { startedAt: Date }[] = await db.query('select now() as "startedAt"');
    const full = !this.lastStart || Date.now() - this.lastFull > FULL_SCAN_EVERY_MS;
    const { result, complete } = await work(full ? null : new Date(this.lastStart!.getTime() - MARGIN_MS));
    if (complete) {
      if (full) this.lastFull = Date.now();
      this.lastStart = startedAt;
    } else if (full) this.lastStart = null;
    return result;
  }
}
