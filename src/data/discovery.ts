import { DEFAULT_CAP, TICKER_PATTERN } from './tickers.js';

/**
 * Finds the companies a story references, for `tickers="auto"`: cashtags
 * (`$MSFT`, `$BRK.B`), elements with `data-ticker`, and links to stock pages,
 * in order of first mention, without duplicates, at most `cap` of them.
 */

/**
 * `$` + an upper-case symbol of letters (`$MSFT`, `$BRK.B`), not glued to a word
 * before it (so not `US$5`), not followed by digits (so not `$5`, `$US50`).
 */
const CASHTAG = /(?<![\w$])\$([A-Z]{1,6}(?:\.[A-Z]{1,2})?)(?![\w.]*\w)/g;

/** Currency prefixes written like cashtags: `$US`, `$A`, `$CAD 20`. */
const CURRENCIES = new Set([
  'A',
  'C',
  'S',
  'R',
  'US',
  'NZ',
  'HK',
  'AU',
  'CA',
  'SG',
  'USD',
  'CAD',
  'AUD',
  'NZD',
  'HKD',
  'SGD',
  'EUR',
  'GBP',
  'JPY',
  'CHF',
  'CNY',
  'MXN',
  'BRL',
  'INR',
]);

/** Path words of section pages that look like a stock link: /stocks/news, /quotes/of-the-day. */
const NOT_SYMBOLS = new Set([
  'NEWS',
  'EARNINGS',
  'MARKETS',
  'MARKET',
  'LATEST',
  'TODAY',
  'OF-THE-DAY',
  'MOST-ACTIVE',
  'GAINERS',
  'LOSERS',
  'MOVERS',
  'TRENDING',
  'WATCHLIST',
  'SCREENER',
  'ETF',
  'ETFS',
  'FUNDS',
  'INDEX',
  'INDICES',
  'CRYPTO',
  'SECTOR',
  'SECTORS',
  'ANALYSIS',
  'OPINION',
  'VIDEO',
  'LIVE',
  'ALL',
  'TOP',
]);
/**
 * Section names written in lower case, such as /stocks/technology or /stocks/ipo:
 * longer than a ticker, or a short word that is also a ticker (TECH, IPO) only
 * when written in capitals.
 */
const WORD = /^(?:[a-z-]{6,}|ipos?|tech|hot|new|list|search)$/;
/** `MSFT:NASDAQ` and `NASDAQ:MSFT` both mean MSFT. */
const EXCHANGES = '(?:NASDAQ|NYSE(?:ARCA|AMERICAN)?|AMEX|BATS|OTC(?:MKTS)?|LON|LSE|TSX|ASX|HKEX|TYO|FRA|ETR|EPA|AMS)';
const EXCHANGE = new RegExp(`^(?:${EXCHANGES}:([^:]+)|([^:]+):${EXCHANGES})$`);

/** Paths such as /quote/MSFT, /stocks/msft or /symbol/BRK.B; the first group is the ticker. Matched against the link's path only. */
export const DEFAULT_LINK_PATTERN = /\/(?:quotes?|stocks?|symbols?|markets\/stocks)\/([A-Za-z0-9.:-]{1,25})(?:[/?#]|$)/;

/** Code, scripts and form fields hold text that only looks like cashtags (`echo $PATH`). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'RESEARCH-SNAPSHOT', 'TEXTAREA', 'CODE', 'PRE', 'KBD', 'SAMP']);

export interface DiscoveryOptions {
  /** A RegExp (or its source) whose first group is the ticker in a link's URL. */
  linkPattern?: RegExp | string;
  cap?: number;
}

function pattern(value: RegExp | string | undefined): RegExp | undefined {
  if (value instanceof RegExp) return value;
  if (!value) return DEFAULT_LINK_PATTERN;
  try {
    return new RegExp(value);
  } catch {
    console.warn(`<research-snapshot>: link-pattern "${value}" is not a regular expression; links are not read.`);
    return undefined;
  }
}

/** Whether the reader can see it (`display: none` and the like), where the engine can tell. */
const visible = (element: Element | null) => !element?.checkVisibility || element.checkVisibility();

export function discoverTickers(root: Element, options: DiscoveryOptions = {}): string[] {
  const cap = options.cap && options.cap > 0 ? Math.floor(options.cap) : DEFAULT_CAP;
  const links = pattern(options.linkPattern);
  const found: string[] = [];
  const add = (raw: string | undefined) => {
    let ticker = raw?.trim().toUpperCase();
    const listed = ticker && EXCHANGE.exec(ticker);
    if (listed) ticker = listed[1] ?? listed[2];
    if (ticker && TICKER_PATTERN.test(ticker) && !found.includes(ticker)) found.push(ticker);
  };

  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE &&
      (SKIP.has((node as Element).tagName) ||
        (node as Element).hasAttribute('hidden') ||
        (node as Element).getAttribute('aria-hidden') === 'true')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node: Node | null = walker.currentNode; node && found.length < cap; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      for (const match of (node.nodeValue ?? '').matchAll(CASHTAG)) {
        if (!CURRENCIES.has(match[1]) && visible(node.parentElement)) add(match[1]);
      }
    } else if (node instanceof HTMLElement) {
      if (node.dataset.ticker && visible(node)) add(node.dataset.ticker);
      if (links && node instanceof HTMLAnchorElement && node.href) {
        // The default pattern reads the path only; a publisher's pattern the path, else the whole address.
        const match = links.exec(node.pathname) ?? (links === DEFAULT_LINK_PATTERN ? null : links.exec(node.href));
        if (match?.[1] && !WORD.test(match[1]) && !NOT_SYMBOLS.has(match[1].toUpperCase()) && visible(node)) add(match[1]);
      }
    }
  }
  return found.slice(0, cap);
}
