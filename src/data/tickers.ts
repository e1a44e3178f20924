/**
 * What a ticker symbol may look like after upper-casing: `[A-Z0-9.:-]{1,12}`,
 * with at least one letter or digit (so that `.` and `..` can never become
 * path segments of a per-ticker URL).
 */
export const TICKER_PATTERN = /^(?=.*[A-Z0-9])[A-Z0-9.:-]{1,12}$/;

/** With `tickers="auto"`: the most companies shown unless `max-tickers` says otherwise. */
export const DEFAULT_CAP = 8;

/** The tickers that may be sent to the endpoint, in the order given. */
export const requested = (tokens: readonly TickerToken[]): string[] => tokens.filter((t) => t.valid).map((t) => t.ticker);

export interface TickerToken {
  /** The token upper-cased. */
  ticker: string;
  /** Whether it may be sent to the endpoint. */
  valid: boolean;
}

/**
 * Parses a `tickers` attribute: comma and/or whitespace separated,
 * case-insensitive, duplicates dropped, order kept.
 */
export function parseTickers(value: string | null | undefined): TickerToken[] {
  const seen = new Set<string>();
  const tokens: TickerToken[] = [];
  for (const raw of (value ?? '').split(/[\s,]+/)) {
    if (!raw) continue;
    const ticker = raw.toUpperCase();
    if (seen.has(ticker)) continue;
    seen.add(ticker);
    tokens.push({ ticker, valid: TICKER_PATTERN.test(ticker) });
  }
  return tokens;
}

export function isTicker(value: unknown): value is string {
  return typeof value === 'string' && TICKER_PATTERN.test(value);
}
