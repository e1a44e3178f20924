import type { Grade } from '../data/types.js';

/**
 * Every word the panel shows, in one catalog. Values are plain strings or
 * functions of typed arguments; templates put them in text nodes only.
 */
export const messages = {
  heading: 'Research Snapshot',
  subheading: 'Live stock context for companies directly referenced in this story',
  footer: (provider: string | undefined) =>
    provider
      ? `This panel uses ${provider}-native stock data, separate from the source wire linked above.`
      : 'This panel uses the data provider’s own stock data, separate from the source wire linked above.',
  scoreName: 'Alpha Score',
  scoreValueText: (score: string, label: string) => `${score} out of 100, ${label}`,
  labels: { strong: 'Strong', moderate: 'Moderate', weak: 'Weak', poor: 'Poor' } as Record<Grade, string>,
  change: (percent: string) => `${percent} today`,
  changeUp: 'up',
  changeDown: 'down',
  priceAt: (time: string) => `as of ${time}`,
  explanation: (score: string, profile: Grade, signals: string[]) =>
    signals.length
      ? `Alpha Score of ${score} reflects ${profile} overall profile with ${signals.join(', ')}.`
      : `Alpha Score of ${score} reflects ${profile} overall profile.`,
  signal: (grade: Grade, name: string) => `${grade} ${name}`,
  coverage: (count: number, cap: string | undefined) =>
    cap === undefined
      ? `Based on ${count} of 4 signals.`
      : `Based on ${count} of 4 signals — score is capped at ${cap} until remaining data ingests.`,
  moreLink: (ticker: string) => `Full research on ${ticker}`,
  loading: 'Loading stock data…',
  invalidTicker: (ticker: string) => `“${ticker}” is an invalid ticker symbol.`,
  unavailableTicker: (ticker: string) => `Data for ${ticker} is unavailable right now.`,
  notFoundTicker: (ticker: string) => `Data for ${ticker} is unavailable: no such ticker.`,
  unsupportedTicker: (ticker: string) => `Data for ${ticker} is unavailable: not covered by this provider.`,
  loadFailed: 'Stock data could not be loaded.',
  retry: 'Try again',
  stale: (time: string) => `Couldn’t refresh. Showing data from ${time}.`,
  unavailable: 'Snapshot unavailable',
};

export type Messages = typeof messages;
