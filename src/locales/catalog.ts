import type { Grade, SignalName } from '../data/types.js';

/**
 * Which day a change is from: `today` (the market is open, or says nothing
 * of its state), at today's `close`, today `pre`-market or `post` (after
 * hours); another `day`, named; or `unknown` (the data gives no time: no day
 * is claimed).
 */
export type ChangeTime = 'today' | 'close' | 'pre' | 'post' | 'day' | 'unknown';

/**
 * Numbers a catalog writes itself ("of 4", "out of 100", a count), in the
 * panel's locale and digit system, and the plural category of a count in its
 * language (`Intl.PluralRules`): a sentence never mixes digit systems.
 */
export interface Numbers {
  n(value: number): string;
  plural(value: number): Intl.LDMLPluralRule;
}

/**
 * Every word the panel shows, for one language. Values are plain strings or
 * functions of already formatted arguments; templates put them in text nodes only.
 */
export interface Catalog {
  heading: string;
  subheading: string;
  /** The footer; `provider` is absent when neither response nor attribute names one. */
  footer(provider?: string): string;
  /** The score's name, shown before it and naming its meter (a provider may rename it). */
  scoreName: string;
  /** Value text of the score meter: "65 out of 100, Moderate" (100 from `f.n`). */
  scoreValueText(score: string, label: string, f: Numbers): string;
  /** Labels derived from the score when the endpoint sends none. */
  labels: Record<Grade, string>;
  /**
   * The price's change and its day: "-0.24% today", "-0.24% at close",
   * "-0.24% pre-market", "-0.24% after hours", "-0.24% on Apr 24" (`day` is
   * set for `day` only, with its year when not the current one), "-0.24%".
   */
  change(percent: string, when: ChangeTime, day: string): string;
  /** The time of the price: "as of Apr 27, 04:30 PM EDT". */
  priceAt(time: string): string;
  /*
   * How the score moved. Every catalog beside the script writes both; the
   * English ones are in movement.js with the code that uses them (not in the
   * bundle), and serve a catalog a publisher supplies without them.
   */
  /**
   * What changed since the previous snapshot (`since`, its day): the score's
   * change when both are known (`value` to choose words, `text` signed:
   * "+7", "−3", "0"), and the signals that changed, as [name, from, to].
   * "+7 since Apr 20: momentum weak → moderate".
   */
  movement?(
    delta: { value: number; text: string } | undefined,
    since: string,
    changes: [SignalName, Grade, Grade][],
    list: (items: string[]) => string,
  ): string;
  /** The trend line's description: "Alpha Score rose from 58 to 65 since Mar 27" (held at, fell from). */
  trend?(name: string, from: string, to: string, since: string, direction: 'up' | 'down' | 'flat'): string;
  /**
   * The generated explanation, from the formatted score, the overall profile and
   * the signals present, in order. `list` joins phrases as the language does
   * ("a, b and c", from `Intl.ListFormat`); `name` is the score's name.
   */
  explanation(score: string, profile: Grade, signals: [SignalName, Grade][], list: (items: string[]) => string, name: string): string;
  /**
   * The partial-coverage note: `count` of 4 signals have arrived (both written
   * with `f.n`, the noun chosen with `f.plural`); `cap` is absent when the
   * endpoint sends no `scoreCap`.
   */
  coverage(count: number, cap: string | undefined, f: Numbers): string;
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
  /**
   * A refresh failed; `time` is when the data shown was fetched: a time of day
   * (`10:32 AM`) on the reader's current day, else with its day (`Apr 27, 5:00 PM`)
   * and year, so the sentence must read with either.
   */
  stale(time: string): string;
  unavailable: string;
}
