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
    // A server that does not answer fails the request (503 DATABASE_UNAVAILABLE) instead of holding it open. A
    // transaction left open by a process that waits on something else (the longest legitimate one, an e-mail sent
    // while its outbox row is locked, takes under a minute) is ended by the server, so its row locks cannot stop others.
    extra: { max: 20, connectionTimeoutMillis: 10_000, idle_in_transaction_session_timeout: 600_000 },
  };
}
