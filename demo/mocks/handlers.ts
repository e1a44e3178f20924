import { delay, http, HttpResponse } from 'msw';
import { ITEMS, PROVIDER } from './data.js';

/**
 * A mock of the snapshot endpoint, as the endpoint contract describes it:
 * `GET …/api/snapshot?tickers=A,B` answers the items it knows and an error
 * entry for each ticker it does not.
 */
export const handlers = [
  http.get('*/api/snapshot', async ({ request }) => {
    const tickers = (new URL(request.url).searchParams.get('tickers') ?? '').split(',').filter(Boolean);
    await delay(600);
    const known = new Map(ITEMS.map((item) => [item.ticker, item]));
    return HttpResponse.json(
      {
        asOf: new Date().toISOString(),
        provider: PROVIDER,
        items: tickers.flatMap((t) => (known.has(t) ? [known.get(t)!] : [])),
        errors: tickers
          .filter((t) => !known.has(t))
          .map((ticker) => ({ ticker, code: 'not_found', message: `No coverage for ${ticker}.` })),
      },
      { headers: { 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300' } },
    );
  }),
];
