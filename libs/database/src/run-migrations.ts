import { DataSource } from 'typeorm';
import { DatabaseSchema } from './database-schema';
import { dataSourceOptions } from './data-source-options';

const MIGRATION_LOCK = 72_410_001; // any constant; held while migrating so instances starting together take turns

/** Applies pending migrations under a PostgreSQL advisory lock. */
export async function runMigrations(url: string, schema: DatabaseSchema): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url, schema));
  await ds.initialize();
  const runner = ds.createQueryRunner();
  try {
    await runner.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await ds.destroy();
  }
}
