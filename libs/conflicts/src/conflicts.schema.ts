import type { EntityClass, MigrationClass } from '@app/database';
import { ConflictDeclaration } from './entities/conflict-declaration.entity';
import { ConflictOverride } from './entities/conflict-override.entity';
import { ConflictScreening1795500800000 } from './migrations/1795500800000-ConflictScreening';

/** The tables conflicts owns: only this module writes them (libs/platform composes every module's list for TypeORM). */
export const conflictsEntities: EntityClass[] = [ConflictDeclaration, ConflictOverride];

/** The migrations that shaped these tables, in libs/conflicts/src/migrations (those spanning modules are libs/database's baseline). */
export const conflictsMigrations: MigrationClass[] = [ConflictScreening1795500800000];
