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

/** Offset of `timeZone` from UTC at `instant`, in minutes (Asia/Seoul: +540). */
function offsetMinutes(instant: Date, timeZone: string): number {
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
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/**
 * YAML reads `2024-11-03` as midnight UTC. An author in Seoul means midnight in Seoul, so a date with no
 * time of day is moved to the start of that day in `timeZone`. Dates with a time are kept as written.
 */
export function dateOnlyToZonedMidnight(date: Date, timeZone: string): Date {
  const isDateOnly =
    date.getUTCHours() === 0 &&
    date.getUTCMinutes() === 0 &&
    date.getUTCSeconds() === 0 &&
    date.getUTCMilliseconds() === 0;
  if (!isDateOnly) return date;
  const guess = new Date(date.getTime() - offsetMinutes(date, timeZone) * 60_000);
  // A second pass settles days on which the offset changes (DST zones).
  return new Date(date.getTime() - offsetMinutes(guess, timeZone) * 60_000);
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
