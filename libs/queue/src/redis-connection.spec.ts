import 'reflect-metadata';
import { validateEnvironment } from '@app/config';
import Redis, { Cluster } from 'ioredis';
import { createRedisClient, queuePrefix, storeKeyPrefix } from './redis-connection';

describe('Redis keys on one server and on a cluster (issue 20)', () => {
  const single = validateEnvironment({ QUEUE_PREFIX: 'mkt' });
  const cluster = validateEnvironment({ QUEUE_PREFIX: 'mkt', REDIS_CLUSTER_NODES: '10.0.0.1:6379, 10.0.0.2:6380' });

  it('keeps the prefixes of a single Redis as they were, so queued jobs are found after an upgrade', () => {
    expect(queuePrefix(single, 'matching')).toBe('mkt');
    expect(storeKeyPrefix(single)).toBe('mkt:');
  });

  it('hash-tags each queue on a cluster, and puts the counters under one tag', () => {
    expect(queuePrefix(cluster, 'matching')).toBe('{mkt:matching}');
    expect(queuePrefix(cluster, 'reminders')).toBe('{mkt:reminders}');
    expect(storeKeyPrefix(cluster)).toBe('{mkt}:');
  });

  it('opens a Cluster client with the seeds and REDIS_URL credentials, or a plain client', () => {
    const env = validateEnvironment({
      REDIS_URL: 'redis://app:s%40cret@127.0.0.1:6379',
      REDIS_CLUSTER_NODES: '10.0.0.1:6379,10.0.0.2:6379',
    });
    const client = createRedisClient(env, { keyPrefix: '{mkt}:', lazyConnect: true }) as Cluster;
    expect(client).toBeInstanceOf(Cluster);
    expect(client.options.keyPrefix).toBe('{mkt}:');
    expect(client.options.redisOptions).toMatchObject({ username: 'app', password: 's@cret' });
    client.disconnect();
    const plain = createRedisClient(single, { lazyConnect: true });
    expect(plain).toBeInstanceOf(Redis);
    plain.disconnect();
  });
});
