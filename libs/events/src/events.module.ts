import { BrokerageModule } from '@app/brokerage';
import { SearchModule } from '@app/search';
import { Module } from '@nestjs/common';
import { EventsService } from './events.service';
import { OutcomesService } from './outcomes.service';
import { PrintService } from './print.service';
import { ScheduleService } from './schedule.service';

@Module({
  imports: [BrokerageModule, SearchModule],
  providers: [EventsService, ScheduleService, OutcomesService, PrintService],
  exports: [EventsService, ScheduleService, OutcomesService, PrintService],
})
export class EventsModule {}
