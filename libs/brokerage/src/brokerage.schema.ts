import type { EntityClass, MigrationClass } from '@app/database';
import { EngagementEvent } from './entities/engagement-event.entity';
import { Engagement } from './entities/engagement.entity';
import { MatchLabel } from './entities/match-label.entity';
import { LabelContext1795500600000 } from './migrations/1795500600000-LabelContext';
import { EngagementContacts1795502200000 } from './migrations/1795502200000-EngagementContacts';

/** The tables brokerage owns: only this module writes them (libs/platform composes every module's list for TypeORM). */
export const brokerageEntities: EntityClass[] = [EngagementEvent, Engagement, MatchLabel];

/** The migrations that shaped these tables, in libs/brokerage/src/migrations (those spanning modules are libs/database's baseline). */
export const brokerageMigrations: MigrationClass[] = [LabelContext1795500600000, EngagementContacts1795502200000];
