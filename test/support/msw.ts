import { setupWorker } from 'msw/browser';
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';

/** One service worker for the whole test run; each test adds its own handlers. */
export const worker = setupWorker();

let started: Promise<unknown> | undefined;
export function startWorker(): Promise<unknown> {
  started ??= worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
  return started;
}

/**
 * The endpoint of the current test. The client caches per endpoint for the
 * whole page, so each test gets an endpoint of its own.
 */
export let ENDPOINT = 'https://api.example.test/v1/snapshot';
let count = 0;
beforeEach(() => {
  count += 1;
  ENDPOINT = `https://api.example.test/v1/snapshot/${count}`;
});

export interface Recorded {
  url: URL;
  tickers: string | null;
  request: Request;
}

/**
 * Serves `body` (or what `respond` returns) at `endpoint` and records every
 * request it receives, so tests can count and inspect them.
 */
export function serve(
  body: JsonBodyType | ((tickers: string[], request: Request) => Response | JsonBodyType | Promise<Response | JsonBodyType>),
  { endpoint = ENDPOINT, wait = 0 }: { endpoint?: string; wait?: number } = {},
): Recorded[] {
  const requests: Recorded[] = [];
  worker.use(
    http.get(endpoint, async ({ request }) => {
      const url = new URL(request.url);
      const tickers = url.searchParams.get('tickers');
      requests.push({ url, tickers, request });
      if (wait) await delay(wait);
      const result = typeof body === 'function' ? await body((tickers ?? '').split(',').filter(Boolean), request) : body;
      return result instanceof Response ? result : HttpResponse.json(result);
    }),
  );
  return requests;
}

export { delay, http, HttpResponse };

/**
 * The hooks of a suite that talks to the mocked endpoint with retries off:
 * retries have their own suite (client.test.ts), so here a failure is final at once.
 */
export function useEndpointWithoutRetries(): void {
  before(startWorker);
  beforeEach(() => {
    window.ResearchSnapshotConfig = { retries: 0 };
  });
  afterEach(() => {
    worker.resetHandlers();
    delete window.ResearchSnapshotConfig;
  });
}
