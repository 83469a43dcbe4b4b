import { Environment } from '@app/config';
import { isDatabaseUnavailable } from '@app/common';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DatabaseSchema } from './database-schema';
import { dataSourceOptions } from './data-source-options';

export const DATABASE_SCHEMA = Symbol('DATABASE_SCHEMA');

/** After the replica failed to answer, reads stay on the primary this long before the replica is tried again. */
const RETRY_REPLICA_AFTER_MS = 10_000;

/**
 * Reads that tolerate a little staleness (match lists, reports) go to a streaming replica when DATABASE_REPLICA_URL
 * names one. The replica is an optimisation, never a dependency: it is connected on first use, and whenever it is
 * unreachable, or its answer is an error (a lagging replica may not have a just-published need yet), the same read
 * runs on the primary, whose answer counts.
 */
@Injectable()
export class ReadReplica implements OnApplicationShutdown {
  private readonly logger = new Logger(ReadReplica.name);
  private replica: Promise<DataSource> | null = null;
  private skipUntil = 0;

  constructor(
    @InjectDataSource() private readonly primary: DataSource,
    private readonly env: Environment,
    @Inject(DATABASE_SCHEMA) private readonly schema: DatabaseSchema,
  ) {}

  get configured(): boolean {
    return Boolean(this.env.DATABASE_REPLICA_URL);
  }

  async read<T>(work: (db: DataSource) => Promise<T>): Promise<T> {
    const replica = await this.connectedReplica();
    if (replica) {
      try {
        return await work(replica);
      } catch (err) {
        if (isDatabaseUnavailable(err)) this.setAside(err);
      }
    }
    return work(this.primary);
  }

  async onApplicationShutdown(): Promise<void> {
    const replica = await this.replica?.catch(() => null);
    if (replica?.isInitialized) await replica.destroy();
  }

  private async connectedReplica(): Promise<DataSource | null> {
    const url = this.env.DATABASE_REPLICA_URL;
    if (!url || Date.now() < this.skipUntil) return null;
    this.replica ??= new DataSource(dataSourceOptions(url, this.schema)).initialize();
    try {
      return await this.replica;
    } catch (err) {
      this.replica = null;
      this.setAside(err);
      return null;
    }
  }

  private setAside(err: unknown): void {
    if (Date.now() >= this.skipUntil)
      this.logger.warn(
        { err },
        `read replica unavailable: reads use the primary for ${RETRY_REPLICA_AFTER_MS / 1000} s`,
      );
    this.skipUntil = Date.now() + RETRY_REPLICA_AFTER_MS;
  }
}
