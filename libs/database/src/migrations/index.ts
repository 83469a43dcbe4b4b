import { Initial1795433366908 } from './1795433366908-Initial';
import { ListingLifecycle1795500000000 } from './1795500000000-ListingLifecycle';
import { InvitationsAndWorkstationExperts1795500100000 } from './1795500100000-InvitationsAndWorkstationExperts';
import { Brokerage1795500200000 } from './1795500200000-Brokerage';
import { IngestIndexes1795500300000 } from './1795500300000-IngestIndexes';
import { ProviderProfiles1795500400000 } from './1795500400000-ProviderProfiles';
import { ReminderScanIndexes1795500500000 } from './1795500500000-ReminderScanIndexes';
import { LabelContext1795500600000 } from './1795500600000-LabelContext';
import { DropRedundantMatchIndex1795500650000 } from './1795500650000-DropRedundantMatchIndex';
import { WorkAssignments1795500700000 } from './1795500700000-WorkAssignments';
import { ConflictScreening1795500800000 } from './1795500800000-ConflictScreening';
import { ImportScopes1795501700000 } from './1795501700000-ImportScopes';
import { RefreshTokenFamilies1795501710000 } from './1795501710000-RefreshTokenFamilies';
import { StationExpertConsent1795501720000 } from './1795501720000-StationExpertConsent';
import { DropProviderProfiles1795501800000 } from './1795501800000-DropProviderProfiles';
import { MatchListTails1795501810000 } from './1795501810000-MatchListTails';
import { MatchmakingEvents1795502100000 } from './1795502100000-MatchmakingEvents';
import { EventMeetingAgreements1795502600000 } from './1795502600000-EventMeetingAgreements';
import { AccountConfirmationAndTokenVersions1795502400000 } from './1795502400000-AccountConfirmationAndTokenVersions';
import { SavedSearches1795502300000 } from './1795502300000-SavedSearches';
import { Challenges1795502000000 } from './1795502000000-Challenges';
import { EngagementContacts1795502200000 } from './1795502200000-EngagementContacts';
import { NotificationsDone1795502210000 } from './1795502210000-NotificationsDone';
import type { MigrationInterface } from 'typeorm';

/** Migrations in the order they apply; each is reviewed code. */
export const ALL_MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795433366908, ListingLifecycle1795500000000, InvitationsAndWorkstationExperts1795500100000, Brokerage1795500200000, IngestIndexes1795500300000,
  ProviderProfiles1795500400000, ReminderScanIndexes1795500500000, LabelContext1795500600000, DropRedundantMatchIndex1795500650000,
  WorkAssignments1795500700000, ConflictScreening1795500800000, ImportScopes1795501700000, RefreshTokenFamilies1795501710000, StationExpertConsent1795501720000,
  DropProviderProfiles1795501800000, MatchListTails1795501810000,
  Challenges1795502000000, MatchmakingEvents1795502100000, EngagementContacts1795502200000, NotificationsDone1795502210000,
  SavedSearches1795502300000, AccountConfirmationAndTokenVersions1795502400000, EventMeetingAgreements1795502600000,
];
