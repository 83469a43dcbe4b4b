import { meetingValue, WISH_FLOOR } from './pair-scores';
import { shanghaiDate } from './event-time';

describe('meeting value', () => {
  it('is the match score, × 1.5 when one side asked, × 2 when both did', () => {
    expect(meetingValue(0.6, false, false)).toBeCloseTo(0.6);
    expect(meetingValue(0.6, true, false)).toBeCloseTo(0.9);
    expect(meetingValue(0.6, false, true)).toBeCloseTo(0.9);
    expect(meetingValue(0.6, true, true)).toBeCloseTo(1.2);
  });

  it('makes a pair a candidate without a match score only when someone asked for it', () => {
    expect(meetingValue(0, false, false)).toBe(0);
    expect(meetingValue(0, true, false)).toBeCloseTo(WISH_FLOOR * 1.5);
  });
});

describe('shanghaiDate', () => {
  it('is the calendar day in UTC+8', () => {
    expect(shanghaiDate(new Date('2026-12-04T15:59:00Z'))).toBe('2026-12-04');
    expect(shanghaiDate(new Date('2026-12-04T16:00:00Z'))).toBe('2026-12-05');
  });
});
