import type { EntityClass, MigrationClass } from '@app/database';
import { EventMeeting } from './entities/event-meeting.entity';
import { EventParticipant } from './entities/event-participant.entity';
import { MatchmakingEvent } from './entities/matchmaking-event.entity';
import { MatchmakingEvents1795502100000 } from './migrations/1795502100000-MatchmakingEvents';
import { EventMeetingAgreements1795502600000 } from './migrations/1795502600000-EventMeetingAgreements';

/** The tables events owns: only this module writes them (libs/platform composes every module's list for TypeORM). */
export const eventsEntities: EntityClass[] = [EventMeeting, EventParticipant, MatchmakingEvent];

/** The migrations that shaped these tables, in libs/events/src/migrations (those spanning modules are libs/database's baseline). */
export const eventsMigrations: MigrationClass[] = [MatchmakingEvents1795502100000, EventMeetingAgreements1795502600000];
