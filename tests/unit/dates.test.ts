import { describe, expect, it } from 'vitest';
import { dateOnlyToZonedMidnight, formatLongDate, isoDay, yearIn } from '../../src/lib/dates';

const SEOUL = 'Asia/Seoul';

describe('formatLongDate', () => {
  it('writes a Korean long date for the day in Seoul', () => {
    expect(formatLongDate(new Date('2024-11-02T15:00:00Z'), 'ko-KR', SEOUL)).toBe('2024년 11월 3일');
  });

  it('uses the Seoul calendar day, not the UTC one', () => {
    // 23:30 UTC on 2 November is already 08:30 on 3 November in Seoul.
    expect(formatLongDate(new Date('2024-11-02T23:30:00Z'), 'ko-KR', SEOUL)).toBe('2024년 11월 3일');
  });
});

describe('isoDay and yearIn', () => {
  it('gives the Seoul calendar day as YYYY-MM-DD', () => {
    expect(isoDay(new Date('2024-11-02T15:00:00Z'), SEOUL)).toBe('2024-11-03');
    expect(isoDay(new Date('2024-11-02T14:59:59Z'), SEOUL)).toBe('2024-11-02');
  });

  it('puts New Year in Seoul in the new year while UTC is still in the old one', () => {
    const newYearInSeoul = new Date('2024-12-31T16:00:00Z');
    expect(isoDay(newYearInSeoul, SEOUL)).toBe('2025-01-01');
    expect(yearIn(newYearInSeoul, SEOUL)).toBe(2025);
    expect(yearIn(newYearInSeoul, 'UTC')).toBe(2024);
  });

  it('keeps the last evening of the year in the old year', () => {
    expect(yearIn(new Date('2024-12-31T14:59:59Z'), SEOUL)).toBe(2024);
  });
});

describe('dateOnlyToZonedMidnight', () => {
  it('moves a bare day (YAML gives midnight UTC) to midnight in Seoul', () => {
    expect(dateOnlyToZonedMidnight(new Date('2024-11-03T00:00:00Z'), SEOUL).toISOString()).toBe(
      '2024-11-02T15:00:00.000Z',
    );
  });

  it('keeps a date that has a time of day', () => {
    const withTime = new Date('2024-11-03T11:30:00Z');
    expect(dateOnlyToZonedMidnight(withTime, SEOUL).toISOString()).toBe(withTime.toISOString());
  });

  it('finds midnight on both sides of a daylight-saving change', () => {
    const ny = 'America/New_York';
    // EST (-05:00) before the March change, EDT (-04:00) before the November one.
    expect(dateOnlyToZonedMidnight(new Date('2024-03-10T00:00:00Z'), ny).toISOString()).toBe(
      '2024-03-10T05:00:00.000Z',
    );
    expect(dateOnlyToZonedMidnight(new Date('2024-11-03T00:00:00Z'), ny).toISOString()).toBe(
      '2024-11-03T04:00:00.000Z',
    );
  });
});
