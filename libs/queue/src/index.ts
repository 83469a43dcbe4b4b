export * from './jobs';
export * from './job-dispatcher';
export * from './queue.module';
export * from './redis.provider';
export * from './job-handlers';
export * from './redis-connection';
