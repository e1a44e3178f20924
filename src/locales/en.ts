import type { Catalog } from './catalog.js';

/** English: ships inside the main bundle. */
const en: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Live stock context for companies directly referenced in this story',
  footer: (provider) =>
    provider
      ? `This panel uses ${provider}-native stock data, separate from the source wire linked above.`
      : 'This panel uses the data provider’s own stock data, separate from the source wire linked above.',
  scoreName: 'Alpha Score',
  scoreValueText: (score, label, f) => `${score} out of ${f.n(100)}, ${label}`,
  labels: { strong: 'Strong', moderate: 'Moderate', weak: 'Weak', poor: 'Poor' },
  change: (percent, when, day) =>
    ({
      today: `${percent} today`,
      close: `${percent} at close`,
      pre: `${percent} pre-market`,
      post: `${percent} after hours`,
      day: `${percent} on ${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `as of ${time}`,
  explanation: (score, profile, signals, _list, name) =>
    `${name} of ${score} reflects ${profile} overall profile` +
    (signals.length ? ` with ${signals.map(([name, grade]) => `${grade} ${name}`).join(', ')}.` : '.'),
  coverage: (count, cap, f) =>
    cap === undefined
      ? `Based on ${f.n(count)} of ${f.n(4)} signals.`
      : `Based on ${f.n(count)} of ${f.n(4)} signals — score is capped at ${cap} until remaining data ingests.`,
  moreLink: (ticker) => `Full research on ${ticker}`,
  more: 'More',
  less: 'Less',
  loading: 'Loading stock data…',
  invalidTicker: (ticker) => `“${ticker}” is an invalid ticker symbol.`,
  unavailableTicker: (ticker) => `Data for ${ticker} is unavailable right now.`,
  notFoundTicker: (ticker) => `Data for ${ticker} is unavailable: no such ticker.`,
  unsupportedTicker: (ticker) => `Data for ${ticker} is unavailable: not covered by this provider.`,
  loadFailed: 'Stock data could not be loaded.',
  retry: 'Try again',
  stale: (time) => `Couldn’t refresh. Showing data from ${time}.`,
  unavailable: 'Snapshot unavailable',
};

export default en;
