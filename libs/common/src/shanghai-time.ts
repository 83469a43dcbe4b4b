/** Calendar arithmetic in Asia/Shanghai (UTC+8 all year: China has no daylight saving time). */
const OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** Quiet hours for e-mail: from 22:00 to 08:00 Shanghai time nothing is sent. */
export const QUIET_HOURS = { start: 22, end: 8 } as const;

const local = (at: Date) => new Date(at.getTime() + OFFSET_MS);
const fromLocal = (l: Date) => new Date(l.getTime() - OFFSET_MS);

export function isQuietHour(at: Date): boolean {
  const hour = local(at).getUTCHours();
  return hour >= QUIET_HOURS.start || hour < QUIET_HOURS.end;
}

/** `at` itself outside quiet hours, else the 08:00 that ends them. */
export function endOfQuietHours(at: Date): Date {
  if (!isQuietHour(at)) return at;
  const l = local(at);
  const morning = new Date(Date.UTC(l.getUTCFullYear(), l.getUTCMonth(), l.getUTCDate(), QUIET_HOURS.end));
  if (l.getUTCHours() >= QUIET_HOURS.start) morning.setUTCDate(morning.getUTCDate() + 1);
  return fromLocal(morning);
}

const isWeekend = (l: Date) => l.getUTCDay() === 0 || l.getUTCDay() === 6;

/**
 * `days` working days (Monday to Friday, Shanghai time) after `from`: the same time of day on that working day.
 * Something submitted at the weekend starts counting on Monday morning. Public holidays are not known here.
 */
export function addWorkingDays(from: Date, days: number): Date {
  let l = local(from);
  if (isWeekend(l)) {
    while (isWeekend(l)) l = new Date(l.getTime() + DAY_MS);
    l = new Date(Date.UTC(l.getUTCFullYear(), l.getUTCMonth(), l.getUTCDate(), 9));
  }
  let left = days;
  while (left > 0) {
    l = new Date(l.getTime() + DAY_MS);
    if (!isWeekend(l)) left--;
  }
  return fromLocal(l);
}

/** The next time it is `hour`:00 in Shanghai, strictly after `after`. */
export function nextShanghaiHour(after: Date, hour: number): Date {
  const l = local(after);
  const candidate = new Date(Date.UTC(l.getUTCFullYear(), l.getUTCMonth(), l.getUTCDate(), hour));
  if (candidate.getTime() <= l.getTime()) candidate.setUTCDate(candidate.getUTCDate() + 1);
  return fromLocal(candidate);
}
