import type { EntityClass, MigrationClass } from '@app/database';
import { AuditEntry } from './audit-entry.entity';

/** The tables audit owns: only this module writes them (libs/platform composes every module's list for TypeORM). */
export const auditEntities: EntityClass[] = [AuditEntry];

/** None of its own yet: these tables come from libs/database's baseline migrations; a new one goes in libs/audit/src/migrations. */
export const auditMigrations: MigrationClass[] = [];
