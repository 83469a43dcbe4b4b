import { handlesJobs, JobOf, QueueName, unknownJob } from '@app/queue';
import { ReminderDispatcher, ReminderHandlers } from '@app/reminders';
import { Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { LoggedWorkerHost } from './logged-worker-host';

const HANDLES = handlesJobs(QueueName.Reminders, ['reminders.deliver', 'reminders.sweep']);

/** Delivers reminders: each delayed job wakes one up; the sweep derives, delivers and re-creates whatever is due. */
@Processor(HANDLES.queue, { concurrency: 4 })
export class RemindersProcessor extends LoggedWorkerHost<QueueName.Reminders> implements OnApplicationBootstrap {
  static readonly handles = HANDLES;

  constructor(
    private readonly dispatcher: ReminderDispatcher,
    private readonly handlers: ReminderHandlers,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.handlers.assertEveryKindHandled();
  }

  async process(job: JobOf<QueueName.Reminders>): Promise<unknown> {
    const { name } = job;
    switch (name) {
      case 'reminders.deliver':
        return this.dispatcher.deliver(job.data.reminderId);
      case 'reminders.sweep':
        return this.dispatcher.sweep();
      default:
        return unknownJob(name, HANDLES.queue);
    }
  }
}
