import http from 'node:http';
import https from 'node:https';
import { MeiliSearch } from 'meilisearch';

/**
 * The meilisearch client's default `fetch` cost ~46 ms a request here; a keep-alive agent costs 2–3 ms.
 * This adapter gives the client a keep-alive transport with the same error behaviour.
 */
export class MeiliHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    url: string,
  ) {
    super(`Meilisearch ${status} for ${url}: ${String(JSON.stringify(body) ?? '(empty body)').slice(0, 300)}`);
  }
}

/** True for Meilisearch's "not found" (no such index, document or key): the client wraps the answer's error in its own. */
export function isMeiliNotFound(err: unknown): boolean {
  for (
    let e = err as { status?: number; code?: string; cause?: unknown } | undefined, depth = 0;
    e && depth < 3;
    depth++, e = e.cause as typeof e
  ) {
    if (e.status === 404 || e.code === 'index_not_found') return true;
  }
  return false;
}

export function createMeiliClient(url: string, apiKey?: string, timeoutMs = 10000): MeiliSearch {
  return meiliClients(url, timeoutMs)(apiKey);
}

/** Clients for one server that share a keep-alive transport, each with its own key (or tenant token). */
export function meiliClients(url: string, timeoutMs = 10000): (apiKey?: string) => MeiliSearch {
  const agentOptions = { keepAlive: true, maxSockets: 64, keepAliveMsecs: 10000 };
  const agent = url.startsWith('https') ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
  const transport = url.startsWith('https') ? https : http;

  const httpClient = (input: unknown, init?: RequestInit): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const target = new URL(String(input));
      const headers: Record<string, string> = {};
      new Headers(init?.headers).forEach((value, key) => {
        headers[key] = value;
      });
      const body = typeof init?.body === 'string' ? Buffer.from(init.body) : undefined;
      if (body) headers['content-length'] = String(body.length);
      const req = transport.request(
        target,
        { method: init?.method ?? 'GET', headers, agent, timeout: timeoutMs },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const parsed = text === '' ? undefined : safeJson(text);
            if ((res.statusCode ?? 500) >= 300)
              reject(new MeiliHttpError(res.statusCode ?? 500, parsed, target.pathname));
            else resolve(parsed);
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`Meilisearch timed out after ${timeoutMs} ms`)));
      req.on('error', reject);
      if (body) req.write(body);
      req.end();
    });

  return (apiKey?: string) => new MeiliSearch({ host: url, apiKey, httpClient: httpClient });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
