import { Writable } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino from 'pino';
import type { Options } from 'pino-http';
import { loggerOptions } from './logging';

/** A pino logger built from the app's options, writing into an array of parsed lines. */
function capture(level: string) {
  const lines: { level: number; msg: string; context?: string }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as (typeof lines)[number]);
      done();
    },
  });
  const options = loggerOptions('api', { LOG_LEVEL: level, NODE_ENV: 'production' }).pinoHttp as Options;
  return { lines, logger: pino({ level: options.level, hooks: options.hooks }, sink), options };
}

describe('loggerOptions (issue 18: readable logs for people)', () => {
  it('writes JSON in production and in tests, readable lines through pino-pretty in development', () => {
    expect(Array.isArray(loggerOptions('api', { LOG_LEVEL: 'info', NODE_ENV: 'production' }).pinoHttp)).toBe(false);
    expect(Array.isArray(loggerOptions('worker', { LOG_LEVEL: 'info', NODE_ENV: 'test' }).pinoHttp)).toBe(false);
    const [options, stream] = loggerOptions('api', { LOG_LEVEL: 'info', NODE_ENV: 'development' }).pinoHttp as [
      Options,
      { write: unknown },
    ];
    expect(options.level).toBe('info');
    expect(typeof stream.write).toBe('function');
  });

  it('logs a request that went well at debug, a server error at error', () => {
    const { options } = capture('info');
    const level = (status: number, err?: Error) =>
      options.customLogLevel!({} as IncomingMessage, { statusCode: status } as ServerResponse, err);
    expect([level(200), level(404), level(500), level(200, new Error('x'))]).toEqual([
      'debug',
      'debug',
      'error',
      'error',
    ]);
  });

  it("moves Nest's start-up lines to debug and keeps the others where they were", () => {
    const atInfo = capture('info');
    atInfo.logger.info({ context: 'InstanceLoader' }, 'AppModule dependencies initialized');
    atInfo.logger.info({ context: 'RouterExplorer' }, 'Mapped {/api/v1/ping, GET} route');
    atInfo.logger.info({ context: 'NestApplication' }, 'Nest application successfully started');
    atInfo.logger.warn({ context: 'InstanceLoader' }, 'a warning stays a warning');
    expect(atInfo.lines.map((l) => l.msg)).toEqual([
      'Nest application successfully started',
      'a warning stays a warning',
    ]);

    const atDebug = capture('debug');
    atDebug.logger.info({ context: 'RoutesResolver' }, 'PingController {/api/v1/ping}:');
    expect(atDebug.lines).toEqual([expect.objectContaining({ level: 20, context: 'RoutesResolver' })]);
  });
});
