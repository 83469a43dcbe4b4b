import { alertsEntities, alertsMigrations } from '@app/alerts';
import { auditEntities, auditMigrations } from '@app/audit';
import { brokerageEntities, brokerageMigrations } from '@app/brokerage';
import { challengesEntities, challengesMigrations } from '@app/challenges';
import { conflictsEntities, conflictsMigrations } from '@app/conflicts';
import { baselineMigrations, composeSchema, DatabaseModule, dataSourceOptions, runMigrations } from '@app/database';
import { eventsEntities, eventsMigrations } from '@app/events';
import { identityEntities, identityMigrations } from '@app/identity';
import { listingsEntities, listingsMigrations } from '@app/listings';
import { matchingEntities, matchingMigrations } from '@app/matching';
import { notificationsEntities, notificationsMigrations } from '@app/notifications';
import { remindersEntities, remindersMigrations } from '@app/reminders';
import { searchEntities, searchMigrations } from '@app/search';
import { workloadEntities, workloadMigrations } from '@app/workload';
import { DataSourceOptions } from 'typeorm';

/**
 * Every table TypeORM maps and every migration, collected from the modules that own them. This is a composition root:
 * the apps, scripts and tests import it; no module does (the database module knows no domain's tables).
 */
export const platformSchema = composeSchema([
  { migrations: baselineMigrations },
  { entities: identityEntities, migrations: identityMigrations },
  { entities: auditEntities, migrations: auditMigrations },
  { entities: notificationsEntities, migrations: notificationsMigrations },
  { entities: listingsEntities, migrations: listingsMigrations },
  { entities: remindersEntities, migrations: remindersMigrations },
  { entities: conflictsEntities, migrations: conflictsMigrations },
  { entities: searchEntities, migrations: searchMigrations },
  { entities: matchingEntities, migrations: matchingMigrations },
  { entities: brokerageEntities, migrations: brokerageMigrations },
  { entities: workloadEntities, migrations: workloadMigrations },
  { entities: challengesEntities, migrations: challengesMigrations },
  { entities: eventsEntities, migrations: eventsMigrations },
  { entities: alertsEntities, migrations: alertsMigrations },
]);

/** The database connection of the API, the worker and the scripts. */
export const PlatformDatabaseModule = DatabaseModule.forRoot(platformSchema);

export const platformDataSourceOptions = (url: string): DataSourceOptions => dataSourceOptions(url, platformSchema);

/** Applies the pending migrations of every module, in timestamp order. */
export const runPlatformMigrations = (url: string): Promise<string[]> => runMigrations(url, platformSchema);
