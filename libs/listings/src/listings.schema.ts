import type { EntityClass, MigrationClass } from '@app/database';
import { Capability } from './entities/capability.entity';
import { Need } from './entities/need.entity';
import { Provider } from './entities/provider.entity';
import { Publication } from './entities/publication.entity';
import { WorkstationExpert } from './entities/workstation-expert.entity';
import { ListingRevision } from './lifecycle/listing-revision.entity';
import { ListingLifecycle1795500000000 } from './migrations/1795500000000-ListingLifecycle';
import { ReminderScanIndexes1795500500000 } from './migrations/1795500500000-ReminderScanIndexes';
import { ImportScopes1795501700000 } from './migrations/1795501700000-ImportScopes';
import { StationExpertConsent1795501720000 } from './migrations/1795501720000-StationExpertConsent';
import { ExpertProfileReview1795502700000 } from './migrations/1795502700000-ExpertProfileReview';
import { ProviderChangeIndex1795502900000 } from './migrations/1795502900000-ProviderChangeIndex';

/** The tables listings owns: only this module writes them (libs/platform composes every module's list for TypeORM). */
export const listingsEntities: EntityClass[] = [
  Capability,
  Need,
  Provider,
  Publication,
  WorkstationExpert,
  ListingRevision,
];

/** The migrations that shaped these tables, in libs/listings/src/migrations (those spanning modules are libs/database's baseline). */
export const listingsMigrations: MigrationClass[] = [
  ListingLifecycle1795500000000,
  ReminderScanIndexes1795500500000,
  ImportScopes1795501700000,
  StationExpertConsent1795501720000,
  ExpertProfileReview1795502700000,
  ProviderChangeIndex1795502900000,
];
