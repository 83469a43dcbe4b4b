export * from './errors/domain-error';
export * from './errors/validation';
export * from './i18n/language';
export * from './i18n/messages';
export * from './http/domain-error.filter';
export * from './http/validation.pipe';
export * from './server-check';
export * from './pagination';
