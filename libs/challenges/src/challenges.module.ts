import { ConflictsModule } from '@app/conflicts';
import { ListingsModule } from '@app/listings';
import { RemindersModule } from '@app/reminders';
import { Module } from '@nestjs/common';
import { ApplicationsService } from './applications.service';
import { ChallengeNotices } from './challenge-notices';
import { ChallengeReminders } from './challenge-reminders';
import { ChallengesService } from './challenges.service';
import { EvaluationService } from './evaluation.service';
import { MilestonesService } from './milestones.service';

/** Open challenges (揭榜挂帅): the call, applications, evaluation and award, milestones to acceptance. */
@Module({
  imports: [RemindersModule, ListingsModule, ConflictsModule],
  providers: [
    ChallengeNotices,
    ChallengesService,
    ApplicationsService,
    EvaluationService,
    MilestonesService,
    ChallengeReminders,
  ],
  exports: [ChallengesService, ApplicationsService, EvaluationService, MilestonesService],
})
export class ChallengesModule {}
