import { Injectable } from '@nestjs/common';

/**
 * The time every reminder, deadline and timeline entry is measured against. In production it is the system clock.
 * Tests move it: with NODE_ENV=test, `CLOCK_OFFSET_MS` (read on every call, so a test may change it at any moment)
 * is added to the system time. Worker processes started by a test receive the same variable.
 * PostgreSQL's now() does not see the offset, so code that compares against "now" passes `clock.now()` as a parameter.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date(Date.now() + Clock.offsetMs());
  }

  static offsetMs(): number {
    if (process.env.NODE_ENV !== 'test') return 0;
    const raw = Number(process.env.CLOCK_OFFSET_MS ?? 0);
    return Number.isFinite(raw) ? raw : 0;
  }
}

export const DAY_MS = 24 * 3600 * 1000;
export const HOUR_MS = 3600 * 1000;
