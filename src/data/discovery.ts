import { TICKER_PATTERN } from './tickers.js';

/**
 * Finds the companies a story references, for `tickers="auto"`: cashtags
 * (`$MSFT`, `$BRK.B`), elements with `data-ticker`, and links to stock pages,
 * in order of first mention, without duplicates, at most `cap` of them.
 */

/** `$` + an upper-case symbol, not glued to a word before it (so not `US$5`) and starting with a letter (so not `$5`). */
const CASHTAG = /(?<![\w$])\$([A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?)(?![\w.]*\w)/g;

/** Links such as /quote/MSFT, /stocks/msft or /symbol/BRK.B; the first group is the ticker. */
export const DEFAULT_LINK_PATTERN = /\/(?:quotes?|stocks?|symbols?|markets\/stocks)\/([A-Za-z0-9.:-]{1,12})(?:[/?#]|$)/;

export const DEFAULT_CAP = 8;

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
    return undefined;
  }
}

export function discoverTickers(root: Element, options: DiscoveryOptions = {}): string[] {
  const cap = options.cap && options.cap > 0 ? Math.floor(options.cap) : DEFAULT_CAP;
  const links = pattern(options.linkPattern);
  const found: string[] = [];
  const add = (raw: string | undefined) => {
    const ticker = raw?.trim().toUpperCase();
    if (ticker && TICKER_PATTERN.test(ticker) && !found.includes(ticker)) found.push(ticker);
  };

  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && SKIP.has((node as Element).tagName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node: Node | null = walker.currentNode; node && found.length < cap; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      for (const match of (node.nodeValue ?? '').matchAll(CASHTAG)) add(match[1]);
    } else if (node instanceof HTMLElement) {
      if (node.dataset.ticker) add(node.dataset.ticker);
      if (links && node instanceof HTMLAnchorElement && node.href) {
        const match = links.exec(node.href);
        if (match) add(match[1]);
      }
    }
  }
  return found.slice(0, cap);
}
