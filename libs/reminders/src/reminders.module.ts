import { ListingsModule } from '@app/listings';
import { NotificationsModule } from '@app/notifications';
import { Module } from '@nestjs/common';
import { JurisdictionDirectory } from './jurisdiction-directory.service';
import { ListingReconfirmation } from './listings/listing-reconfirmation.service';
import { ListingReminders } from './listings/listing-reminders';
import { ReminderDispatcher } from './reminder-dispatcher.service';
import { ReminderHandlers } from './reminder-handlers';
import { ReminderScheduler } from './reminder-scheduler.service';
import { ReminderSettingsService } from './reminder-settings.service';

@Module({
  imports: [NotificationsModule, ListingsModule],
  providers: [
    ReminderHandlers,
    ReminderScheduler,
    ReminderDispatcher,
    ReminderSettingsService,
    JurisdictionDirectory,
    ListingReminders,
    ListingReconfirmation,
  ],
  exports: [
    NotificationsModule,
    ReminderHandlers,
    ReminderScheduler,
    ReminderDispatcher,
    ReminderSettingsService,
    JurisdictionDirectory,
    ListingReconfirmation,
  ],
})
export class RemindersModule {}
