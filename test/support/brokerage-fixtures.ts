import { Clock, nextShanghaiHour } from '@app/common';
import { TestStack } from './stack';

/**
 * The platform clock for a test: CLOCK_OFFSET_MS (honoured with NODE_ENV=test) is read on every call, by the API and
 * the in-process worker alike; worker processes started by a test get it in their environment.
 */
export const testClock = {
  /** Moves the clock so that it reads the next 10:00 in Shanghai (outside e-mail quiet hours). */
  startAtShanghaiMorning(): Date {
    const morning = nextShanghaiHour(new Date(), 10);
    process.env.CLOCK_OFFSET_MS = String(morning.getTime() - Date.now());
    return morning;
  },
  advance(ms: number): Date {
    process.env.CLOCK_OFFSET_MS = String(Clock.offsetMs() + ms);
    return new Date(Date.now() + Clock.offsetMs());
  },
  now(): Date {
    return new Date(Date.now() + Clock.offsetMs());
  },
  reset(): void {
    delete process.env.CLOCK_OFFSET_MS;
  },
};

/** Kinds in a user's inbox, counted. */
export async function inboxKinds(stack: TestStack, token: string): Promise<Record<string, number>> {
  const res = await stack.http.get('/api/v1/notifications?limit=100').auth(token, { type: 'bearer' });
  if (res.status !== 200) throw new Error(`inbox: ${res.status} ${JSON.stringify(res.body)}`);
  const counts: Record<string, number> = {};
  for (const item of res.body.items as { kind: string }[]) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
  return counts;
}

export function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
