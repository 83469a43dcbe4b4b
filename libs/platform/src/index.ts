export * from './platform-schema';
