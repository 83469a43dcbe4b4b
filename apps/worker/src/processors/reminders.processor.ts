import { JobName, JobPayloads, QueueName } from '@app/queue';
import { ReminderDispatcher, ReminderHandlers } from '@app/reminders';
import { Processor } from '@nestjs/bullmq';
import { LoggedWorkerHost } from './logged-worker-host';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';

/** Delivers reminders: each delayed job wakes one up; the sweep derives, delivers and re-creates whatever is due. */
@Processor(QueueName.Reminders, { concurrency: 4 })
export class RemindersProcessor extends LoggedWorkerHost implements OnApplicationBootstrap {
  constructor(private readonly dispatcher: ReminderDispatcher, private readonly handlers: ReminderHandlers) {
    super();
  }

  onApplicationBootstrap(): void {
    this.handlers.assertEveryKindHandled();
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as Extract<JobName, `reminders.${string}`>;
    switch (name) {
      case 'reminders.deliver':
        return this.dispatcher.deliver((job.data as JobPayloads['reminders.deliver']).reminderId);
      case 'reminders.sweep':
        return this.dispatcher.sweep();
      default: {
        const unhandled: never = name;
        throw new Error(`unknown job ${unhandled} on ${QueueName.Reminders}`);
      }
    }
  }
}
