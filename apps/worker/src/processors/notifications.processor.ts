import { MailSender } from '@app/notifications';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { Processor } from '@nestjs/bullmq';
import { LoggedWorkerHost } from './logged-worker-host';
import { Job } from 'bullmq';

/** Sends the e-mail outbox: right after the API wrote some (send), and every few seconds for anything left (drain). */
@Processor(QueueName.Notifications, { concurrency: 1 })
export class NotificationsProcessor extends LoggedWorkerHost {
  constructor(private readonly mail: MailSender) {
    super();
  }

  async process(job: Job): Promise<number> {
    const name = job.name as Extract<JobName, `notifications.${string}`>;
    switch (name) {
      case 'notifications.send':
        return this.mail.send((job.data as JobPayloads['notifications.send']).emailIds);
      case 'notifications.drain':
        return this.mail.drain();
      default: {
        const unhandled: never = name;
        throw new Error(`unknown job ${unhandled} on ${QueueName.Notifications}`);
      }
    }
  }
}
