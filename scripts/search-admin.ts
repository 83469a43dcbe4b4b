import 'reflect-metadata';
import { AppConfigModule, validateEnvironment } from '@app/config';
import { redactUrl } from '@app/common';
import { PlatformDatabaseModule } from '@app/platform';
import { IndexCheck, IndexCheckReport, IndexRebuilder, SearchModule } from '@app/search';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

/**
 * `npm run search:reindex`: rebuilds every Meilisearch index from PostgreSQL (each into a fresh index that is then
 * swapped in, so search answers throughout; the outbox drain waits meanwhile and applies later changes after).
 * `npm run search:check`: compares ids, revisions and statuses in PostgreSQL with the indexes, prints every
 * difference and exits with 1 when there is one. Both use DATABASE_URL, MEILI_URL and INDEX_PREFIX.
 */
@Module({ imports: [AppConfigModule, PlatformDatabaseModule, SearchModule] })
class SearchAdminModule {}

const SHOWN = 20;

function print(report: IndexCheckReport): void {
  for (const [index, counts] of Object.entries(report.counts)) {
    const diffs = report.differences.filter((d) => d.index === index);
    const by = (p: string) => diffs.filter((d) => d.problem === p).length;
    console.log(
      `${index}: ${counts.database} in PostgreSQL, ${counts.index} in the index — ${by('missing')} missing, ${by('extra')} extra, ${by('stale')} stale`,
    );
    for (const d of diffs.slice(0, SHOWN)) {
      const version = (v: { revision: number | null; status: string | null; format: number | null } | null) =>
        v ? `revision ${v.revision ?? '?'}, ${v.status ?? '?'}, format ${v.format ?? '?'}` : '—';
      console.log(`  ${d.problem.padEnd(7)} ${d.id}  database: ${version(d.database)}  index: ${version(d.indexed)}`);
    }
    if (diffs.length > SHOWN) console.log(`  … and ${diffs.length - SHOWN} more`);
  }
  console.log(`outbox: ${report.pendingOutbox} change(s) waiting to be indexed`);
}

async function main(): Promise<number> {
  const command = process.argv[2];
  if (command !== 'reindex' && command !== 'check') {
    console.error('usage: search-admin.ts reindex | check');
    return 2;
  }
  const env = validateEnvironment(process.env);
  console.log(`PostgreSQL ${redactUrl(env.DATABASE_URL)}, Meilisearch ${env.MEILI_URL}, indexes ${env.INDEX_PREFIX}_*`);
  const app = await NestFactory.createApplicationContext(SearchAdminModule, { logger: ['error', 'warn'] });
  try {
    if (command === 'reindex') {
      await app.get(IndexRebuilder).reindexAll((line) => console.log(line));
      console.log('Reindexed every index from PostgreSQL.');
      return 0;
    }
    const report = await app.get(IndexCheck).check();
    print(report);
    if (!report.differences.length) {
      console.log('The indexes match PostgreSQL.');
      return 0;
    }
    console.log(
      `${report.differences.length} difference(s).${report.pendingOutbox ? ' Some may close by themselves once the outbox drains;' : ''} Run "npm run search:reindex" to rebuild from PostgreSQL.`,
    );
    return 1;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
