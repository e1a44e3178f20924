import { isTicker } from './tickers.js';
import {
  SIGNAL_NAMES,
  type Grade,
  type HistoryPoint,
  type MarketState,
  type PreviousSnapshot,
  type SnapshotData,
  type SnapshotItem,
  type TickerError,
  type TickerErrorCode,
} from './types.js';

/**
 * The one place where the endpoint's JSON becomes typed records.
 *
 * It never throws. A field of the wrong type or out of range is dropped and
 * the rest of its item kept; unknown fields are ignored; an item without a
 * usable ticker is dropped. Only a body that is not an object with an `items`
 * array is refused as a whole.
 */

export type ValidationResult = { ok: true; data: SnapshotData } | { ok: false; error: string };

export const DEFAULT_CURRENCY = 'USD';
export const DEFAULT_TIME_ZONE = 'America/New_York';

const GRADES: ReadonlySet<string> = new Set<Grade>(['strong', 'moderate', 'weak', 'poor']);
const MARKET_STATES: ReadonlySet<string> = new Set<MarketState>(['pre', 'open', 'post', 'closed']);
/** The most history points kept (the newest). */
export const HISTORY_POINTS = 90;
const ERROR_CODES: ReadonlySet<string> = new Set<TickerErrorCode>(['not_found', 'unsupported', 'unavailable']);
/** `2026-04-27`, or with a time: `2026-04-27T20:30`, seconds and fractions optional, then `Z` or an offset (none means UTC). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/i;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string with something other than white space in it. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function numberIn(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? value + 0 // -0 becomes 0, so that no "-0" or "-$0.00" is shown
    : undefined;
}

/**
 * An ISO 8601 date or date-time that exists on the calendar (no 30 February,
 * no 25:00). A date-time without an offset is taken as UTC, not as the
 * reader's zone, so that every reader sees the same time.
 */
function isoTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const match = ISO_DATE.exec(trimmed);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', zone, zoneHour = '0', zoneMinute = '0'] = match;
  const date = new Date(0);
  date.setUTCFullYear(+year, +month - 1, +day); // Date.UTC() would read years 0-99 as 1900-1999
  const exists =
    date.getUTCFullYear() === +year &&
    date.getUTCMonth() === +month - 1 &&
    date.getUTCDate() === +day &&
    +hour < 24 &&
    +minute < 60 &&
    +second < 60 &&
    +zoneHour < 24 &&
    +zoneMinute < 60;
  if (!exists) return undefined;
  // One spelling every engine parses: `T` between date and time, `Z` upper case, and `Z` when there is no offset.
  const normalized = match[4] === undefined ? trimmed : `${trimmed.replace(/[ t]/, 'T').replace(/z$/, 'Z')}${zone ? '' : 'Z'}`;
  return Number.isNaN(Date.parse(normalized)) ? undefined : normalized;
}

/** A well-formed BCP 47 language tag, in its canonical form. */
function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 35) return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim())[0];
  } catch {
    return undefined;
  }
}

/** An ISO 4217 code: three letters (Intl formats any well-formed code). */
function currency(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z]{3}$/.test(value) ? value.toUpperCase() : undefined;
}

const zoneCache = new Map<string, boolean>();
function timeZone(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  let known = zoneCache.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      known = true;
    } catch {
      known = false;
    }
    zoneCache.set(value, known);
  }
  return known ? value : undefined;
}

function httpUrl(value: unknown, base: string | undefined): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function grade(value: unknown): Grade | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return GRADES.has(lower) ? (lower as Grade) : undefined;
}

function ticker(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const upper = value.trim().toUpperCase();
  return isTicker(upper) ? upper : undefined;
}

/** Copies only the keys whose value is defined, so records never hold `undefined`. */
function defined<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) {
    if (record[key] === undefined) delete record[key];
  }
  return record;
}

/** A calendar date, `2026-03-27`, that exists. */
function calendarDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? isoTime(value) : undefined;
}

/** The signals an object holds (only grades); `undefined` when it is not an object. */
function signalsOf(value: unknown): Partial<Record<(typeof SIGNAL_NAMES)[number], Grade>> | undefined {
  if (!isObject(value)) return undefined;
  const signals: Partial<Record<(typeof SIGNAL_NAMES)[number], Grade>> = {};
  for (const name of SIGNAL_NAMES) {
    const g = grade(value[name]);
    if (g) signals[name] = g;
  }
  return signals;
}

/**
 * Score history: points that are not a calendar date and a score in 0..100
 * are dropped; the rest are sorted by date (a later point for the same date
 * replaces an earlier one), and the newest 90 kept. Fewer than one point: none.
 */
function history(value: unknown): HistoryPoint[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const byDate = new Map<string, number>();
  for (const point of value) {
    const date = isObject(point) ? calendarDate(point.date) : undefined;
    const score = date ? numberIn((point as Json).score, 0, 100) : undefined;
    if (date && score !== undefined) byDate.set(date, score);
  }
  // Dates are all ten characters: in text order they are in calendar order.
  const points = [...byDate.keys()].sort().map((date) => ({ date, score: byDate.get(date)! }));
  return points.length ? points.slice(-HISTORY_POINTS) : undefined;
}

/** The previous snapshot: kept when its `asOf` is a date or time and it has a score or a signal. */
function previous(value: unknown): PreviousSnapshot | undefined {
  if (!isObject(value)) return undefined;
  const asOf = isoTime(value.asOf);
  const score = numberIn(value.score, 0, 100);
  const signals = signalsOf(value.signals);
  const some = signals && Object.keys(signals).length ? signals : undefined;
  return asOf && (score !== undefined || some) ? defined<PreviousSnapshot>({ asOf, score, signals: some }) : undefined;
}

/** Validates one item; `undefined` when it has no usable ticker. */
export function validateItem(value: unknown, base?: string): SnapshotItem | undefined {
  if (!isObject(value)) return undefined;
  const symbol = ticker(value.ticker);
  if (!symbol) return undefined;

  const state =
    typeof value.marketState === 'string' && MARKET_STATES.has(value.marketState) ? (value.marketState as MarketState) : undefined;

  return defined<SnapshotItem>({
    ticker: symbol,
    name: text(value.name),
    sector: text(value.sector),
    score: numberIn(value.score, 0, 100),
    label: text(value.label),
    signals: signalsOf(value.signals),
    scoreCap: numberIn(value.scoreCap, 0, 100),
    price: numberIn(value.price, 0, Number.MAX_VALUE),
    currency: currency(value.currency) ?? DEFAULT_CURRENCY,
    changePercent: numberIn(value.changePercent, -100, Number.MAX_VALUE),
    priceAsOf: isoTime(value.priceAsOf),
    timeZone: timeZone(value.timeZone) ?? DEFAULT_TIME_ZONE,
    marketState: state,
    history: history(value.history),
    previous: previous(value.previous),
    explanation: text(value.explanation),
    url: httpUrl(value.url, base),
  });
}

function validateError(value: unknown): TickerError | undefined {
  if (!isObject(value)) return undefined;
  const symbol = ticker(value.ticker);
  if (!symbol) return undefined;
  const code = typeof value.code === 'string' && ERROR_CODES.has(value.code) ? (value.code as TickerErrorCode) : 'unavailable';
  return defined<TickerError>({ ticker: symbol, code, message: text(value.message) });
}

/**
 * Validates a parsed response body.
 * @param base URL that relative `url` fields resolve against (the request's URL).
 */
export function validateSnapshot(body: unknown, base?: string): ValidationResult {
  if (!isObject(body)) {
    return { ok: false, error: 'The response is not a JSON object.' };
  }
  if (!Array.isArray(body.items)) {
    return { ok: false, error: 'The response has no "items" array.' };
  }

  const items: SnapshotItem[] = [];
  const seen = new Set<string>();
  for (const raw of body.items) {
    const item = validateItem(raw, base);
    if (item && !seen.has(item.ticker)) {
      seen.add(item.ticker);
      items.push(item);
    }
  }

  const errors: TickerError[] = [];
  if (Array.isArray(body.errors)) {
    for (const raw of body.errors) {
      const error = validateError(raw);
      if (error) errors.push(error);
    }
  }

  return {
    ok: true,
    data: defined<SnapshotData>({
      asOf: isoTime(body.asOf),
      provider: text(body.provider),
      lang: languageTag(body.lang),
      items,
      errors,
    }),
  };
}

/**
 * Parses and validates a response's text.
 * @param single Also accept a body that is one item rather than an envelope
 *   (per-ticker endpoints, which may be static JSON files).
 */
export function parseSnapshot(source: string, base?: string, single = false): ValidationResult {
  let body: unknown;
  try {
    body = JSON.parse(source);
  } catch {
    return { ok: false, error: 'The response is not valid JSON.' };
  }
  if (single && isObject(body) && !('items' in body) && 'ticker' in body) body = { items: [body] };
  return validateSnapshot(body, base);
}
