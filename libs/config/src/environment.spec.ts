import 'reflect-metadata';
import { DEV_JWT_SECRET, redisClusterNodes, serveApiDocs, validateEnvironment } from './environment';

describe('validateEnvironment in production (issue 17)', () => {
  const production = (extra: Record<string, string>) => () => validateEnvironment({ NODE_ENV: 'production', ...extra });

  it('refuses the public development secret, also when JWT_SECRET is not set', () => {
    expect(production({})).toThrow(/JWT_SECRET: set a secret of your own/);
    expect(production({ JWT_SECRET: DEV_JWT_SECRET })).toThrow(/Refusing to start in production/);
  });

  it('refuses a secret under 32 bytes, counting bytes rather than characters', () => {
    expect(production({ JWT_SECRET: 'x'.repeat(31) })).toThrow(/at least 32 bytes/);
    expect(production({ JWT_SECRET: '密'.repeat(16) })).not.toThrow(); // 16 characters, 48 bytes in UTF-8
  });

  it('accepts a long secret in production and the default elsewhere', () => {
    expect(production({ JWT_SECRET: 'k'.repeat(48) })).not.toThrow();
    expect(() => validateEnvironment({ NODE_ENV: 'development' })).not.toThrow();
    expect(() => validateEnvironment({ NODE_ENV: 'test' })).not.toThrow();
  });
});

describe('serveApiDocs (issue 17)', () => {
  const docs = (raw: Record<string, string>) =>
    serveApiDocs(validateEnvironment({ JWT_SECRET: 'k'.repeat(48), ...raw }));

  it('serves /api/docs outside production, and in production only when API_DOCS=true', () => {
    expect(docs({ NODE_ENV: 'development' })).toBe(true);
    expect(docs({ NODE_ENV: 'test' })).toBe(true);
    expect(docs({ NODE_ENV: 'production' })).toBe(false);
    expect(docs({ NODE_ENV: 'production', API_DOCS: 'true' })).toBe(true);
    expect(docs({ NODE_ENV: 'development', API_DOCS: 'false' })).toBe(false);
  });
});

describe('REDIS_CLUSTER_NODES (issue 20)', () => {
  it('accepts host:port seeds separated by commas, and an empty value as unset', () => {
    expect(redisClusterNodes(validateEnvironment({ REDIS_CLUSTER_NODES: 'a.internal:7000, 10.0.0.2:7001' }))).toEqual([
      { host: 'a.internal', port: 7000 },
      { host: '10.0.0.2', port: 7001 },
    ]);
    expect(redisClusterNodes(validateEnvironment({ REDIS_CLUSTER_NODES: '[::1]:7000' }))).toEqual([
      { host: '::1', port: 7000 },
    ]);
    expect(redisClusterNodes(validateEnvironment({ REDIS_CLUSTER_NODES: '' }))).toBeNull();
    expect(redisClusterNodes(validateEnvironment({}))).toBeNull();
  });

  it('refuses seeds without a port, with a port out of range, or written as URLs', () => {
    for (const value of ['10.0.0.1', '10.0.0.1:70000', 'redis://10.0.0.1:7000', 'a:7000,,b'])
      expect(() => validateEnvironment({ REDIS_CLUSTER_NODES: value })).toThrow(
        /REDIS_CLUSTER_NODES: must be comma-separated host:port/,
      );
  });
});
