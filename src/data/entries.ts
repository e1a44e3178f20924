import type { TickerToken } from './tickers.js';
import type { SnapshotData, SnapshotItem, TickerErrorCode } from './types.js';

/** What one card shows: data, or why there is none. */
export type Entry =
  | { state: 'item'; ticker: string; item: SnapshotItem }
  | { state: 'invalid'; ticker: string }
  | { state: 'unavailable'; ticker: string; code: TickerErrorCode };

/** Pairs each requested token with its data, in the order the tickers were given. */
export function entriesFor(tokens: readonly TickerToken[], data: SnapshotData): Entry[] {
  const items = new Map(data.items.map((item) => [item.ticker, item]));
  const errors = new Map(data.errors.map((error) => [error.ticker, error.code]));
  return tokens.map(({ ticker, valid }): Entry => {
    if (!valid) return { state: 'invalid', ticker };
    const item = items.get(ticker);
    if (item && !errors.has(ticker)) return { state: 'item', ticker, item };
    return { state: 'unavailable', ticker, code: errors.get(ticker) ?? 'unavailable' };
  });
}
