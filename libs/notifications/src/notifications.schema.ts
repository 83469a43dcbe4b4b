import type { EntityClass, MigrationClass } from '@app/database';
import { EmailMessage } from './entities/email-message.entity';
import { NotificationPreference } from './entities/notification-preference.entity';
import { Notification } from './entities/notification.entity';
import { NotificationsDone1795502210000 } from './migrations/1795502210000-NotificationsDone';

/** The tables notifications owns: only this module writes them (libs/platform composes every module's list for TypeORM). */
export const notificationsEntities: EntityClass[] = [EmailMessage, NotificationPreference, Notification];

/** The migrations that shaped these tables, in libs/notifications/src/migrations (those spanning modules are libs/database's baseline). */
export const notificationsMigrations: MigrationClass[] = [NotificationsDone1795502210000];
