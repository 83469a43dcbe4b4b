/** Load generation against 127.0.0.1 only, bounded in time: a keep-alive latency loop and autocannon runs. */
import http from 'node:http';
import autocannon from 'autocannon';

export interface RequestSpec {
  url: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
}
export interface Latency {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const k = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[k];
}

export const round = (x: number, digits = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);

function assertLoopback(url: string) {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host))
    throw new Error(`load generation is for loopback only, not ${host}`);
}

/** One request over the agent; resolves with the status code after the body is read. */
function send(agent: http.Agent, spec: RequestSpec): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = spec.body ? Buffer.from(spec.body) : undefined;
    const headers = {
      ...(spec.headers ?? {}),
      ...(body ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {}),
    };
    const req = http.request(spec.url, { method: spec.method ?? 'GET', agent, headers, timeout: 30000 }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.end(body);
  });
}

/**
 * `concurrency` loops, each sending the specs in turn (each loop starts at a different offset) for
 * `durationMs` after a short warm-up, over one keep-alive agent; latency is measured with hrtime.
 */
export async function latencyRun(
  specs: RequestSpec[],
  concurrency: number,
  durationMs: number,
  warmupMs = 500,
): Promise<Latency> {
  specs.forEach((s) => assertLoopback(s.url));
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const samples: number[] = [];
  let errors = 0;
  const startAt = Date.now();
  const measureFrom = startAt + warmupMs,
    endAt = measureFrom + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, loop) => {
      for (let k = loop * 7; Date.now() < endAt; k++) {
        const started = process.hrtime.bigint();
        const status = await send(agent, specs[k % specs.length]).catch(() => 0);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (Date.now() < measureFrom) continue;
        if (status >= 200 && status < 300) samples.push(ms);
        else errors++;
      }
    }),
  );
  agent.destroy();
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length);
  return {
    requests: samples.length,
    errors,
    rps: round(samples.length / (durationMs / 1000), 1),
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    mean: round(mean),
  };
}

export interface Throughput {
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
  p50: number;
  p99: number;
}

/** autocannon: `connections` keep-alive connections cycling through the paths for `seconds`. */
export async function autocannonRun(
  base: string,
  paths: string[],
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<Throughput> {
  assertLoopback(base);
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    headers,
    requests: paths.map((p) => ({ method: 'GET' as const, path: p })),
  });
  return {
    rps: round(result.requests.average, 1),
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}
