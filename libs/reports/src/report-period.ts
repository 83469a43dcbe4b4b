import { DomainError } from '@app/common';

const DAY_MS = 24 * 3600 * 1000;
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A report's period: whole days in Asia/Shanghai, `from` and `to` both included. */
export interface ReportPeriod {
  from: string;
  to: string;
  /** The first instant of `from` and the first instant after `to`, China time. */
  start: Date;
  end: Date;
}

function shanghaiMidnight(day: string): Date | null {
  if (!ISO_DAY.test(day)) return null;
  const utc = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(utc.getTime()) || utc.toISOString().slice(0, 10) !== day) return null; // 2026-02-30 is no day
  return new Date(utc.getTime() - SHANGHAI_OFFSET_MS);
}

/** The current calendar year in China when neither bound is given; a missing bound defaults to that year's edge. */
export function reportPeriod(from: string | undefined, to: string | undefined, now: Date): ReportPeriod {
  const year = new Date(now.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
  const fromDay = from ?? `${year}-01-01`;
  const toDay = to ?? `${year}-12-31`;
  const start = shanghaiMidnight(fromDay);
  const lastDay = shanghaiMidnight(toDay);
  const errors = [
    ...(start ? [] : [{ field: 'from', constraint: 'isDateString' }]),
    ...(lastDay ? [] : [{ field: 'to', constraint: 'isDateString' }]),
  ];
  if (errors.length) throw DomainError.validation(errors);
  if (lastDay!.getTime() < start!.getTime())
    throw DomainError.validation([{ field: 'to', constraint: 'notBeforeFrom' }]);
  return { from: fromDay, to: toDay, start: start!, end: new Date(lastDay!.getTime() + DAY_MS) };
}
