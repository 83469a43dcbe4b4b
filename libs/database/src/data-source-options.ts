import { DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from './entity-registry';
import { ALL_MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    // A server that does not answer fails the request (503 DATABASE_UNAVAILABLE) instead of holding it open.
    extra: { max: 20, connectionTimeoutMillis: 10_000 },
  };
}
