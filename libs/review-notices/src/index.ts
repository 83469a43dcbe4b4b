export * from './review-notices.module';
export * from './review-notices.service';
