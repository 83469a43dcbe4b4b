import { DomainError } from '@app/common';
import { reportPeriod } from './report-period';

describe('reportPeriod', () => {
  const now = new Date('2026-06-15T12:00:00Z');

  it('spans whole days in China time, both ends included', () => {
    const period = reportPeriod('2026-03-01', '2026-03-31', now);
    expect(period.start.toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-03-31T16:00:00.000Z');
  });

  it('defaults to the current calendar year in China', () => {
    const period = reportPeriod(undefined, undefined, new Date('2026-12-31T17:00:00Z')); // already 2027 in Shanghai
    expect([period.from, period.to]).toEqual(['2027-01-01', '2027-12-31']);
  });

  it('names the field that is not a day, or that ends before it starts', () => {
    const fieldsOf = (from?: string, to?: string) => {
      try {
        reportPeriod(from, to, now);
        return [];
      } catch (err) {
        return (err as DomainError).fieldErrors.map((e) => `${e.field}:${e.constraint}`);
      }
    };
    expect(fieldsOf('2026-02-30', 'soon')).toEqual(['from:isDateString', 'to:isDateString']);
    expect(fieldsOf('2026-05-01', '2026-04-30')).toEqual(['to:notBeforeFrom']);
  });
});
