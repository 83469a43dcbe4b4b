export * from './base.entity';
export * from './database.module';
export * from './database-schema';
export * from './migrations';
export * from './data-source-options';
export * from './run-migrations';
export * from './snake-naming.strategy';
export * from './read-replica';
