import { Environment } from '@app/config';
import { WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { Cluster } from 'ioredis';
import { createRedisClient, isRedisCluster, redisConnection } from './redis-connection';

/**
 * The connection BullMQ's queues and workers use. For one Redis, connection options: each queue and worker opens and
 * closes its own. For a cluster, BullMQ needs a client instance; one Cluster is shared by this process's queues and
 * workers (each worker duplicates it for its blocking reads), so it is closed here, after every worker and queue.
 */
@Injectable()
export class QueueConnection implements OnApplicationShutdown {
  private readonly cluster: Cluster | null;

  constructor(
    @Inject(Environment) private readonly env: Environment,
    private readonly discovery: DiscoveryService,
  ) {
    this.cluster = isRedisCluster(env)
      ? (createRedisClient(env, { maxRetriesPerRequest: null }, { lazyConnect: false }) as Cluster)
      : null;
    this.cluster?.on('error', () => undefined); // each queue and worker reports its own connection errors
  }

  get connection() {
    return this.cluster ?? redisConnection(this.env.REDIS_URL);
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.cluster) return;
    const hosts = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost);
    // Closing twice is harmless: BullMQ returns the first close's promise.
    await Promise.all(hosts.map(async (host) => workerOf(host)?.close()));
    await this.cluster.quit().catch(() => this.cluster?.disconnect());
  }
}

function workerOf(host: WorkerHost) {
  try {
    return host.worker;
  } catch {
    return null; // a processor whose worker was never started
  }
}

@Module({
  imports: [DiscoveryModule],
  providers: [QueueConnection],
  exports: [QueueConnection],
})
export class QueueConnectionModule {}
