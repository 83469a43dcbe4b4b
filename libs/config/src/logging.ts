import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { Logger, LogFn } from 'pino';
import PinoPretty from 'pino-pretty';
import type { Environment } from './environment';

type LoggingSettings = Pick<Environment, 'LOG_LEVEL' | 'NODE_ENV'>;

/**
 * Nest's own start-up lines (a line per module initialised and per route mapped: about 240 per start of the API and
 * the worker) go to `debug`: they say nothing a person needs unless start-up itself is the question.
 */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);

function demoteStartUpLines(this: Logger, args: Parameters<LogFn>, method: LogFn, level: number): void {
  const first: unknown = args[0];
  const context = first && typeof first === 'object' ? (first as { context?: unknown }).context : undefined;
  if (level === this.levels.values.info && typeof context === 'string' && START_UP_CONTEXTS.has(context))
    return this.debug(...args);
  return method.apply(this, args);
}

/**
 * The loggers of the API and the worker. Production (and tests) write JSON lines, one object per line, every HTTP line
 * with a request id (taken from X-Request-Id or made up). Development (`npm start`) prints the same records as
 * readable lines. Either way a request or a job that went well is logged at `debug` (hidden at the default `info`:
 * `LOG_LEVEL=debug` shows them), and so is Nest's start-up chatter; a failed request at `error`, a failed job attempt
 * at `warn`.
 */
export function loggerOptions(app: 'api' | 'worker', env: LoggingSettings): Params {
  const readable = env.NODE_ENV === 'development';
  const options: Options = {
    level: env.LOG_LEVEL,
    base: { app },
    hooks: { logMethod: demoteStartUpLines },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && given.length <= 100 ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/v1/health' },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
      err || res.statusCode >= 500 ? 'error' : 'debug',
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }), // not every security header on every line
    },
    ...(readable
      ? {
          customSuccessMessage: (req: IncomingMessage, res: ServerResponse, ms: number) =>
            `${req.method} ${req.url} ${res.statusCode} ${Math.round(ms)} ms`,
          customErrorMessage: (req: IncomingMessage, res: ServerResponse, err: Error) =>
            `${req.method} ${req.url} ${res.statusCode}: ${err.message}`,
        }
      : {}),
  };
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: readable ? [options, readableLines()] : options,
  };
}

/**
 * pino-pretty as a stream in this process (not a transport thread): a line is written before the next statement
 * runs, so nothing is lost when the process exits, and the compiled apps need nothing beside them to find it.
 */
function readableLines() {
  return PinoPretty({
    sync: true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,app,context,req,res,responseTime',
    messageFormat: '{app} {if context}[{context}] {end}{msg}',
  });
}
