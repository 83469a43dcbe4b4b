import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

/** Every setting the apps read, validated once at boot. Defaults suit the local stack started by `npm start`. */
export class Environment {
  @IsString() DATABASE_URL = 'postgres://marketplace:marketplace@127.0.0.1:54329/marketplace';
  @IsString() REDIS_URL = 'redis://127.0.0.1:63799';
  @IsUrl({ require_tld: false }) MEILI_URL = 'http://127.0.0.1:7719';
  @IsOptional() @IsString() MEILI_MASTER_KEY?: string;

  /** Prefixes keep several stacks (or test runs) apart on shared servers. */
  @IsString() QUEUE_PREFIX = 'mkt';
  @IsString() INDEX_PREFIX = 'mkt';

  @Type(() => Number) @IsInt() @Min(1) @Max(65535) PORT = 3000;
  @IsString() @MinLength(16) JWT_SECRET = 'dev-only-secret-change-me-please';
  @Type(() => Number) @IsInt() @Min(60) JWT_ACCESS_TTL_S = 900;
  @Type(() => Number) @IsInt() @Min(60) JWT_REFRESH_TTL_S = 30 * 24 * 3600;
  @Type(() => Number) @IsInt() @Min(1) LOGIN_MAX_FAILURES = 5;
  @Type(() => Number) @IsInt() @Min(1) LOGIN_LOCK_S = 900;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL = 'info';
  @IsIn(['development', 'production', 'test']) NODE_ENV = 'development';
  /** Worker concurrency per queue. */
  @Type(() => Number) @IsInt() @Min(1) WORKER_CONCURRENCY = 4;

  /** Outgoing mail server, e.g. smtp://user:pass@mail.example.cn:587; without it notifications stay in the in-app inbox. */
  @IsOptional() @IsString() SMTP_URL?: string;
  @IsString() MAIL_FROM = '科技供需对接平台 <noreply@marketplace.local>';
}

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true, enableImplicitConversion: false });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return env;
}
