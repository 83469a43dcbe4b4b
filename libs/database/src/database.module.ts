import { Environment } from '@app/config';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseSchema } from './database-schema';
import { dataSourceOptions } from './data-source-options';
import { DATABASE_SCHEMA, ReadReplica } from './read-replica';

/** The connection; the composition root passes the schema (libs/platform), as this module knows no domain's tables. */
@Module({})
export class DatabaseModule {
  static forRoot(schema: DatabaseSchema): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [{ provide: DATABASE_SCHEMA, useValue: schema }, ReadReplica],
      exports: [ReadReplica],
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [Environment],
          useFactory: (env: Environment) => dataSourceOptions(env.DATABASE_URL, schema),
        }),
      ],
    };
  }
}
