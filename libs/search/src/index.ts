export * from './entities/outbox-event.entity';
export * from './outbox';
export * from './search-client';
export * from './search-indexes';
export * from './search-query.service';
export * from './search-sync.service';
export * from './search.module';
export * from './search-documents';
