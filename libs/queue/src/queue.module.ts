import { Environment } from '@app/config';
import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { JobDispatcher } from './job-dispatcher';
import { RedisStore } from './redis.provider';
import { ALL_QUEUES } from './jobs';

export function redisConnection(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    maxRetriesPerRequest: null,
  };
}

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({ connection: redisConnection(env.REDIS_URL), prefix: env.QUEUE_PREFIX }),
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  providers: [JobDispatcher, RedisStore],
  exports: [JobDispatcher, RedisStore, BullModule],
})
export class QueueModule {}
