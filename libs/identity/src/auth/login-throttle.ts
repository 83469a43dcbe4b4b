import { Environment } from '@app/config';
import { DomainError } from '@app/common';
import { RedisStore } from '@app/queue';
import { Injectable, Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { ThrottleCounters, ThrottleKeys, ThrottleLimits } from './throttle-counters';

/** One sign-in attempt: the account identifier (lower-cased) and the client's address (none for internal callers). */
export interface LoginAttempt {
  account: string;
  address?: string;
}

/** How often an attempt waiting for a slot asks again, and for how long at most. */
const WAIT_POLL_MS = 20;
const WAIT_MAX_MS = 10_000;

/**
 * Sign-in throttling. Every attempt takes a slot atomically before the password is checked, and a pair (account and
 * client address) never has more slots than the failures it has left (LOGIN_MAX_FAILURES within LOGIN_LOCK_S): parallel
 * guesses cannot pass the limit, and parallel correct sign-ins wait for a slot instead of being refused. Someone
 * guessing from elsewhere cannot lock the owner out. An address may leave at most LOGIN_MAX_PER_ADDRESS attempts
 * unanswered over all accounts; then it is blocked, twice as long on each further trip. When Redis does not answer,
 * the same counters run in this process instead of letting every attempt through.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly local = ThrottleCounters.inMemory();
  private readonly shared: ThrottleCounters;

  constructor(
    redis: RedisStore,
    private readonly env: Environment,
  ) {
    this.shared = ThrottleCounters.redis(redis.client);
  }

  /** Takes a slot, or refuses the attempt with LOGIN_LOCKED (and the seconds to wait) without checking the password. */
  async begin(attempt: LoginAttempt): Promise<void> {
    const keys = keysOf(attempt);
    for (const started = Date.now(); ;) {
      const verdict = await this.counters((c) => c.take(keys, this.limits()));
      if (verdict.outcome === 'allowed') return;
      if (verdict.outcome === 'locked')
        throw new DomainError('LOGIN_LOCKED', { seconds: Math.max(verdict.retryAfterS, 1) });
      if (Date.now() - started > WAIT_MAX_MS) throw new DomainError('LOGIN_LOCKED', { seconds: 1 });
      await sleep(WAIT_POLL_MS);
    }
  }

  /** A wrong password: the slot becomes a failure. */
  async failed(attempt: LoginAttempt): Promise<void> {
    await this.counters((c) => c.failed(keysOf(attempt), this.limits()));
  }

  /** A correct password: the pair's failures are forgotten and the address gets its attempt back. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.counters((c) => c.succeeded(keysOf(attempt)));
  }

  private limits(): ThrottleLimits {
    return {
      perPair: this.env.LOGIN_MAX_FAILURES,
      perAddress: this.env.LOGIN_MAX_PER_ADDRESS,
      windowS: this.env.LOGIN_LOCK_S,
      maxBlockS: this.env.LOGIN_MAX_BLOCK_S,
    };
  }

  private async counters<T>(work: (c: ThrottleCounters) => Promise<T>): Promise<T> {
    try {
      return await work(this.shared);
    } catch (err) {
      this.logger.warn(
        { err: err instanceof Error ? err.message : String(err) },
        'Redis did not answer: sign-in attempts are counted in this process',
      );
      return work(this.local);
    }
  }
}

function keysOf({ account, address }: LoginAttempt): ThrottleKeys {
  const pair = `${address ?? 'internal'}:${account.toLowerCase()}`;
  return {
    failures: `login:failures:${pair}`,
    checking: `login:checking:${pair}`,
    address: address ? `login:address:${address}` : null,
    addressBlock: address ? `login:address-block:${address}` : null,
    addressStrikes: address ? `login:address-strikes:${address}` : null,
  };
}
