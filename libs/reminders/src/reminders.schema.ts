import type { EntityClass, MigrationClass } from '@app/database';
import { ReminderSettings } from './entities/reminder-settings.entity';
import { Reminder } from './entities/reminder.entity';

/** The tables reminders owns: only this module writes them (libs/platform composes every module's list for TypeORM). */
export const remindersEntities: EntityClass[] = [ReminderSettings, Reminder];

/** None of its own yet: these tables come from libs/database's baseline migrations; a new one goes in libs/reminders/src/migrations. */
export const remindersMigrations: MigrationClass[] = [];
