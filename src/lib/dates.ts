const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per locale and options, made once: creating an Intl.DateTimeFormat costs tens of
 * microseconds, and a build of 1,000 posts formats dates tens of thousands of times (2.6 s of a cold
 * build when every call made its own).
 */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\0${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/**
 * Offset of `timeZone` from UTC at `instant`, in ms (Asia/Seoul: +9 h). To the second, not the minute:
 * before 1908 Seoul kept local mean time, +8:27:52, and a midnight computed 8 s early fell on the day before.
 */
function offsetMs(instant: Date, timeZone: string): number {
  const parts = dateFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  // The parts drop the instant's milliseconds: compare with the instant without them.
  return asUtc - (instant.getTime() - instant.getUTCMilliseconds());
}

/**
 * YAML (1.1, as Astro parses frontmatter) reads `2024-11-03` as midnight UTC. An author in Seoul means
 * midnight in Seoul, so a Date at exactly midnight UTC is moved to the start of that day in `timeZone`.
 * Posts never reach this: the loader hands dates over as written (parseDateText); it serves callers
 * that only have a Date.
 */
export function dateOnlyToZonedMidnight(date: Date, timeZone: string): Date {
  const isDateOnly =
    date.getUTCHours() === 0 &&
    date.getUTCMinutes() === 0 &&
    date.getUTCSeconds() === 0 &&
    date.getUTCMilliseconds() === 0;
  if (!isDateOnly) return date;
  const guess = new Date(date.getTime() - offsetMs(date, timeZone));
  // A second pass settles days on which the offset changes (DST zones).
  return new Date(date.getTime() - offsetMs(guess, timeZone));
}

/** The instant at which the clock in `timeZone` shows `wall` (a time given as if it were UTC). */
function zonedWallTimeToInstant(wall: number, timeZone: string): Date {
  const guess = new Date(wall - offsetMs(new Date(wall), timeZone));
  // A second pass settles times near a change of offset (DST zones).
  return new Date(wall - offsetMs(guess, timeZone));
}

/** Why a date text was refused: its shape, or a calendar day, time or offset that does not exist. */
export type DateTextProblem =
  | { kind: 'format' }
  | { kind: 'month'; month: number }
  | { kind: 'day'; year: number; month: number; day: number; lastDay: number }
  | { kind: 'time'; time: string }
  | { kind: 'offset'; offset: string };

const DATE_TEXT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A date as an author writes it, read the same on every machine:
 *   2024-11-03                    that day, from 00:00 in `timeZone`
 *   2024-11-03T09:00:00+09:00     that instant (also Z, +0900, with or without seconds or fractions)
 *   2024-11-03 23:30 / T23:30     that wall time in `timeZone`, not in the build machine's zone
 * Anything else is refused, and so is a day, time or offset that does not exist (2024-02-30, 24:00,
 * +15:00): JavaScript's Date would roll 30 February over into March without a word.
 */
export function parseDateText(text: string, timeZone: string): { date: Date } | { problem: DateTextProblem } {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) return { problem: { kind: 'format' } };
  const field = (i: number) => Number(m[i] ?? 0);
  const [year, month, day, hour, minute, second] = [field(1), field(2), field(3), field(4), field(5), field(6)];
  const [fraction, offset] = [m[7], m[8]];
  if (month < 1 || month > 12) return { problem: { kind: 'month', month } };
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) return { problem: { kind: 'day', year, month, day, lastDay } };
  if (hour > 23 || minute > 59 || second > 59) return { problem: { kind: 'time', time: text.trim().slice(11) } };
  const ms = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (offset === undefined) return { date: zonedWallTimeToInstant(wall, timeZone) };
  if (offset === 'Z' || offset === 'z') return { date: new Date(wall) };
  const [, sign, hours, minutes = '0'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset) ?? [];
  const minutesEast = (Number(hours) * 60 + Number(minutes)) * (sign === '-' ? -1 : 1);
  if (Math.abs(minutesEast) > 14 * 60 || Number(minutes) > 59) return { problem: { kind: 'offset', offset } };
  return { date: new Date(wall - minutesEast * 60_000) };
}

/** "2024년 11월 3일" for ko-KR; the calendar day is the one in `timeZone`. */
export function formatLongDate(date: Date, locale: string, timeZone: string): string {
  return dateFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(date);
}

/** "2024-11-03", the calendar day in `timeZone`, for `<time datetime>`. */
export function isoDay(date: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return dateFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date);
}

/** The calendar year in `timeZone` (a post at 00:30 on 1 January in Seoul belongs to the new year). */
export function yearIn(date: Date, timeZone: string): number {
  return Number(isoDay(date, timeZone).slice(0, 4));
}
