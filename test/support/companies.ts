/** The companies of the demo article, as the endpoint sends them, for tests that need typical data. */
export const MSFT = {
  ticker: 'MSFT',
  name: 'Microsoft Corporation',
  sector: 'Technology',
  score: 65,
  signals: { momentum: 'moderate', value: 'moderate', quality: 'strong', sentiment: 'weak' },
  price: 423.62,
  changePercent: -0.24,
  priceAsOf: '2026-04-27T20:30:00Z',
  history: [
    { date: '2026-03-27', score: 58 },
    { date: '2026-04-10', score: 59 },
    { date: '2026-04-20', score: 58 },
    { date: '2026-04-27', score: 65 },
  ],
  previous: { asOf: '2026-04-20', score: 58, signals: { momentum: 'weak', value: 'moderate', quality: 'strong', sentiment: 'weak' } },
  url: 'https://example.com/research/MSFT',
};

export const AMZN = {
  ticker: 'AMZN',
  name: 'Amazon.com, Inc.',
  sector: 'Consumer Discretionary',
  score: 54,
  signals: { momentum: 'strong', value: 'poor', quality: 'strong', sentiment: 'weak' },
  price: 263.07,
  changePercent: 0.35,
  priceAsOf: '2026-04-27T20:30:00Z',
  url: 'https://example.com/research/AMZN',
};

/** Three of four signals: its coverage note says so. */
export const RIVN = {
  ticker: 'RIVN',
  name: 'Rivian Automotive, Inc.',
  sector: 'Consumer Cyclical',
  score: 47,
  signals: { momentum: 'moderate', value: 'poor', quality: 'moderate', sentiment: null },
  scoreCap: 90,
};
