import { Environment } from '@app/config';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';

/** A plain Redis connection for counters (rate limits), with this deployment's key prefix. */
@Injectable()
export class RedisStore implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(@Inject(Environment) env: Environment) {
    this.client = new Redis(env.REDIS_URL, {
      keyPrefix: `${env.QUEUE_PREFIX}:`,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: false,
    });
    this.client.on('error', () => undefined); // surfaced by health checks and callers
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }
}
