import { Environment } from '@app/config';
import { DomainError } from '@app/common';
import { RedisStore } from '@app/queue/redis.provider';
import { Injectable } from '@nestjs/common';

/** Locks an account identifier for a while after repeated failed sign-ins. */
@Injectable()
export class LoginThrottle {
  constructor(private readonly redis: RedisStore, private readonly env: Environment) {}

  private key(identifier: string) {
    return `login-failures:${identifier.toLowerCase()}`;
  }

  async assertAllowed(identifier: string): Promise<void> {
    const failures = Number(await this.redis.client.get(this.key(identifier)).catch(() => 0));
    if (failures >= this.env.LOGIN_MAX_FAILURES) {
      const ttl = await this.redis.client.ttl(this.key(identifier)).catch(() => this.env.LOGIN_LOCK_S);
      throw new DomainError('LOGIN_LOCKED', { seconds: Math.max(ttl, 1) });
    }
  }

  async recordFailure(identifier: string): Promise<void> {
    const key = this.key(identifier);
    await this.redis.client.multi().incr(key).expire(key, this.env.LOGIN_LOCK_S).exec().catch(() => undefined);
  }

  async reset(identifier: string): Promise<void> {
    await this.redis.client.del(this.key(identifier)).catch(() => undefined);
  }
}
