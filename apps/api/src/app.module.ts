import { AuditModule } from '@app/audit';
import { BrokerageModule } from '@app/brokerage';
import { AppConfigModule, Environment, loggerOptions } from '@app/config';
import { AccessGuard, IdentityModule } from '@app/identity';
import { ListingsModule } from '@app/listings';
import { MatchingModule } from '@app/matching';
import { PlatformDatabaseModule } from '@app/platform';
import { QueueModule } from '@app/queue';
import { ReportsModule } from '@app/reports';
import { WorkloadModule } from '@app/workload';
import { ConflictsModule } from '@app/conflicts';
import { EventsModule } from '@app/events';
import { AlertsModule } from '@app/alerts';
import { ChallengesModule } from '@app/challenges';
import { ReviewNoticesModule } from '@app/review-notices';
import { SearchModule } from '@app/search';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { AuthController } from './controllers/auth.controller';
import { HealthController } from './controllers/health.controller';
import { ImportController } from './controllers/import.controller';
import { MatchesController } from './controllers/matches.controller';
import { PingController } from './controllers/ping.controller';
import { SearchController } from './controllers/search.controller';
import { CapabilitiesController } from './controllers/capabilities.controller';
import { NeedsController } from './controllers/needs.controller';
import { ReviewController } from './controllers/review.controller';
import { AuditController } from './controllers/audit.controller';
import { DirectoryController } from './controllers/directory.controller';
import { ConciergeController } from './controllers/concierge.controller';
import { ExpertProfileController } from './controllers/expert-profile.controller';
import { InvitationsController } from './controllers/invitations.controller';
import { OrganizationsController } from './controllers/organizations.controller';
import { ReferenceController } from './controllers/reference.controller';
import { EngagementsController } from './controllers/engagements.controller';
import { IntroductionsController } from './controllers/introductions.controller';
import { NotificationsController } from './controllers/notifications.controller';
import { RemindersController } from './controllers/reminders.controller';
import { ReportsController } from './controllers/reports.controller';
import { WorkloadController } from './controllers/workload.controller';
import { ConflictsController } from './controllers/conflicts.controller';
import { EventsController } from './controllers/events.controller';
import { SavedSearchesController } from './controllers/saved-searches.controller';
import {
  ChallengesController,
  ChallengeApplicationsController,
  ChallengeMilestonesController,
} from './controllers/challenges.controller';

import { ApiSearchAccessModule } from './search-access.module';

@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({ inject: [Environment], useFactory: (env: Environment) => loggerOptions('api', env) }),
    PlatformDatabaseModule,
    QueueModule,
    AuditModule,
    TerminusModule,
    IdentityModule,
    SearchModule,
    ListingsModule,
    MatchingModule,
    BrokerageModule,
    ReportsModule,
    WorkloadModule,
    ConflictsModule,
    EventsModule,
    ApiSearchAccessModule,
    AlertsModule,
    ChallengesModule,
    ReviewNoticesModule,
  ],
  controllers: [
    HealthController,
    AuthController,
    ImportController,
    SearchController,
    MatchesController,
    NeedsController,
    CapabilitiesController,
    ReviewController,
    PingController,
    OrganizationsController,
    InvitationsController,
    ConciergeController,
    ExpertProfileController,
    ReferenceController,
    AuditController,
    IntroductionsController,
    EngagementsController,
    NotificationsController,
    RemindersController,
    ReportsController,
    WorkloadController,
    ConflictsController,
    EventsController,
    SavedSearchesController,
    ChallengesController,
    ChallengeApplicationsController,
    ChallengeMilestonesController,
    DirectoryController,
  ],
  providers: [{ provide: APP_GUARD, useExisting: AccessGuard }],
})
export class AppModule {}
