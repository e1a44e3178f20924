import type { Catalog } from './locales/catalog.js';

/**
 * Page-wide settings: `window.ResearchSnapshotConfig`, set before (or after)
 * the script loads. Read when needed, so a change applies to the next request.
 */
export interface ResearchSnapshotConfig {
  /** The endpoint used by every element without an `endpoint` attribute. */
  endpoint?: string;
  /** Most tickers in one request; a larger set is split into the fewest requests. Default 50. */
  batchSize?: number;
  /** Seconds a response stays fresh when it has no `Cache-Control: max-age`. Default 60. */
  maxAge?: number;
  /** Retries after a network error, 408, 429 or 5xx. Default 3. */
  retries?: number;
  /** Seconds: the backoff before retry n is random(0, min(retryMaxDelay, retryBaseDelay · 2^n)). Default 1. */
  retryBaseDelay?: number;
  /** Seconds: the longest backoff, and the longest `Retry-After` waited out in a skeleton. Default 30. */
  retryMaxDelay?: number;
  /** Seconds: the shortest period a `refresh` attribute may set (a shorter one counts as this). Default 5. */
  minRefresh?: number;
  /**
   * Messages by language tag (`de`, `pt-BR`, `nl`…): single messages override
   * the built-in catalog; a complete catalog adds a language. A message with
   * values (a function) may be given as text, used as it is.
   */
  locales?: Record<string, Messages>;
  /** The score's name on every panel of the page without a `score-name` attribute (default: the catalog's, "Alpha Score"). */
  scoreName?: string;
  /**
   * The folder the language catalogs (`de.js`, `fr.js`…) are loaded from, e.g.
   * `/assets/snapshot-locales/`; by default `locales/` beside the script.
   */
  localeBase?: string;
}

declare global {
  interface Window {
    ResearchSnapshotConfig?: ResearchSnapshotConfig;
  }
}

export const DEFAULTS = {
  batchSize: 50,
  maxAge: 60,
  retries: 3,
  retryBaseDelay: 1,
  retryMaxDelay: 30,
  minRefresh: 5,
} as const;

type Numeric = keyof typeof DEFAULTS;

/** A numeric setting: the page's when it is a usable number, else the default. */
export function setting(name: Numeric): number {
  const value = globalThis.window?.ResearchSnapshotConfig?.[name];
  const min = name === 'batchSize' ? 1 : 0;
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? value : DEFAULTS[name];
}

/** The page-wide endpoint, when one is set. */
export function configuredEndpoint(): string | undefined {
  const value = globalThis.window?.ResearchSnapshotConfig?.endpoint;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The page's name for the score, when set. */
export function configuredScoreName(): string | undefined {
  const value = globalThis.window?.ResearchSnapshotConfig?.scoreName;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A publisher's messages: a catalog's, where a message with values may be plain text. */
export type Messages = {
  [K in keyof Catalog]?: Catalog[K] | (Catalog[K] extends ((...args: never[]) => string) | undefined ? string : never);
};

/** The publisher's messages, when set. */
export function localeSettings(): Record<string, Messages> | undefined {
  const value = globalThis.window?.ResearchSnapshotConfig?.locales;
  return value && typeof value === 'object' ? value : undefined;
}

/** Seconds from a numeric attribute: a finite number ≥ 0, else the fallback. */
export function seconds(value: number | null | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * Seconds between refreshes from the `refresh` attribute: none (0), or at
 * least the page's `minRefresh`, so that a panel on a page many read cannot
 * hammer its endpoint (a typo such as ".05" would).
 */
export function refreshSeconds(value: number | null | undefined): number {
  const period = seconds(value, 0);
  return period && Math.max(period, setting('minRefresh'));
}
