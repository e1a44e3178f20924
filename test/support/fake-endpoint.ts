import sinon from 'sinon';

/**
 * A fake endpoint behind an injected `fetch`, on a fake clock: requests are
 * answered after `wait` ms of fake time, so that tests of timing advance the
 * clock instead of sleeping, and nothing depends on how loaded the machine is.
 */

export interface Call {
  url: URL;
  /** The `tickers` query parameter. */
  tickers: string | null;
  init: RequestInit;
  signal: AbortSignal;
  /** Fake time the request was sent. */
  at: number;
}

export type Answer = Response | Record<string, unknown>;

/**
 * A response whose body is at hand at once (no stream to read): the client
 * sees exactly what it reads of a real one, and a fake clock stays in step.
 */
export function reply(body: unknown, { status = 200, headers = {} }: { status?: number; headers?: Record<string, string> } = {}): Response {
  const text = body === null ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const fake: Pick<Response, 'ok' | 'status' | 'url' | 'headers' | 'text'> = {
    ok: status >= 200 && status < 300,
    status,
    url: '',
    headers: new Headers(headers),
    text: () => Promise.resolve(text),
  };
  return fake as Response;
}

/** An HTTP error response. */
export const status = (code: number, headers?: Record<string, string>): Response => reply(null, { status: code, headers });

export interface FakeEndpoint {
  fetch: typeof fetch;
  calls: Call[];
}

/**
 * `respond` answers each request (a `Response`, or a body sent as JSON); a
 * throw is a network error, as `fetch` gives for an unreachable host.
 */
export function fakeEndpoint(respond: (tickers: string[], call: Call) => Answer, { wait = 0 } = {}): FakeEndpoint {
  const calls: Call[] = [];
  const fetch = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> =>
    new Promise((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const signal = init.signal ?? new AbortController().signal;
      const call: Call = { url, tickers: url.searchParams.get('tickers'), init, signal, at: Date.now() };
      calls.push(call);
      if (signal.aborted) return reject(new DOMException('The operation was aborted.', 'AbortError'));
      const answer = () => {
        signal.removeEventListener('abort', abort);
        try {
          const result = respond((call.tickers ?? '').split(',').filter(Boolean), call);
          resolve('text' in result && typeof result.text === 'function' ? (result as Response) : reply(result));
        } catch (error) {
          reject(error instanceof TypeError ? error : new TypeError(String(error)));
        }
      };
      const timer = setTimeout(answer, wait);
      const abort = () => {
        clearTimeout(timer);
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      };
      signal.addEventListener('abort', abort, { once: true });
    });
  return { fetch, calls };
}

/** Answers every ticker asked for, with a score that counts the requests so far. */
export function countingEndpoint(options?: { wait?: number }, headers?: Record<string, string>): FakeEndpoint {
  let n = 0;
  return fakeEndpoint((tickers) => {
    n += 1;
    return reply({ items: tickers.map((ticker) => ({ ticker, name: `${ticker} Inc.`, score: n })) }, { headers });
  }, options);
}

/** A fake clock for timers and `Date` only: promises, observers and frames stay real. */
export function fakeClock(): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.UTC(2026, 3, 27, 14) });
}

/** Runs the fake clock timer by timer until `promise` settles (at most `limit` ms of fake time). */
export async function settle<T>(clock: sinon.SinonFakeTimers, promise: Promise<T>, limit = 600_000): Promise<T> {
  const watched = watch(promise);
  const until = Date.now() + limit;
  await clock.tickAsync(0);
  while (!watched.settled && Date.now() < until && clock.countTimers() > 0) await clock.nextAsync();
  if (!watched.settled) throw new Error('still pending with no timer left to run');
  return promise;
}

/** Whether a promise has settled yet, without waiting for it. */
export function watch<T>(promise: Promise<T>): { readonly settled: boolean; promise: Promise<T> } {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return {
    get settled() {
      return settled;
    },
    promise,
  };
}
