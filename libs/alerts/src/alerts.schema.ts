import type { EntityClass, MigrationClass } from '@app/database';
import { AlertScanCursor } from './entities/alert-scan-cursor.entity';
import { SavedSearchHit } from './entities/saved-search-hit.entity';
import { SavedSearch } from './entities/saved-search.entity';
import { SavedSearches1795502300000 } from './migrations/1795502300000-SavedSearches';

/** The tables alerts owns: only this module writes them (libs/platform composes every module's list for TypeORM). */
export const alertsEntities: EntityClass[] = [AlertScanCursor, SavedSearchHit, SavedSearch];

/** The migrations that shaped these tables, in libs/alerts/src/migrations (those spanning modules are libs/database's baseline). */
export const alertsMigrations: MigrationClass[] = [SavedSearches1795502300000];
