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
  ) {
    super(message);
    this.name = 'SnapshotRequestError';
  }
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The canonical request URL: upper-cased, unique, sorted tickers, comma-joined,
 * so that a CDN caches one URL per set. Throws a `config` error when the
 * endpoint is not a URL.
 */
export function snapshotUrl(endpoint: string, tickers: readonly string[], base?: string): string {
  let url: URL;
  try {
    url = new URL(endpoint, base);
  } catch {
    throw new SnapshotRequestError('config', `"${endpoint}" is not a valid endpoint URL.`);
  }
  const list = [...new Set(tickers.map((t) => t.toUpperCase()))].sort().join(',');
  const query = url.search.length > 1 ? `${url.search}&` : '?';
  url.search = `${query}tickers=${list}`;
  return url.href;
}

export interface FetchOptions {
  /** Aborts the request (element removed, request superseded). */
  signal?: AbortSignal;
  /** Milliseconds before the request is given up as timed out. */
  timeout?: number;
}

/**
 * GETs a snapshot and validates it. Rejects with a `SnapshotRequestError`
 * (or the signal's `AbortError` when aborted from outside).
 */
export async function fetchSnapshot(url: string, options: FetchOptions = {}): Promise<SnapshotData> {
  const { signal, timeout = DEFAULT_TIMEOUT_MS } = options;
  signal?.throwIfAborted();

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });

  try {
    let response: Response;
    let source: string;
    try {
      response = await fetch(url, {
        method: 'GET',
        credentials: 'omit',
        mode: 'cors',
        signal: controller.signal,
      });
      source = await response.text();
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) {
        throw new SnapshotRequestError('timeout', `No response within ${timeout / 1000} s.`);
      }
      throw new SnapshotRequestError('network', `The endpoint could not be reached (${String(cause)}).`);
    }

    if (!response.ok) {
      throw new SnapshotRequestError('http', `The endpoint answered HTTP ${response.status}.`, response.status);
    }
    const result = parseSnapshot(source, response.url || url);
    if (!result.ok) {
      throw new SnapshotRequestError('invalid-response', result.error, response.status);
    }
    return result.data;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}
