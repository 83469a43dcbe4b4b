import { ConflictsModule } from '@app/conflicts';
import { ListingsModule } from '@app/listings';
import { MatchingModule } from '@app/matching';
import { RemindersModule } from '@app/reminders';
import { Module } from '@nestjs/common';
import { EngagementContexts } from './engagement-context';
import { EngagementNotices } from './engagement-notices';
import { EngagementQueries } from './engagement-queries.service';
import { AfterCommitRunner } from './engagement-records';
import { EngagementTransitions } from './engagement-transitions';
import { EngagementsService } from './engagements.service';
import { IntroductionsService } from './introductions.service';
import { MatchReviewService } from './match-review.service';
import { EngagementReminders } from './reminders/engagement-reminders';
import { NeedIntroductionWatch } from './reminders/need-introduction-watch';
import { ResponsesService } from './responses.service';
import { TrackRecordSourceModule } from './track-record-source';

@Module({
  imports: [RemindersModule, ListingsModule, MatchingModule, ConflictsModule, TrackRecordSourceModule],
  providers: [
    EngagementContexts,
    EngagementTransitions,
    EngagementNotices,
    EngagementQueries,
    AfterCommitRunner,
    IntroductionsService,
    ResponsesService,
    EngagementsService,
    MatchReviewService,
    EngagementReminders,
    NeedIntroductionWatch,
  ],
  exports: [
    RemindersModule,
    IntroductionsService,
    ResponsesService,
    EngagementsService,
    EngagementQueries,
    MatchReviewService,
  ],
})
export class BrokerageModule {}
