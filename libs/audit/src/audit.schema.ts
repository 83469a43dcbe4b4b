import { AuditEntry } from './audit-entry.entity';

/** The tables audit owns: only this module writes them (libs/platform composes every module's list for TypeORM). */
export const auditEntities: Function[] = [AuditEntry];

/** None of its own yet: these tables come from libs/database's baseline migrations; a new one goes in libs/audit/src/migrations. */
export const auditMigrations: Function[] = [];
