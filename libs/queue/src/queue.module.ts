import { Environment } from '@app/config';
import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { JobDispatcher } from './job-dispatcher';
import { QueueConnection, QueueConnectionModule } from './queue-connection';
import { RedisStore } from './redis.provider';
import { queuePrefix } from './redis-connection';
import { ALL_QUEUES } from './jobs';

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      imports: [QueueConnectionModule],
      inject: [QueueConnection],
      useFactory: (queues: QueueConnection) => ({ connection: queues.connection }),
    }),
    BullModule.registerQueueAsync(
      ...ALL_QUEUES.map((name) => ({
        name,
        inject: [Environment],
        useFactory: (env: Environment) => ({ prefix: queuePrefix(env, name) }),
      })),
    ),
  ],
  providers: [JobDispatcher, RedisStore],
  exports: [JobDispatcher, RedisStore, BullModule],
})
export class QueueModule {}
