import { AlertsModule } from '@app/alerts';
import { AuditModule } from '@app/audit';
import { BrokerageModule } from '@app/brokerage';
import { ChallengesModule } from '@app/challenges';
import { AppConfigModule } from '@app/config';
import { EventsModule } from '@app/events';
import { ListingsModule } from '@app/listings';
import { MatchingModule } from '@app/matching';
import { PlatformDatabaseModule } from '@app/platform';
import { QueueModule } from '@app/queue';
import { SearchModule } from '@app/search';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { loggerOptions } from '../../api/src/logging';
import { ListingsProcessor } from './processors/listings.processor';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { MatchingProcessor } from './processors/matching.processor';
import { SearchSyncProcessor } from './processors/search-sync.processor';
import { ScheduleRegistrar } from './schedule-registrar';
import { NotificationsProcessor } from './processors/notifications.processor';
import { RemindersProcessor } from './processors/reminders.processor';
import { EventsProcessor } from './processors/events.processor';

@Module({
  imports: [AppConfigModule, LoggerModule.forRoot(loggerOptions('worker')), PlatformDatabaseModule, QueueModule, AuditModule, SearchModule, MatchingModule, ListingsModule, BrokerageModule, EventsModule, AlertsModule, ChallengesModule],
  providers: [SearchSyncProcessor, MatchingProcessor, MaintenanceProcessor, ListingsProcessor, ScheduleRegistrar, RemindersProcessor, NotificationsProcessor, EventsProcessor],
})
export class WorkerModule {}
