import { describe, expect, it } from 'vitest';
import { dateOnlyToZonedMidnight, formatLongDate, isoDay, parseDateText, yearIn } from '../../src/lib/dates';

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

describe('parseDateText (a date as an author writes it)', () => {
  const iso = (text: string, timeZone = SEOUL) => {
    const result = parseDateText(text, timeZone);
    return 'date' in result ? result.date.toISOString() : result.problem;
  };

  it('reads a day as its start in the site time zone', () => {
    expect(iso('2024-11-03')).toBe('2024-11-02T15:00:00.000Z');
    expect(iso('2024-11-03', 'America/New_York')).toBe('2024-11-03T04:00:00.000Z');
  });

  it('reads a day before 1908, when Seoul kept local mean time (+8:27:52), as that day, not the one before', () => {
    const day = parseDateText('1899-01-01', SEOUL);
    expect('date' in day && isoDay(day.date, SEOUL)).toBe('1899-01-01');
    expect(iso('1899-01-01')).toBe('1898-12-31T15:32:08.000Z');
    expect(isoDay(dateOnlyToZonedMidnight(new Date('1899-01-01T00:00:00Z'), SEOUL), SEOUL)).toBe('1899-01-01');
    // A fraction of a second stays what it was written as.
    expect(iso('2024-11-03 09:00:00.750')).toBe('2024-11-03T00:00:00.750Z');
  });

  it('reads a time with an offset as that instant, in every spelling of the offset', () => {
    for (const text of [
      '2024-11-03T21:30:00+09:00',
      '2024-11-03T21:30+09:00',
      '2024-11-03T21:30:00+0900',
      '2024-11-03 21:30:00+09',
    ]) {
      expect(iso(text), text).toBe('2024-11-03T12:30:00.000Z');
    }
    expect(iso('2024-11-03T00:00:00Z')).toBe('2024-11-03T00:00:00.000Z');
    expect(iso('2024-11-03T10:00:00.5Z')).toBe('2024-11-03T10:00:00.500Z');
  });

  it('reads a time without an offset as that wall time in the site time zone, not the machine’s', () => {
    expect(iso('2024-11-03 23:30')).toBe('2024-11-03T14:30:00.000Z');
    expect(iso('2024-11-03T23:30:15')).toBe('2024-11-03T14:30:15.000Z');
    // New York, before and after its November change of offset.
    expect(iso('2024-11-02 12:00', 'America/New_York')).toBe('2024-11-02T16:00:00.000Z');
    expect(iso('2024-11-04 12:00', 'America/New_York')).toBe('2024-11-04T17:00:00.000Z');
  });

  it('refuses days, months, times and offsets that do not exist, saying which', () => {
    expect(iso('2024-02-30')).toEqual({ kind: 'day', year: 2024, month: 2, day: 30, lastDay: 29 });
    expect(iso('2023-02-29')).toEqual({ kind: 'day', year: 2023, month: 2, day: 29, lastDay: 28 });
    expect(iso('2024-02-29')).toBe('2024-02-28T15:00:00.000Z');
    expect(iso('2024-13-01')).toEqual({ kind: 'month', month: 13 });
    expect(iso('2024-00-10')).toEqual({ kind: 'month', month: 0 });
    expect(iso('2024-11-03T24:00')).toEqual({ kind: 'time', time: '24:00' });
    expect(iso('2024-11-03T10:00+15:00')).toEqual({ kind: 'offset', offset: '+15:00' });
  });

  it('refuses anything the JavaScript date parser would take as a day in 2001', () => {
    for (const text of ['hello 1', '12', '2024', '11/03/2024', '2024년 11월 3일', 'Nov 3 2024', '', '2024-11-3']) {
      expect(iso(text), text).toEqual({ kind: 'format' });
    }
  });
});
