import { RemindersModule } from '@app/reminders';
import { Module } from '@nestjs/common';
import { AlertDigests } from './alert-digests';
import { AlertScanner } from './alert-scanner.service';
import { SavedSearches } from './saved-searches.service';

/** Saved searches and their alerts; delivery goes through the reminders and notifications modules. */
@Module({
  imports: [RemindersModule],
  providers: [SavedSearches, AlertScanner, AlertDigests],
  exports: [SavedSearches, AlertScanner],
})
export class AlertsModule {}
