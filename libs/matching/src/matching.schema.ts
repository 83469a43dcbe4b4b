import type { EntityClass, MigrationClass } from '@app/database';
import { MatchListTail } from './entities/match-list-tail.entity';
import { MatchOverride } from './entities/match-override.entity';
import { MatchRun } from './entities/match-run.entity';
import { Match } from './entities/match.entity';
import { ProviderProfiles1795500400000 } from './migrations/1795500400000-ProviderProfiles';
import { DropRedundantMatchIndex1795500650000 } from './migrations/1795500650000-DropRedundantMatchIndex';
import { DropProviderProfiles1795501800000 } from './migrations/1795501800000-DropProviderProfiles';
import { MatchListTails1795501810000 } from './migrations/1795501810000-MatchListTails';
import { MatchStrongScoreIndex1795502800000 } from './migrations/1795502800000-MatchStrongScoreIndex';

/** The tables matching owns: only this module writes them (libs/platform composes every module's list for TypeORM). */
export const matchingEntities: EntityClass[] = [MatchListTail, MatchOverride, MatchRun, Match];

/** The migrations that shaped these tables, in libs/matching/src/migrations (those spanning modules are libs/database's baseline). */
export const matchingMigrations: MigrationClass[] = [
  ProviderProfiles1795500400000,
  DropRedundantMatchIndex1795500650000,
  DropProviderProfiles1795501800000,
  MatchListTails1795501810000,
  MatchStrongScoreIndex1795502800000,
];
