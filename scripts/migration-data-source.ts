// Data source for the TypeORM CLI: `npx typeorm-ts-node-commonjs migration:generate -d scripts/migration-data-source.ts libs/<module>/src/migrations/Name`
// (then list the new class in that module's <module>.schema.ts)
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { platformDataSourceOptions } from '../libs/platform/src';

export default new DataSource(
  platformDataSourceOptions(
    process.env.DATABASE_URL ?? 'postgres://marketplace:marketplace@127.0.0.1:54329/marketplace',
  ),
);
