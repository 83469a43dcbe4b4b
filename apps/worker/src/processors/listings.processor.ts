import { ListingExpiry } from '@app/listings';
import { JobName, QueueName } from '@app/queue';
import { Processor } from '@nestjs/bullmq';
import { LoggedWorkerHost } from './logged-worker-host';
import { Job } from 'bullmq';

/** Listing housekeeping: needs past their deadline expire (and so leave search and matching). */
@Processor(QueueName.Listings, { concurrency: 1 })
export class ListingsProcessor extends LoggedWorkerHost {
  constructor(private readonly expiry: ListingExpiry) {
    super();
  }

  async process(job: Job): Promise<number> {
    const name = job.name as Extract<JobName, `listings.${string}`>;
    switch (name) {
      case 'listings.expire-due':
        return this.expiry.expireDue();
      default: {
        const unhandled: never = name;
        throw new Error(`unknown job ${unhandled} on ${QueueName.Listings}`);
      }
    }
  }
}
