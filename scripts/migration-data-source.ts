// Data source for the TypeORM CLI: `npx typeorm-ts-node-commonjs migration:generate -d scripts/migration-data-source.ts libs/database/src/migrations/Name`
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../libs/database/src/data-source-options';

export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://marketplace:marketplace@127.0.0.1:54329/marketplace'));
