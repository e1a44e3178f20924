/**
 * The endpoint contract, as TypeScript types.
 *
 * `SnapshotResponseBody` is what an endpoint sends (JSON, HTTP 200). The
 * validator (`validate.ts`) turns that unknown JSON into `SnapshotData`, whose
 * records hold only fields of the right type and range. Everything downstream
 * of the validator works on `SnapshotData` alone.
 *
 * Prose version: docs/endpoint-contract.md.
 */

/** A signal grade. */
export type Grade = 'strong' | 'moderate' | 'weak' | 'poor';

/** The four signals the Alpha Score is made of, in the order they are told. */
export const SIGNAL_NAMES = ['momentum', 'value', 'quality', 'sentiment'] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

/** Where the market of a price is in its trading day: before the open, open, after the close (extended hours), closed. */
export type MarketState = 'pre' | 'open' | 'post' | 'closed';

/** One point of an item's score history. */
export interface HistoryPoint {
  /** A calendar date, `2026-03-27`. */
  date: string;
  /** 0..100 */
  score: number;
}

/** The last published snapshot of an item before this one. */
export interface PreviousSnapshot {
  /** A calendar date (`2026-04-20`) or an ISO 8601 time. */
  asOf: string;
  /** 0..100 */
  score?: number;
  /** Only the signals it had. */
  signals?: Partial<Record<SignalName, Grade>>;
}

/** Why the endpoint has no item for a ticker. */
export type TickerErrorCode = 'not_found' | 'unsupported' | 'unavailable';

/** One item as an endpoint may send it: every field but `ticker` is optional and nullable. */
export interface SnapshotItemBody {
  ticker: string;
  name?: string | null;
  sector?: string | null;
  /** 0..100 */
  score?: number | null;
  label?: string | null;
  signals?: Partial<Record<SignalName, Grade | null>> | null;
  /** The highest score the item can reach until its missing signals arrive. */
  scoreCap?: number | null;
  price?: number | null;
  /** ISO 4217; defaults to "USD". */
  currency?: string | null;
  /** Percent units: -0.24 means -0.24 %. */
  changePercent?: number | null;
  /** ISO 8601 time of `price`. */
  priceAsOf?: string | null;
  /** IANA zone of the market; defaults to "America/New_York". */
  timeZone?: string | null;
  /** Where the market is in its day, for a price from today: `pre`, `open`, `post` or `closed`. */
  marketState?: MarketState | null;
  /** The score over time, oldest first, at most 90 points. */
  history?: { date: string; score: number }[] | null;
  /** The last published snapshot before this one. */
  previous?: { asOf: string; score?: number | null; signals?: Partial<Record<SignalName, Grade | null>> | null } | null;
  /** Shown verbatim, as text, instead of the generated sentence. */
  explanation?: string | null;
  /** A page with more research; only http: and https: are linked. */
  url?: string | null;
}

export interface TickerErrorBody {
  ticker: string;
  code: TickerErrorCode;
  message?: string;
}

/** The body of a 200 response. */
export interface SnapshotResponseBody {
  /** ISO 8601 time the data was assembled. */
  asOf?: string;
  /** The data provider's name, used in the footer. */
  provider?: string;
  /** BCP 47 tag of the language the endpoint's texts (name, sector, label, explanation) are in; unknown when absent. */
  lang?: string;
  items: SnapshotItemBody[];
  errors?: TickerErrorBody[];
}

/** A validated item: optional fields are either absent or of the right type and range. */
export interface SnapshotItem {
  /** Upper case, `[A-Z0-9.:-]{1,12}`. */
  ticker: string;
  name?: string;
  sector?: string;
  /** Finite, 0..100. */
  score?: number;
  label?: string;
  /**
   * Only the signals that have arrived; absent when the endpoint sent no
   * `signals` object (then how many have arrived is not known).
   */
  signals?: Partial<Record<SignalName, Grade>>;
  /** Finite, 0..100. */
  scoreCap?: number;
  /** Finite, ≥ 0. */
  price?: number;
  /** Upper-case ISO 4217 code that `Intl` accepts. */
  currency: string;
  /** Finite, ≥ -100. */
  changePercent?: number;
  /** An ISO 8601 string that parses to a valid time. */
  priceAsOf?: string;
  /** An IANA time zone that `Intl` accepts. */
  timeZone: string;
  marketState?: MarketState;
  /** Calendar dates, sorted and unique, scores 0..100; at most the 90 newest points. */
  history?: HistoryPoint[];
  previous?: PreviousSnapshot;
  explanation?: string;
  /** Absolute http: or https: URL. */
  url?: string;
}

export interface TickerError {
  ticker: string;
  code: TickerErrorCode;
  message?: string;
}

/** A validated response. */
export interface SnapshotData {
  asOf?: string;
  provider?: string;
  /** A canonical BCP 47 tag: the language of the endpoint's texts. */
  lang?: string;
  items: SnapshotItem[];
  errors: TickerError[];
}
