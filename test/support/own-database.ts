import { Client } from 'pg';
import { runPlatformMigrations } from '../../libs/platform/src';
import { withDatabase } from './test-env';

/**
 * A migrated database of the test file's own, for tests that compare the whole database with something
 * (the index check) and so must not see other files' rows. Returns a function that drops it.
 */
export async function ownDatabase(suffix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.E2E_BASE_DATABASE_URL!;
  const name = `${process.env.E2E_DATABASE}_${suffix}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = withDatabase(base, name);
  await runPlatformMigrations(url);
  return {
    url,
    drop: async () => {
      const client = new Client({ connectionString: base });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}
