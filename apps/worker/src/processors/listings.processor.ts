import { ListingExpiry } from '@app/listings';
import { handlesJobs, JobOf, QueueName, unknownJob } from '@app/queue';
import { Processor } from '@nestjs/bullmq';
import { LoggedWorkerHost } from './logged-worker-host';

const HANDLES = handlesJobs(QueueName.Listings, ['listings.expire-due']);

/** Listing housekeeping: needs past their deadline expire (and so leave search and matching). */
@Processor(HANDLES.queue, { concurrency: 1 })
export class ListingsProcessor extends LoggedWorkerHost<QueueName.Listings> {
  static readonly handles = HANDLES;

  constructor(private readonly expiry: ListingExpiry) {
    super();
  }

  async process(job: JobOf<QueueName.Listings>): Promise<number> {
    const { name } = job;
    switch (name) {
      case 'listings.expire-due':
        return this.expiry.expireDue();
      default:
        return unknownJob(name, HANDLES.queue);
    }
  }
}
