import { plainToInstance, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidationOptions,
  validateSync,
} from 'class-validator';
import { parseRedisClusterNodes, RedisClusterNode } from './redis-cluster';

/** The development signing key: public (it is in the repository), so production refuses it. */
export const DEV_JWT_SECRET = 'dev-only-secret-change-me-please';
/** HS256 wants a key at least as long as its output. */
export const MIN_PRODUCTION_SECRET_BYTES = 32;

/** Every setting the apps read, validated once at boot. Defaults suit the local stack started by `npm start`. */
export class Environment {
  @IsString() DATABASE_URL = 'postgres://marketplace:marketplace@127.0.0.1:54329/marketplace';
  /** A streaming replica for reads that tolerate a little staleness (match lists, reports); unset: all reads on DATABASE_URL. */
  @IsOptional() @IsString() DATABASE_REPLICA_URL?: string;
  @IsString() REDIS_URL = 'redis://127.0.0.1:63799';
  /**
   * A Redis Cluster instead of one Redis: comma-separated `host:port` seeds, e.g. `10.0.0.1:6379,10.0.0.2:6379`. Then
   * REDIS_URL gives only the user name and password (if any). Queue keys are hash-tagged per queue (docs/scaling.md).
   */
  @IsOptional() @IsRedisClusterNodes() REDIS_CLUSTER_NODES?: string;
  @IsUrl({ require_tld: false }) MEILI_URL = 'http://127.0.0.1:7719';
  @IsOptional() @IsString() MEILI_MASTER_KEY?: string;

  /** Prefixes keep several stacks (or test runs) apart on shared servers. */
  @IsString() QUEUE_PREFIX = 'mkt';
  @IsString() INDEX_PREFIX = 'mkt';

  @Type(() => Number) @IsInt() @Min(1) @Max(65535) PORT = 3000;
  @IsString() @MinLength(16) JWT_SECRET = DEV_JWT_SECRET;
  @Type(() => Number) @IsInt() @Min(60) JWT_ACCESS_TTL_S = 900;
  @Type(() => Number) @IsInt() @Min(60) JWT_REFRESH_TTL_S = 30 * 24 * 3600;
  @Type(() => Number) @IsInt() @Min(1) LOGIN_MAX_FAILURES = 5;
  @Type(() => Number) @IsInt() @Min(1) LOGIN_LOCK_S = 900;
  /** Unanswered sign-in attempts per client address over all accounts within LOGIN_LOCK_S; then the address is blocked, twice as long each time. */
  @Type(() => Number) @IsInt() @Min(1) LOGIN_MAX_PER_ADDRESS = 50;
  @Type(() => Number) @IsInt() @Min(1) LOGIN_MAX_BLOCK_S = 24 * 3600;
  /** Express "trust proxy": set it (e.g. 1, or the proxy's address) when the API sits behind a reverse proxy, so client addresses are real. */
  @IsOptional() @IsString() TRUST_PROXY?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL = 'info';
  @IsIn(['development', 'production', 'test']) NODE_ENV = 'development';
  /** The OpenAPI UI and document at /api/docs: served outside production, and in production only when set to true. */
  @IsOptional() @IsIn(['true', 'false']) API_DOCS?: 'true' | 'false';
  /** Worker concurrency per queue. */
  @Type(() => Number) @IsInt() @Min(1) WORKER_CONCURRENCY = 4;

  /** Outgoing mail server, e.g. smtp://user:pass@mail.example.cn:587; without it notifications stay in the in-app inbox. */
  @IsOptional() @IsString() SMTP_URL?: string;
  @IsString() MAIL_FROM = '科技供需对接平台 <noreply@marketplace.local>';
  /** Where users reach the web console; links in e-mails (e.g. a saved search's unsubscribe link) start with it. */
  @IsUrl({ require_tld: false }) PUBLIC_URL = 'http://127.0.0.1:3000';
}

function IsRedisClusterNodes(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRedisClusterNodes',
      validator: {
        validate: (value) => value === '' || (typeof value === 'string' && parseRedisClusterNodes(value) !== null),
        defaultMessage: () => 'must be comma-separated host:port pairs, e.g. 10.0.0.1:6379,10.0.0.2:6379',
      },
    },
    options,
  );
}

/** The cluster's seed nodes, or null for a single Redis (REDIS_URL). */
export function redisClusterNodes(env: Pick<Environment, 'REDIS_CLUSTER_NODES'>): RedisClusterNode[] | null {
  return env.REDIS_CLUSTER_NODES ? parseRedisClusterNodes(env.REDIS_CLUSTER_NODES) : null;
}

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true, enableImplicitConversion: false });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const unsafe = productionProblems(env);
  if (unsafe.length) throw new Error(`Refusing to start in production:\n${unsafe.map((l) => `  ${l}`).join('\n')}`);
  return env;
}

export const serveApiDocs = (env: Environment) =>
  env.API_DOCS ? env.API_DOCS === 'true' : env.NODE_ENV !== 'production';

/** Settings that are fine on a developer's machine and dangerous in production. */
function productionProblems(env: Environment): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (env.JWT_SECRET === DEV_JWT_SECRET)
    problems.push('JWT_SECRET: set a secret of your own (the default is public); e.g. `openssl rand -base64 48`');
  else if (Buffer.byteLength(env.JWT_SECRET, 'utf8') < MIN_PRODUCTION_SECRET_BYTES)
    problems.push(`JWT_SECRET: must be at least ${MIN_PRODUCTION_SECRET_BYTES} bytes`);
  return problems;
}
