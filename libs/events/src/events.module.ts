import { BrokerageModule } from '@app/brokerage';
import { IdentityModule } from '@app/identity';
import { MatchingModule } from '@app/matching';
import { SearchModule } from '@app/search';
import { Module } from '@nestjs/common';
import { EventAgreements } from './agreements.service';
import { EventReminders } from './event-reminders';
import { EventsService } from './events.service';
import { OutcomesService } from './outcomes.service';
import { PrintService } from './print.service';
import { ScheduleService } from './schedule.service';

@Module({
  imports: [BrokerageModule, IdentityModule, MatchingModule, SearchModule],
  providers: [EventsService, ScheduleService, OutcomesService, PrintService, EventAgreements, EventReminders],
  exports: [EventsService, ScheduleService, OutcomesService, PrintService, EventAgreements],
})
export class EventsModule {}
