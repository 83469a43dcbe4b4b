import { AuditModule } from '@app/audit';
import { AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { MatchingModule } from '@app/matching';
import { QueueModule } from '@app/queue';
import { SearchModule } from '@app/search';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { loggerOptions } from '../../api/src/logging';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { MatchingProcessor } from './processors/matching.processor';
import { SearchSyncProcessor } from './processors/search-sync.processor';
import { ScheduleRegistrar } from './schedule-registrar';

@Module({
  imports: [AppConfigModule, LoggerModule.forRoot(loggerOptions('worker')), DatabaseModule, QueueModule, AuditModule, SearchModule, MatchingModule],
  providers: [SearchSyncProcessor, MatchingProcessor, MaintenanceProcessor, ScheduleRegistrar],
})
export class WorkerModule {}
