/** The demo's four companies (as in demo/mocks/data.ts), for Node-side checks. */
export const PROVIDER = 'AlphaDesk';
export const ITEMS = [
  { ticker: 'MSFT', name: 'Microsoft Corporation', sector: 'Technology', score: 65, label: 'Moderate',
    signals: { momentum: 'moderate', value: 'moderate', quality: 'strong', sentiment: 'weak' },
    price: 423.62, currency: 'USD', changePercent: -0.24, priceAsOf: '2026-04-27T20:30:00Z', timeZone: 'America/New_York', url: 'https://example.com/research/MSFT' },
  { ticker: 'AMZN', name: 'Amazon.com, Inc.', sector: 'Consumer Discretionary', score: 54, label: 'Weak',
    signals: { momentum: 'strong', value: 'poor', quality: 'strong', sentiment: 'weak' },
    price: 263.07, currency: 'USD', changePercent: -0.35, priceAsOf: '2026-04-27T20:30:00Z', timeZone: 'America/New_York', url: 'https://example.com/research/AMZN' },
  { ticker: 'ARM', name: 'Arm Holdings plc', score: 45, signals: { momentum: 'strong', value: 'poor', quality: 'poor', sentiment: 'weak' } },
  { ticker: 'RIVN', name: 'Rivian Automotive, Inc.', sector: 'Consumer Cyclical', score: 47,
    signals: { momentum: 'moderate', value: 'poor', quality: 'moderate', sentiment: null }, scoreCap: 90 },
];
