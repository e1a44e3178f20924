import { dateFormat } from './intl-cache.js';
import { DEFAULT_LOCALE } from './numbers.js';

/**
 * Dates as the data says them, in the market's zone, against the reader's
 * clock: "today" only when the price is from the current day in that zone,
 * and a year only when it is not the current one.
 */

/** A calendar date alone, `2026-04-27`: a day, the same in every zone. */
const isDay = (iso: string) => iso.length === 10;

/** The calendar day (`2026-04-27`) an instant falls on in a time zone (by default the reader's). */
export function dayIn(time: number, timeZone?: string): string {
  const parts = dateFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).formatToParts(time);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The day of a date or time in its market's zone. */
export function dayOf(iso: string, timeZone: string): string {
  return isDay(iso) ? iso : dayIn(Date.parse(iso), timeZone);
}

/** A day as the language writes it, `Apr 24`, with its year when that is not `currentYear`: `Apr 24, 2025`. */
export function formatDay(day: string, currentYear: string, locale = DEFAULT_LOCALE): string {
  const year = day.slice(0, 4) === currentYear ? {} : { year: 'numeric' as const };
  return dateFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC', ...year }).format(Date.parse(day));
}

/**
 * The time of a price in its market's zone: `Apr 27, 04:30 PM EDT`, with the
 * year when it is not the current year there: `Apr 25, 2025, 04:00 PM EDT`; a
 * date alone is shown as that date. `undefined` for a time that does not parse.
 */
export function formatPriceTime(iso: string, timeZone: string, locale = DEFAULT_LOCALE, now = Date.now()): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const currentYear = dayIn(now, timeZone).slice(0, 4);
  if (isDay(iso)) return formatDay(iso, currentYear, locale);
  const year = dayIn(time, timeZone).slice(0, 4) === currentYear ? {} : { year: 'numeric' as const };
  const text = dateFormat(locale, {
    ...year,
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(time);
  // Where the locale's pattern brackets an abbreviation (Traditional Chinese: "下午04:30 [EDT]"), the zone's own name leads: "東部夏令時間 4月27日 下午04:30".
  const bracketed = /\s*\[[^\]]*\]$/.exec(text);
  if (!bracketed) return text;
  const zone = dateFormat(locale, { timeZone, timeZoneName: 'long' })
    .formatToParts(time)
    .find((part) => part.type === 'timeZoneName')!.value;
  return `${zone} ${text.slice(0, bracketed.index)}`;
}

/**
 * A time in the reader's zone: `10:32 AM` on the reader's current day;
 * another day's with its day, `Apr 27, 5:00 PM`, and another year's with its
 * year, so that no earlier day's time reads as today's.
 */
export function formatTime(time: number, locale = DEFAULT_LOCALE, now = Date.now()): string {
  const [day, today] = [dayIn(time), dayIn(now)];
  const year = day.slice(0, 4) === today.slice(0, 4) ? {} : { year: 'numeric' as const };
  const date = day === today ? {} : { month: 'short' as const, day: 'numeric' as const, ...year };
  return dateFormat(locale, { ...date, hour: 'numeric', minute: '2-digit' }).format(time);
}
