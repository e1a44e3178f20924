import { onDemand, ownFile } from '../on-demand.js';
import type { discoverTickers } from './discovery.js';

interface Discovery {
  discoverTickers: typeof discoverTickers;
}

/**
 * Ticker discovery, which only `tickers="auto"` needs. If it cannot be
 * loaded, discovery finds nothing, which the panel reports as having no tickers.
 */
export const discovery = onDemand<Discovery>(
  () => (import.meta.env?.CDN ? ownFile('discovery.js') : import('./discovery.js')),
  { discoverTickers: () => [] },
  'ticker discovery (discovery.js beside the script) for tickers="auto"',
);
