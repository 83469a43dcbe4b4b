export * from './environment';
export * from './config.module';
export * from './logging';
export * from './redis-cluster';
