import { RemindersModule } from '@app/reminders';
import { Module } from '@nestjs/common';
import { WorkAssignments } from './work-assignments.service';
import { WorkItems } from './work-items.service';

/** Broker workload: coordinators' open items and load (read from the records), and who is assigned what (work_assignments). */
@Module({
  imports: [RemindersModule],
  providers: [WorkItems, WorkAssignments],
  exports: [WorkItems, WorkAssignments],
})
export class WorkloadModule {}
