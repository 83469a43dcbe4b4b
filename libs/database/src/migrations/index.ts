import type { MigrationInterface } from 'typeorm';
import { Initial1795433366908 } from './1795433366908-Initial';
import { InvitationsAndWorkstationExperts1795500100000 } from './1795500100000-InvitationsAndWorkstationExperts';
import { Brokerage1795500200000 } from './1795500200000-Brokerage';
import { IngestIndexes1795500300000 } from './1795500300000-IngestIndexes';

/**
 * The migrations that span modules' tables, kept here as the baseline; every later migration lives in the folder of
 * the module that owns its tables (libs/<module>/src/migrations) and is listed in that module's schema file.
 */
export const baselineMigrations: (new () => MigrationInterface)[] = [
  Initial1795433366908,
  InvitationsAndWorkstationExperts1795500100000,
  Brokerage1795500200000,
  IngestIndexes1795500300000,
];
