import { delay, http, HttpResponse } from 'msw';
import { ITEMS, PROVIDER } from './data.mjs';

/** The body the contract describes: the items it knows, an error entry for each ticker it does not. */
function body(tickers: string[]) {
  const known = new Map(ITEMS.map((item) => [item.ticker, item]));
  return {
    asOf: new Date().toISOString(),
    provider: PROVIDER,
    items: tickers.flatMap((t) => (known.has(t) ? [known.get(t)!] : [])),
    errors: tickers.filter((t) => !known.has(t)).map((ticker) => ({ ticker, code: 'not_found', message: `No coverage for ${ticker}.` })),
  };
}

const tickersOf = (request: Request) => (new URL(request.url).searchParams.get('tickers') ?? '').split(',').filter(Boolean);

/**
 * Mocks of the snapshot endpoint for the demo pages:
 * - `api/snapshot`: answers after 600 ms;
 * - `api/slow`: never answers in time (the loading state);
 * - `api/broken`: HTTP 503 (the failed state).
 */
export const handlers = [
  http.get('*/api/snapshot', async ({ request }) => {
    await delay(600);
    return HttpResponse.json(body(tickersOf(request)), {
      headers: { 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300' },
    });
  }),
  http.get('*/api/slow', async () => {
    await delay('infinite');
    return HttpResponse.json({ items: [] });
  }),
  http.get('*/api/broken', () => new HttpResponse('Service unavailable', { status: 503 })),
];
