import { AuditModule } from '@app/audit';
import { AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AccessGuard, IdentityModule } from '@app/identity';
import { ListingsModule } from '@app/listings';
import { MatchingModule } from '@app/matching';
import { QueueModule } from '@app/queue';
import { SearchModule } from '@app/search';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { AuthController } from './controllers/auth.controller';
import { HealthController } from './controllers/health.controller';
import { ImportController } from './controllers/import.controller';
import { MatchesController } from './controllers/matches.controller';
import { SearchController } from './controllers/search.controller';
import { loggerOptions } from './logging';

@Module({
  imports: [
    AppConfigModule, LoggerModule.forRoot(loggerOptions('api')), DatabaseModule, QueueModule, AuditModule, TerminusModule,
    IdentityModule, SearchModule, ListingsModule, MatchingModule,
  ],
  controllers: [HealthController, AuthController, ImportController, SearchController, MatchesController],
  providers: [{ provide: APP_GUARD, useExisting: AccessGuard }],
})
export class AppModule {}
