import { AlertsModule } from '@app/alerts';
import { AuditModule } from '@app/audit';
import { BrokerageModule } from '@app/brokerage';
import { ChallengesModule } from '@app/challenges';
import { AppConfigModule, Environment, loggerOptions } from '@app/config';
import { EventsModule } from '@app/events';
import { ListingsModule } from '@app/listings';
import { MatchingModule } from '@app/matching';
import { PlatformDatabaseModule } from '@app/platform';
import { DeclaredHandler, QueueModule } from '@app/queue';
import { SearchModule } from '@app/search';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { EventsProcessor } from './processors/events.processor';
import { ListingsProcessor } from './processors/listings.processor';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { MatchingNowProcessor } from './processors/matching-now.processor';
import { MatchingProcessor } from './processors/matching.processor';
import { NotificationsProcessor } from './processors/notifications.processor';
import { RemindersProcessor } from './processors/reminders.processor';
import { SearchSyncProcessor } from './processors/search-sync.processor';
import { ScheduleRegistrar } from './schedule-registrar';

/** Every processor of the worker; each declares the jobs it handles (`handles`), checked at start-up. */
export const PROCESSORS = [
  SearchSyncProcessor,
  MatchingProcessor,
  MatchingNowProcessor,
  MaintenanceProcessor,
  ListingsProcessor,
  RemindersProcessor,
  NotificationsProcessor,
  EventsProcessor,
];

export const declaredHandlers = (
  processors: readonly { name: string; handles: DeclaredHandler['handles'] }[] = PROCESSORS,
): DeclaredHandler[] => processors.map((p) => ({ name: p.name, handles: p.handles }));

@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({
      inject: [Environment],
      useFactory: (env: Environment) => loggerOptions('worker', env),
    }),
    PlatformDatabaseModule,
    QueueModule,
    AuditModule,
    SearchModule,
    MatchingModule,
    ListingsModule,
    BrokerageModule,
    EventsModule,
    AlertsModule,
    ChallengesModule,
  ],
  providers: [...PROCESSORS, ScheduleRegistrar],
})
export class WorkerModule {}
