import type { EntityClass, MigrationClass } from '@app/database';
import { ChallengeApplication } from './entities/challenge-application.entity';
import { ChallengeInvitation } from './entities/challenge-invitation.entity';
import { ChallengeMilestone } from './entities/challenge-milestone.entity';
import { ChallengeReviewer } from './entities/challenge-reviewer.entity';
import { ChallengeScore } from './entities/challenge-score.entity';
import { Challenge } from './entities/challenge.entity';
import { Challenges1795502000000 } from './migrations/1795502000000-Challenges';

/** The tables challenges owns: only this module writes them (libs/platform composes every module's list for TypeORM). */
export const challengesEntities: EntityClass[] = [
  ChallengeApplication,
  ChallengeInvitation,
  ChallengeMilestone,
  ChallengeReviewer,
  ChallengeScore,
  Challenge,
];

/** The migrations that shaped these tables, in libs/challenges/src/migrations (those spanning modules are libs/database's baseline). */
export const challengesMigrations: MigrationClass[] = [Challenges1795502000000];
