import { MailSender } from '@app/notifications';
import { handlesJobs, JobOf, QueueName, unknownJob } from '@app/queue';
import { Processor } from '@nestjs/bullmq';
import { LoggedWorkerHost } from './logged-worker-host';

const HANDLES = handlesJobs(QueueName.Notifications, ['notifications.send', 'notifications.drain']);

/** Sends the e-mail outbox: right after the API wrote some (send), and every few seconds for anything left (drain). */
@Processor(HANDLES.queue, { concurrency: 1 })
export class NotificationsProcessor extends LoggedWorkerHost<QueueName.Notifications> {
  static readonly handles = HANDLES;

  constructor(private readonly mail: MailSender) {
    super();
  }

  async process(job: JobOf<QueueName.Notifications>): Promise<number> {
    const { name } = job;
    switch (name) {
      case 'notifications.send':
        return this.mail.send(job.data.emailIds);
      case 'notifications.drain':
        return this.mail.drain();
      default:
        return unknownJob(name, HANDLES.queue);
    }
  }
}
