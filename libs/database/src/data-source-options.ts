import { DataSourceOptions } from 'typeorm';
import { DatabaseSchema } from './database-schema';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string, schema: DatabaseSchema): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: schema.entities,
    migrations: schema.migrations,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    // A server that does not answer fails the request (503 DATABASE_UNAVAILABLE) instead of holding it open.
    extra: { max: 20, connectionTimeoutMillis: 10_000 },
  };
}
