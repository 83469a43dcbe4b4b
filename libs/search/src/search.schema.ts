import type { EntityClass, MigrationClass } from '@app/database';
import { OutboxEvent } from './entities/outbox-event.entity';

/** The tables search owns: only this module writes them (libs/platform composes every module's list for TypeORM). */
export const searchEntities: EntityClass[] = [OutboxEvent];

/** None of its own yet: these tables come from libs/database's baseline migrations; a new one goes in libs/search/src/migrations. */
export const searchMigrations: MigrationClass[] = [];
