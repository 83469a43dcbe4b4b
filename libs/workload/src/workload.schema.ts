import type { EntityClass, MigrationClass } from '@app/database';
import { WorkAssignment } from './entities/work-assignment.entity';
import { WorkAssignments1795500700000 } from './migrations/1795500700000-WorkAssignments';

/** The tables workload owns: only this module writes them (libs/platform composes every module's list for TypeORM). */
export const workloadEntities: EntityClass[] = [WorkAssignment];

/** The migrations that shaped these tables, in libs/workload/src/migrations (those spanning modules are libs/database's baseline). */
export const workloadMigrations: MigrationClass[] = [WorkAssignments1795500700000];
