import type { Grade, SignalName } from '../data/types.js';

/**
 * Every word the panel shows, for one language. Values are plain strings or
 * functions of already formatted arguments; templates put them in text nodes only.
 */
export interface Catalog {
  heading: string;
  subheading: string;
  /** The footer; `provider` is absent when neither response nor attribute names one. */
  footer(provider?: string): string;
  /** Accessible name of the score meter. */
  scoreName: string;
  /** Value text of the score meter: "65 out of 100, Moderate". */
  scoreValueText(score: string, label: string): string;
  /** Labels derived from the score when the endpoint sends none. */
  labels: Record<Grade, string>;
  /** Today's change: "-0.24% today". */
  change(percent: string): string;
  /** The time of the price: "as of Apr 27, 04:30 PM EDT". */
  priceAt(time: string): string;
  /**
   * The generated explanation, from the formatted score, the overall profile and
   * the signals present, in order. `list` joins phrases as the language does
   * ("a, b and c", from `Intl.ListFormat`).
   */
  explanation(score: string, profile: Grade, signals: [SignalName, Grade][], list: (items: string[]) => string): string;
  /** The partial-coverage note; `cap` is absent when the endpoint sends no `scoreCap`. */
  coverage(count: number, cap?: string): string;
  moreLink(ticker: string): string;
  /** Show the rest of a long explanation, and hide it again. */
  more: string;
  less: string;
  loading: string;
  invalidTicker(ticker: string): string;
  unavailableTicker(ticker: string): string;
  notFoundTicker(ticker: string): string;
  unsupportedTicker(ticker: string): string;
  loadFailed: string;
  retry: string;
  /** A refresh failed; `time` is when the data shown was fetched. */
  stale(time: string): string;
  unavailable: string;
}
