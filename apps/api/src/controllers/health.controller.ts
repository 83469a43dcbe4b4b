import { Access, Actor, CurrentActor } from '@app/identity';
import { JobDispatcher, QueueName, RedisStore } from '@app/queue';
import { SearchClient } from '@app/search';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';

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

  /** Everyone sees whether each server is up; queue and worker counts (and error messages) are for platform admins. */
  @Get()
  @Access('public')
  @HealthCheck()
  async check(@CurrentActor() actor: Actor | null) {
    const result = await this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      () => this.probe('redis', async () => ({ ok: (await this.redis.client.ping()) === 'PONG' })),
      () => this.probe('meilisearch', async () => ({ ok: await this.search.isHealthy() })),
      () =>
        this.probe('queue', async () => {
          const counts = await this.jobs
            .queue(QueueName.Matching)
            .getJobCounts('waiting', 'active', 'delayed', 'failed');
          const workers = await this.jobs.queue(QueueName.Matching).getWorkersCount();
          return { ok: true, workers, ...counts };
        }),
    ]);
    return actor?.isAdmin ? result : statusesOnly(result);
  }

  private async probe(key: string, run: () => Promise<{ ok: boolean } & Record<string, unknown>>) {
    const indicator = this.indicator.check(key);
    try {
      const { ok, ...details } = await Promise.race([
        run(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      return ok ? indicator.up(details) : indicator.down(details);
    } catch (err) {
      return indicator.down({ message: err instanceof Error ? err.message : String(err) });
    }
  }
}

type Statuses = Partial<Record<string, { status: string }>> | undefined;

function statusesOnly(result: HealthCheckResult): HealthCheckResult {
  const strip = (part: Statuses) =>
    part && Object.fromEntries(Object.entries(part).map(([key, value]) => [key, { status: value?.status }]));
  return {
    ...result,
    info: strip(result.info),
    error: strip(result.error),
    details: strip(result.details)!,
  } as HealthCheckResult;
}
