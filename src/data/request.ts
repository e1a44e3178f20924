import { parseSnapshot } from './validate.js';
import type { SnapshotData } from './types.js';

/**
 * The network seam: every request the element makes goes through here.
 *
 * Requests are simple CORS requests (GET, no custom headers, no credentials)
 * so that a cross-origin endpoint needs no preflight.
 */

export type FailureKind = 'config' | 'network' | 'timeout' | 'http' | 'invalid-response';

/** A request that did not give usable data. Never thrown out of the element. */
export class SnapshotRequestError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
    /** Milliseconds the endpoint asked us to wait (`Retry-After`). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'SnapshotRequestError';
  }
}

/** The placeholder that makes an endpoint per-ticker: `https://cdn.example.com/{ticker}.json`. */
export const TICKER_PLACEHOLDER = '{ticker}';

/** The endpoint as a URL: http, https, or the page's own scheme (an app's, such as capacitor:); anything else would fail as if the network were down. */
function resolve(endpoint: string, base?: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(endpoint, base);
  } catch {
    // Reported below.
  }
  if (url && ['http:', 'https:', globalThis.location?.protocol].includes(url.protocol) && url.protocol !== 'file:') return url;
  throw new SnapshotRequestError('config', `"${endpoint}" is not a valid endpoint URL: it must be http: or https:.`);
}

/**
 * The canonical request URL: upper-cased, unique, sorted tickers, comma-joined,
 * so that a CDN caches one URL per set. Throws a `config` error when the
 * endpoint is not an http: or https: URL.
 */
export function snapshotUrl(endpoint: string, tickers: readonly string[], base?: string): string {
  const url = resolve(endpoint, base);
  const list = [...new Set(tickers.map((t) => t.toUpperCase()))].sort().join(',');
  const query = url.search.length > 1 ? `${url.search}&` : '?';
  url.search = `${query}tickers=${list}`;
  return url.href;
}

/** The URL of a per-ticker endpoint, with `{ticker}` replaced by the URL-encoded ticker. */
export function tickerUrl(endpoint: string, ticker: string, base?: string): string {
  return resolve(endpoint.split(TICKER_PLACEHOLDER).join(encodeURIComponent(ticker)), base).href;
}

/** `Retry-After` as milliseconds from `now`: delay-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Otherwise only an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"), never a bare number.
  const date = /^[a-z]{3},/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Freshness in seconds from `Cache-Control`, when it says. */
export function parseMaxAge(header: string | null): number | undefined {
  if (!header) return undefined;
  const directives = header.toLowerCase();
  if (/(?:^|[,\s])(?:no-store|no-cache)(?:$|[,\s=])/.test(directives)) return 0;
  const match = /(?:^|[,\s])max-age\s*=\s*"?(\d+)/.exec(directives);
  return match ? Number(match[1]) : undefined;
}

/** How long an element waits for its data by default (its `timeout` attribute). */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** The error of a request given up after `ms` milliseconds. */
export function timeoutError(ms: number): SnapshotRequestError {
  return new SnapshotRequestError('timeout', `No response within ${ms / 1000} s.`);
}

export interface FetchOptions {
  /**
   * Ends the request: the element was removed, the request superseded, or its
   * deadline passed. The request rejects with the signal's reason, so a
   * deadline aborts with a `timeout` error. This is the only notion of time here.
   */
  signal?: AbortSignal;
  /** Accept a body that is a single item (per-ticker endpoints). */
  single?: boolean;
  /** Revalidate with the server instead of taking the browser's stored copy. */
  reload?: boolean;
  /** The `fetch` to use; the page's by default. */
  fetch?: typeof fetch;
}

export interface FetchResult {
  data: SnapshotData;
  /** Seconds the response may be reused, from its `Cache-Control`. */
  maxAge?: number;
}

/**
 * GETs a snapshot and validates it. Rejects with a `SnapshotRequestError`,
 * or with the signal's reason when aborted.
 */
export async function fetchSnapshot(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const { signal, single = false, reload = false, fetch: get = fetch } = options;
  signal?.throwIfAborted();
  let response: Response;
  let source: string;
  try {
    response = await get(url, {
      method: 'GET',
      credentials: 'omit',
      mode: 'cors',
      // A conditional request at most: no preflight, and no copy older than asked for.
      cache: reload ? 'no-cache' : 'default',
      signal,
    });
    source = await response.text();
  } catch (cause) {
    // The signal's own reason: an AbortError, or the timeout error of a deadline.
    if (signal?.aborted) throw signal.reason;
    throw new SnapshotRequestError('network', `The endpoint could not be reached (${String(cause)}).`);
  }

  if (!response.ok) {
    throw new SnapshotRequestError(
      'http',
      `The endpoint answered HTTP ${response.status}.`,
      response.status,
      parseRetryAfter(response.headers.get('Retry-After')),
    );
  }
  const result = parseSnapshot(source, response.url || url, single);
  if (!result.ok) {
    throw new SnapshotRequestError('invalid-response', result.error, response.status);
  }
  const maxAge = parseMaxAge(response.headers.get('Cache-Control'));
  return maxAge === undefined ? { data: result.data } : { data: result.data, maxAge };
}
