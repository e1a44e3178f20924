import { scriptUrl } from '../script-url.js';
import type { discoverTickers } from './discovery.js';

interface Discovery {
  discoverTickers: typeof discoverTickers;
}

let found: Discovery | undefined;
let loading: Promise<Discovery> | undefined;

/**
 * Ticker discovery, which only `tickers="auto"` needs, so it is not in the
 * bundle: the script-tag builds load `discovery.js` from beside themselves,
 * and a bundled app gets it as a chunk of its own. At once once loaded, else a
 * promise; loaded once per page. If it cannot be loaded, discovery finds
 * nothing, which the panel reports as having no tickers.
 */
export function discovery(): Discovery | Promise<Discovery> {
  if (found) return found;
  loading ??= (
    import.meta.env?.CDN
      ? // Our own file, beside the running script.
        // eslint-disable-next-line no-unsanitized/method
        (import(/* @vite-ignore */ new URL('discovery.js', scriptUrl).href) as Promise<Discovery>)
      : import('./discovery.js')
  ).then(
    (module) => (found = module),
    (error: unknown) => {
      console.error(`<research-snapshot>: could not load ticker discovery (discovery.js beside the script) for tickers="auto".`, error);
      return (found = { discoverTickers: () => [] });
    },
  );
  return loading;
}
