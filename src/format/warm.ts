import { formatDay, formatPriceTime } from './dates.js';
import { listFormat, numberFormat, warmFormats } from './intl-cache.js';
import { formatChange, formatPrice, formatScore } from './numbers.js';

/** Builds the formatters a card uses for `locale` in idle time (see `warmFormats`). */
export function warmCardFormats(locale: string): void {
  warmFormats(locale, [
    () => formatScore(0, locale),
    () => formatChange(0, locale),
    () => formatPrice(0, 'USD', locale),
    () => formatPriceTime(new Date().toISOString(), 'America/New_York', locale),
    () => formatDay('2000-01-01', '2000', locale),
    () => numberFormat(locale, {}).format(0),
    () => listFormat(locale).format(['']),
  ]);
}
