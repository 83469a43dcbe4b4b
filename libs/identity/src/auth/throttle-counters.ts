import type { Cluster, Redis } from 'ioredis';

/** The counters of one attempt: the pair's completed failures and attempts being checked, and its address's. */
export interface ThrottleKeys {
  failures: string;
  checking: string;
  address: string | null;
  addressBlock: string | null;
  addressStrikes: string | null;
}
export interface ThrottleLimits {
  perPair: number;
  perAddress: number;
  windowS: number;
  maxBlockS: number;
}
/** `wait`: the pair's slots are all taken by attempts still being checked; ask again once one of them is answered. */
export type ThrottleVerdict = { outcome: 'allowed' } | { outcome: 'wait' } | { outcome: 'locked'; retryAfterS: number };

/** How long an address stays blocked after tripping its limit for the n-th time within a day. */
const blockSeconds = (strikes: number, limits: ThrottleLimits) =>
  Math.min(limits.windowS * 2 ** (strikes - 1), limits.maxBlockS);
const STRIKE_MEMORY_S = 24 * 3600;
/** An attempt being checked that never reports back (its process died) stops holding its slot after this. */
const CHECKING_TTL_S = 30;
const NO_ADDRESS = 'login:no-address';

/**
 * The counters behind sign-in throttling, with one algorithm and two homes: Redis (shared by every API process, one
 * Lua script per step so each check-and-count is atomic) and this process's memory (when Redis is down).
 * A pair (account and address) never has more attempts being checked than the failures it has left, so parallel
 * guesses cannot pass the limit; an address counts its unanswered attempts over all accounts.
 */
export abstract class ThrottleCounters {
  abstract take(keys: ThrottleKeys, limits: ThrottleLimits): Promise<ThrottleVerdict>;
  abstract failed(keys: ThrottleKeys, limits: ThrottleLimits): Promise<void>;
  abstract succeeded(keys: ThrottleKeys): Promise<void>;

  static redis(client: Redis | Cluster): ThrottleCounters {
    return new RedisCounters(client);
  }

  static inMemory(): ThrottleCounters {
    return new MemoryCounters();
  }
}

// KEYS: failures, checking, address, addressBlock, addressStrikes; ARGV[7] is 1 when the attempt has an address
// (internal callers have none: their address keys are placeholders the scripts leave alone).
const TAKE = `
local counted = ARGV[7] == '1'
if counted then
  local blocked = redis.call('TTL', KEYS[4])
  if blocked > 0 then return {0, blocked} end
end
local failures = tonumber(redis.call('GET', KEYS[1]) or '0')
if failures >= tonumber(ARGV[1]) then return {0, math.max(redis.call('TTL', KEYS[1]), 1)} end
local checking = tonumber(redis.call('GET', KEYS[2]) or '0')
if failures + checking >= tonumber(ARGV[1]) then return {2, 0} end
if counted then
  local address = redis.call('INCR', KEYS[3])
  if address == 1 then redis.call('EXPIRE', KEYS[3], ARGV[3]) end
  if address > tonumber(ARGV[2]) then
    local strikes = redis.call('INCR', KEYS[5])
    redis.call('EXPIRE', KEYS[5], ARGV[5])
    local block = math.min(tonumber(ARGV[3]) * 2 ^ (strikes - 1), tonumber(ARGV[4]))
    redis.call('SET', KEYS[4], '1', 'EX', block)
    redis.call('DEL', KEYS[3])
    return {0, block}
  end
end
redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], ARGV[6])
return {1, 0}`;

const DONE_CHECKING = `
if redis.call('DECR', KEYS[1]) <= 0 then redis.call('DEL', KEYS[1]) end`;

const FAILED = `${DONE_CHECKING}
if redis.call('INCR', KEYS[2]) == 1 then redis.call('EXPIRE', KEYS[2], ARGV[1]) end
return 1`;

const SUCCEEDED = `${DONE_CHECKING}
redis.call('DEL', KEYS[2])
if ARGV[1] == '1' and redis.call('DECR', KEYS[3]) <= 0 then redis.call('DEL', KEYS[3]) end
return 1`;

class RedisCounters extends ThrottleCounters {
  constructor(private readonly client: Redis | Cluster) {
    super();
  }

  async take(keys: ThrottleKeys, limits: ThrottleLimits): Promise<ThrottleVerdict> {
    const [code, retryAfterS] = (await this.client.eval(
      TAKE,
      5,
      keys.failures,
      keys.checking,
      keys.address ?? NO_ADDRESS,
      keys.addressBlock ?? NO_ADDRESS,
      keys.addressStrikes ?? NO_ADDRESS,
      limits.perPair,
      limits.perAddress,
      limits.windowS,
      limits.maxBlockS,
      STRIKE_MEMORY_S,
      CHECKING_TTL_S,
      keys.address ? 1 : 0,
    )) as [number, number];
    if (code === 1) return { outcome: 'allowed' };
    return code === 2 ? { outcome: 'wait' } : { outcome: 'locked', retryAfterS };
  }

  async failed(keys: ThrottleKeys, limits: ThrottleLimits): Promise<void> {
    await this.client.eval(FAILED, 2, keys.checking, keys.failures, limits.windowS);
  }

  async succeeded(keys: ThrottleKeys): Promise<void> {
    await this.client.eval(
      SUCCEEDED,
      3,
      keys.checking,
      keys.failures,
      keys.address ?? NO_ADDRESS,
      keys.address ? 1 : 0,
    );
  }
}

/** The same algorithm in one process; each step runs without awaiting, so it is atomic here too. */
class MemoryCounters extends ThrottleCounters {
  private readonly entries = new Map<string, { value: number; expiresAt: number }>();

  async take(keys: ThrottleKeys, limits: ThrottleLimits): Promise<ThrottleVerdict> {
    this.forgetExpired();
    const blocked = keys.addressBlock ? this.ttl(keys.addressBlock) : 0;
    if (blocked > 0) return { outcome: 'locked', retryAfterS: blocked };
    const failures = this.get(keys.failures);
    if (failures >= limits.perPair) return { outcome: 'locked', retryAfterS: Math.max(this.ttl(keys.failures), 1) };
    if (failures + this.get(keys.checking) >= limits.perPair) return { outcome: 'wait' };
    if (keys.address && this.incr(keys.address, limits.windowS) > limits.perAddress) {
      const block = blockSeconds(this.incr(keys.addressStrikes!, STRIKE_MEMORY_S), limits);
      this.entries.set(keys.addressBlock!, { value: 1, expiresAt: Date.now() + block * 1000 });
      this.entries.delete(keys.address);
      return { outcome: 'locked', retryAfterS: block };
    }
    this.incr(keys.checking, CHECKING_TTL_S, true);
    return { outcome: 'allowed' };
  }

  async failed(keys: ThrottleKeys, limits: ThrottleLimits): Promise<void> {
    this.decr(keys.checking);
    this.incr(keys.failures, limits.windowS);
  }

  async succeeded(keys: ThrottleKeys): Promise<void> {
    this.decr(keys.checking);
    this.entries.delete(keys.failures);
    if (keys.address) this.decr(keys.address);
  }

  private get(key: string): number {
    const entry = this.entries.get(key);
    return entry && entry.expiresAt > Date.now() ? entry.value : 0;
  }

  private incr(key: string, ttlS: number, refreshTtl = false): number {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > Date.now()) {
      if (refreshTtl) entry.expiresAt = Date.now() + ttlS * 1000;
      return ++entry.value;
    }
    this.entries.set(key, { value: 1, expiresAt: Date.now() + ttlS * 1000 });
    return 1;
  }

  private decr(key: string): void {
    const entry = this.entries.get(key);
    if (entry && --entry.value <= 0) this.entries.delete(key);
  }

  private ttl(key: string): number {
    const entry = this.entries.get(key);
    return entry && entry.expiresAt > Date.now() ? Math.ceil((entry.expiresAt - Date.now()) / 1000) : 0;
  }

  private forgetExpired(): void {
    if (this.entries.size < 10_000) return;
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}
