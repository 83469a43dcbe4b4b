import type Redis from 'ioredis';

export interface ThrottleKeys { pair: string; address: string; addressBlock: string; addressStrikes: string }
export interface ThrottleLimits { perPair: number; perAddress: number; windowS: number; maxBlockS: number }
export interface ThrottleVerdict { allowed: boolean; retryAfterS: number }

/** How long an address stays blocked after tripping its limit for the n-th time within a day. */
const blockSeconds = (strikes: number, limits: ThrottleLimits) => Math.min(limits.windowS * 2 ** (strikes - 1), limits.maxBlockS);
const STRIKE_MEMORY_S = 24 * 3600;

/**
 * The counters behind sign-in throttling, with one algorithm and two homes: Redis (shared by every API process, one
 * Lua script per attempt so the check and the count are one step) and this process's memory (when Redis is down).
 */
export abstract class ThrottleCounters {
  abstract take(keys: ThrottleKeys, limits: ThrottleLimits): Promise<ThrottleVerdict>;
  abstract release(keys: ThrottleKeys): Promise<void>;

  static redis(client: Redis): ThrottleCounters {
    return new RedisCounters(client);
  }

  static inMemory(): ThrottleCounters {
    return new MemoryCounters();
  }
}

const TAKE = `
local blocked = redis.call('TTL', KEYS[3])
if blocked > 0 then return {0, blocked} end
local pair = redis.call('INCR', KEYS[1])
if pair == 1 then redis.call('EXPIRE', KEYS[1], ARGV[3]) end
if pair > tonumber(ARGV[1]) then return {0, redis.call('TTL', KEYS[1])} end
local address = redis.call('INCR', KEYS[2])
if address == 1 then redis.call('EXPIRE', KEYS[2], ARGV[3]) end
if address > tonumber(ARGV[2]) then
  local strikes = redis.call('INCR', KEYS[4])
  redis.call('EXPIRE', KEYS[4], ARGV[5])
  local block = math.min(tonumber(ARGV[3]) * 2 ^ (strikes - 1), tonumber(ARGV[4]))
  redis.call('SET', KEYS[3], '1', 'EX', block)
  redis.call('DEL', KEYS[2])
  return {0, block}
end
return {1, 0}`;

const RELEASE = `
redis.call('DEL', KEYS[1])
if redis.call('DECR', KEYS[2]) <= 0 then redis.call('DEL', KEYS[2]) end
return 1`;

class RedisCounters extends ThrottleCounters {
  constructor(private readonly client: Redis) {
    super();
  }

  async take(keys: ThrottleKeys, limits: ThrottleLimits): Promise<ThrottleVerdict> {
    const [allowed, retryAfterS] = await this.client.eval(
      TAKE, 4, keys.pair, keys.address, keys.addressBlock, keys.addressStrikes,
      limits.perPair, limits.perAddress, limits.windowS, limits.maxBlockS, STRIKE_MEMORY_S,
    ) as [number, number];
    return { allowed: allowed === 1, retryAfterS };
  }

  async release(keys: ThrottleKeys): Promise<void> {
    await this.client.eval(RELEASE, 2, keys.pair, keys.address);
  }
}

/** The same algorithm in one process; synchronous steps, so each take is atomic here too. */
class MemoryCounters extends ThrottleCounters {
  private readonly entries = new Map<string, { value: number; expiresAt: number }>();

  async take(keys: ThrottleKeys, limits: ThrottleLimits): Promise<ThrottleVerdict> {
    this.forgetExpired();
    const blocked = this.ttl(keys.addressBlock);
    if (blocked > 0) return { allowed: false, retryAfterS: blocked };
    if (this.incr(keys.pair, limits.windowS) > limits.perPair) return { allowed: false, retryAfterS: this.ttl(keys.pair) };
    if (this.incr(keys.address, limits.windowS) > limits.perAddress) {
      const block = blockSeconds(this.incr(keys.addressStrikes, STRIKE_MEMORY_S), limits);
      this.entries.set(keys.addressBlock, { value: 1, expiresAt: Date.now() + block * 1000 });
      this.entries.delete(keys.address);
      return { allowed: false, retryAfterS: block };
    }
    return { allowed: true, retryAfterS: 0 };
  }

  async release(keys: ThrottleKeys): Promise<void> {
    this.entries.delete(keys.pair);
    const address = this.entries.get(keys.address);
    if (address && --address.value <= 0) this.entries.delete(keys.address);
  }

  private incr(key: string, ttlS: number): number {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > Date.now()) return ++entry.value;
    this.entries.set(key, { value: 1, expiresAt: Date.now() + ttlS * 1000 });
    return 1;
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
