import 'tsconfig-paths/register'; // global setup runs outside Jest's module mapper
import { Client } from 'pg';
import { runPlatformMigrations } from '../../libs/platform/src';
import { baseUrls, withDatabase } from './test-env';

export default async function globalSetup(): Promise<void> {
  const urls = baseUrls();
  const runId = `e2e${Date.now().toString(36)}${process.pid}`;
  const database = `mkt_${runId}`;
  const admin = new Client({ connectionString: urls.DATABASE_URL });
  await admin.connect();
  await admin.query(`create database "${database}"`);
  await admin.end();
  Object.assign(process.env, {
    ...urls,
    DATABASE_URL: withDatabase(urls.DATABASE_URL, database),
    E2E_BASE_DATABASE_URL: urls.DATABASE_URL,
    E2E_DATABASE: database,
    QUEUE_PREFIX: runId,
    INDEX_PREFIX: runId,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    NODE_ENV: 'test',
    LOGIN_MAX_FAILURES: '5',
    // Every test signs in from 127.0.0.1: the per-address limit is tested by its own file, with its own value.
    LOGIN_MAX_PER_ADDRESS: '1000',
  });
  await runPlatformMigrations(process.env.DATABASE_URL!);
}
