import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { JobName, JobPayloads, QUEUE_OF_JOB, QueueName } from './jobs';

const DEFAULTS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { count: 1000, age: 3600 },
  removeOnFail: { count: 5000 },
};

/** Puts typed jobs on the right queue. Jobs are only hints: the database says what work is due. */
@Injectable()
export class JobDispatcher {
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @InjectQueue(QueueName.SearchSync) searchSync: Queue,
    @InjectQueue(QueueName.Matching) matching: Queue,
    @InjectQueue(QueueName.MatchingNow) matchingNow: Queue,
    @InjectQueue(QueueName.Maintenance) maintenance: Queue,
    @InjectQueue(QueueName.Listings) listings: Queue,
    @InjectQueue(QueueName.Reminders) reminders: Queue,
    @InjectQueue(QueueName.Notifications) notifications: Queue,
    @InjectQueue(QueueName.Events) events: Queue,
  ) {
    this.queues = {
      [QueueName.SearchSync]: searchSync,
      [QueueName.Matching]: matching,
      [QueueName.MatchingNow]: matchingNow,
      [QueueName.Maintenance]: maintenance,
      [QueueName.Listings]: listings,
      [QueueName.Reminders]: reminders,
      [QueueName.Notifications]: notifications,
      [QueueName.Events]: events,
    };
  }

  async enqueue<K extends JobName>(name: K, payload: JobPayloads[K], options: JobsOptions = {}): Promise<void> {
    await this.queues[QUEUE_OF_JOB[name]].add(name, payload, { ...DEFAULTS, ...options });
  }

  /** Many jobs of one name in one Redis round trip. */
  async enqueueMany<K extends JobName>(name: K, payloads: JobPayloads[K][], options: JobsOptions = {}): Promise<void> {
    if (!payloads.length) return;
    await this.queues[QUEUE_OF_JOB[name]].addBulk(
      payloads.map((data) => ({ name, data, opts: { ...DEFAULTS, ...options } })),
    );
  }

  /** Enqueues without failing the caller when Redis is down: the sweeper finds the work again from PostgreSQL. */
  async tryEnqueue<K extends JobName>(name: K, payload: JobPayloads[K], options: JobsOptions = {}): Promise<boolean> {
    try {
      await Promise.race([
        this.enqueue(name, payload, options),
        new Promise((_, reject) => setTimeout(() => reject(new Error('queue timeout')), 2000)),
      ]);
      return true;
    } catch {
      return false;
    }
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }
}
