import { Environment } from '@app/config';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createRedisClient, RedisClient, storeKeyPrefix } from './redis-connection';

/** A plain Redis connection (or cluster client) for counters (rate limits), with this deployment's key prefix. */
@Injectable()
export class RedisStore implements OnApplicationShutdown {
  readonly client: RedisClient;

  constructor(@Inject(Environment) env: Environment) {
    this.client = createRedisClient(env, {
      keyPrefix: storeKeyPrefix(env),
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
