// The one way the UI shows a date. Intl.DateTimeFormat.format throws a RangeError for a time
// outside the Date range (a restored `updatedAt: 1e300` once left "Device lists" loading forever),
// so every date goes through here, and a time that is not a date shows as a dash.
import type { Locale } from './define';

export type DateStyle = 'date' | 'date-time';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  'date-time': { dateStyle: 'medium', timeStyle: 'short' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: Locale, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, OPTIONS[style]);
    formats.set(key, format);
  }
  return format;
}

/** A time in milliseconds in the user's language; '–' for anything that is not a valid date. */
export function formatDate(locale: Locale, time: unknown, style: DateStyle = 'date'): string {
  if (typeof time !== 'number' || !Number.isFinite(new Date(time).getTime())) return '–';
  try {
    return formatFor(locale, style).format(time);
  } catch {
    return '–';
  }
}

/** The calendar day (YYYY-MM-DD, UTC) of a time, for file names; today's when it is not a date. */
export function isoDay(time: unknown, now: number = Date.now()): string {
  const date = new Date(typeof time === 'number' && Number.isFinite(new Date(time).getTime()) ? time : now);
  return date.toISOString().slice(0, 10);
}
