import { Environment } from '@app/config';
import { DomainError } from '@app/common';
import { RedisStore } from '@app/queue/redis.provider';
import { Injectable, Logger } from '@nestjs/common';
import { ThrottleCounters, ThrottleKeys, ThrottleLimits, ThrottleVerdict } from './throttle-counters';

/** One sign-in attempt: the account identifier as typed (lower-cased) and the client's address. */
export interface LoginAttempt {
  account: string;
  address: string;
}

/**
 * Sign-in throttling. Every attempt is counted atomically before the password is checked, so parallel guesses cannot
 * slip past the limit: at most LOGIN_MAX_FAILURES unanswered attempts per account and client address (someone guessing
 * elsewhere cannot lock the owner out), and at most LOGIN_MAX_PER_ADDRESS per address over all accounts, with a block
 * that doubles each time the address trips it again. A successful sign-in releases its attempt. When Redis does not
 * answer, the same counters run in this process instead of letting every attempt through.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly local = ThrottleCounters.inMemory();
  private readonly shared: ThrottleCounters;

  constructor(redis: RedisStore, private readonly env: Environment) {
    this.shared = ThrottleCounters.redis(redis.client);
  }

  /** Counts the attempt, or refuses it with LOGIN_LOCKED (and the seconds to wait) without checking the password. */
  async begin(attempt: LoginAttempt): Promise<void> {
    const verdict = await this.counters((c) => c.take(keysOf(attempt), this.limits()));
    if (!verdict.allowed) throw new DomainError('LOGIN_LOCKED', { seconds: Math.max(verdict.retryAfterS, 1) });
  }

  /** A correct password: the account's attempts from this address start again, and the address gets its attempt back. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.counters((c) => c.release(keysOf(attempt)).then(() => ({ allowed: true, retryAfterS: 0 })));
  }

  private limits(): ThrottleLimits {
    return { perPair: this.env.LOGIN_MAX_FAILURES, perAddress: this.env.LOGIN_MAX_PER_ADDRESS, windowS: this.env.LOGIN_LOCK_S, maxBlockS: this.env.LOGIN_MAX_BLOCK_S };
  }

  private async counters(work: (c: ThrottleCounters) => Promise<ThrottleVerdict>): Promise<ThrottleVerdict> {
    try {
      return await work(this.shared);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'Redis did not answer: sign-in attempts are counted in this process');
      return work(this.local);
    }
  }
}

function keysOf({ account, address }: LoginAttempt): ThrottleKeys {
  const who = account.toLowerCase();
  return {
    pair: `login:pair:${address}:${who}`,
    address: `login:address:${address}`,
    addressBlock: `login:address-block:${address}`,
    addressStrikes: `login:address-strikes:${address}`,
  };
}
