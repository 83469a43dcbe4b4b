import { DEFAULT_URLS } from '../../scripts/stack/local-servers';

/** Each run gets its own database, Redis prefix and index prefix on the shared servers. */
export function baseUrls() {
  return {
    DATABASE_URL: process.env.DATABASE_URL ?? DEFAULT_URLS.DATABASE_URL,
    REDIS_URL: process.env.REDIS_URL ?? DEFAULT_URLS.REDIS_URL,
    MEILI_URL: process.env.MEILI_URL ?? DEFAULT_URLS.MEILI_URL,
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
