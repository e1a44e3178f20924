import { dateFormat } from './intl-cache.js';
import { DEFAULT_LOCALE } from './numbers.js';

/**
 * The time of a price in its market's zone: `Apr 27, 04:30 PM EDT`; a date
 * alone is shown as that date: `Apr 27`.
 * Returns `undefined` for a time that does not parse.
 */
export function formatPriceTime(iso: string, timeZone: string, locale = DEFAULT_LOCALE): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  // A date without a time is a day on the calendar, the same in every zone: `Apr 27`.
  if (iso.length === 10) return dateFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(time);
  return dateFormat(locale, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(time);
}

/** A time of day in the reader's zone: `10:32 AM`. */
export function formatTime(time: number, locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(time);
}
