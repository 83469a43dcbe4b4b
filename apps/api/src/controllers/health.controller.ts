import { Access } from '@app/identity';
import { JobDispatcher, QueueName, RedisStore } from '@app/queue';
import { SearchClient } from '@app/search';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    private readonly redis: RedisStore,
    private readonly search: SearchClient,
    private readonly jobs: JobDispatcher,
  ) {}

  @Get()
  @Access('public')
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      () => this.probe('redis', async () => ({ ok: (await this.redis.client.ping()) === 'PONG' })),
      () => this.probe('meilisearch', async () => ({ ok: await this.search.isHealthy() })),
      () => this.probe('queue', async () => {
        const counts = await this.jobs.queue(QueueName.Matching).getJobCounts('waiting', 'active', 'delayed', 'failed');
        const workers = await this.jobs.queue(QueueName.Matching).getWorkersCount();
        return { ok: true, workers, ...counts };
      }),
    ]);
  }

  private async probe(key: string, run: () => Promise<{ ok: boolean } & Record<string, unknown>>) {
    const indicator = this.indicator.check(key);
    try {
      const { ok, ...details } = await Promise.race([run(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]);
      return ok ? indicator.up(details) : indicator.down(details);
    } catch (err) {
      return indicator.down({ message: (err as Error).message });
    }
  }
}
