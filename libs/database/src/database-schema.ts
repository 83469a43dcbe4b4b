import type { MigrationInterface } from 'typeorm';

/** A class TypeORM maps to a table. */
export type EntityClass = new (...args: never[]) => object;
/** A reviewed migration class; its name ends with its 13-digit timestamp. */
export type MigrationClass = new () => MigrationInterface;

/** What TypeORM maps and migrates: the composition root collects each module's entities and migrations. */
export interface DatabaseSchema {
  entities: EntityClass[];
  migrations: MigrationClass[];
}

/** The timestamp TypeORM orders a migration by: the digits its class name ends with. */
export function migrationTimestamp(migration: MigrationClass): number {
  const digits = /(\d{13})$/.exec(migration.name);
  if (!digits) throw new Error(`Migration ${migration.name}: its class name must end with its 13-digit timestamp`);
  return Number(digits[1]);
}

/**
 * One schema from every module's parts: migrations in timestamp order (the order they were written and deployed in,
 * whichever module holds them); a timestamp or an entity listed twice is a mistake and stops the start.
 */
export function composeSchema(parts: { entities?: EntityClass[]; migrations?: MigrationClass[] }[]): DatabaseSchema {
  const entities = parts.flatMap((p) => p.entities ?? []);
  const migrations = parts
    .flatMap((p) => p.migrations ?? [])
    .sort((a, b) => migrationTimestamp(a) - migrationTimestamp(b));
  const twice = <T>(items: T[]) => items.filter((item, i) => items.indexOf(item) !== i);
  const duplicated = [...twice(entities.map((e) => e.name)), ...twice(migrations.map(migrationTimestamp)).map(String)];
  if (duplicated.length) throw new Error(`Database schema lists twice: ${duplicated.join(', ')}`);
  return { entities, migrations };
}
