import { addWorkingDays, endOfQuietHours, isQuietHour, nextShanghaiHour } from './shanghai-time';

const sh = (iso: string) => new Date(`${iso}+08:00`);

describe('Shanghai time', () => {
  it('keeps e-mail quiet from 22:00 to 08:00 and resumes at 08:00', () => {
    expect(isQuietHour(sh('2026-03-02T21:59:59'))).toBe(false);
    expect(isQuietHour(sh('2026-03-02T22:00:00'))).toBe(true);
    expect(isQuietHour(sh('2026-03-03T07:59:00'))).toBe(true);
    expect(isQuietHour(sh('2026-03-03T08:00:00'))).toBe(false);
    expect(endOfQuietHours(sh('2026-03-02T23:30:00'))).toEqual(sh('2026-03-03T08:00:00'));
    expect(endOfQuietHours(sh('2026-03-03T02:10:00'))).toEqual(sh('2026-03-03T08:00:00'));
    expect(endOfQuietHours(sh('2026-03-03T10:00:00'))).toEqual(sh('2026-03-03T10:00:00'));
  });

  it('counts working days, skipping the weekend', () => {
    expect(addWorkingDays(sh('2026-03-02T10:00:00'), 2)).toEqual(sh('2026-03-04T10:00:00')); // Monday → Wednesday
    expect(addWorkingDays(sh('2026-03-05T15:00:00'), 2)).toEqual(sh('2026-03-09T15:00:00')); // Thursday → Monday
    expect(addWorkingDays(sh('2026-03-07T11:00:00'), 2)).toEqual(sh('2026-03-11T09:00:00')); // Saturday counts from Monday 09:00
  });

  it('finds the next given hour', () => {
    expect(nextShanghaiHour(sh('2026-03-02T09:00:00'), 10)).toEqual(sh('2026-03-02T10:00:00'));
    expect(nextShanghaiHour(sh('2026-03-02T10:00:00'), 10)).toEqual(sh('2026-03-03T10:00:00'));
  });
});
