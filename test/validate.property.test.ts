import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseSnapshot, validateSnapshot } from '../src/data/validate.js';
import { SIGNAL_NAMES, type SnapshotData, type SnapshotItem } from '../src/data/types.js';

const GRADES = ['strong', 'moderate', 'weak', 'poor'];
const ITEM_KEYS = new Set([
  'ticker',
  'name',
  'sector',
  'score',
  'label',
  'signals',
  'scoreCap',
  'price',
  'currency',
  'changePercent',
  'priceAsOf',
  'timeZone',
  'marketState',
  'history',
  'previous',
  'explanation',
  'url',
]);

const finiteIn = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

/** Every way a validated record could be wrong; an empty list means it is right. */
function problems(item: SnapshotItem): string[] {
  const found: string[] = [];
  const check = (ok: boolean, what: string) => ok || found.push(what);
  for (const [key, value] of Object.entries(item)) {
    check(ITEM_KEYS.has(key), `unknown key ${key}`);
    check(value !== undefined && value !== null, `${key} is ${value}`);
  }
  check(typeof item.ticker === 'string' && /^[A-Z0-9.:-]{1,12}$/.test(item.ticker), 'ticker');
  for (const key of ['name', 'sector', 'label', 'explanation'] as const) {
    if (key in item) check(typeof item[key] === 'string' && item[key]!.trim() !== '', key);
  }
  if ('score' in item) check(finiteIn(item.score, 0, 100), 'score');
  if ('scoreCap' in item) check(finiteIn(item.scoreCap, 0, 100), 'scoreCap');
  if ('price' in item) check(finiteIn(item.price, 0, Number.MAX_VALUE), 'price');
  if ('changePercent' in item) check(finiteIn(item.changePercent, -100, Number.MAX_VALUE), 'changePercent');
  check(typeof item.currency === 'string' && /^[A-Z]{3}$/.test(item.currency), 'currency');
  check(typeof item.timeZone === 'string' && item.timeZone !== '', 'timeZone');
  if ('priceAsOf' in item) check(typeof item.priceAsOf === 'string' && !Number.isNaN(Date.parse(item.priceAsOf!)), 'priceAsOf');
  if ('url' in item) check(typeof item.url === 'string' && /^https?:\/\//.test(item.url!), 'url');
  const signalProblems = (signals: unknown, what: string) => {
    check(typeof signals === 'object' && signals !== null && !Array.isArray(signals), what);
    for (const [name, grade] of Object.entries(signals ?? {})) {
      check((SIGNAL_NAMES as readonly string[]).includes(name) && GRADES.includes(grade as string), `${what} ${name}=${grade}`);
    }
  };
  if ('signals' in item) signalProblems(item.signals, 'signals');
  if ('marketState' in item) check(['pre', 'open', 'post', 'closed'].includes(item.marketState!), 'marketState');
  const day = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
  if ('history' in item) {
    const points = item.history!;
    check(Array.isArray(points) && points.length > 0 && points.length <= 90, 'history length');
    points.forEach((point, i) => {
      check(Object.keys(point).sort().join() === 'date,score', 'history point keys');
      check(day(point.date) && finiteIn(point.score, 0, 100), `history point ${JSON.stringify(point)}`);
      if (i) check(points[i - 1].date < point.date, 'history in order, one point a day');
    });
  }
  if ('previous' in item) {
    const { asOf, score, signals, ...rest } = item.previous!;
    check(Object.keys(rest).length === 0, 'previous keys');
    check(typeof asOf === 'string' && !Number.isNaN(Date.parse(asOf)), 'previous asOf');
    if (score !== undefined) check(finiteIn(score, 0, 100), 'previous score');
    if (signals !== undefined) signalProblems(signals, 'previous signals');
    check(score !== undefined || signals !== undefined, 'previous with nothing in it');
  }
  return found;
}

function dataProblems(data: SnapshotData): string[] {
  const found = data.items.flatMap(problems);
  if ('provider' in data && (typeof data.provider !== 'string' || !data.provider.trim())) found.push('provider');
  if ('asOf' in data && Number.isNaN(Date.parse(data.asOf!))) found.push('asOf');
  for (const error of data.errors) {
    if (!/^[A-Z0-9.:-]{1,12}$/.test(error.ticker)) found.push('error ticker');
    if (!['not_found', 'unsupported', 'unavailable'].includes(error.code)) found.push('error code');
    if ('message' in error && typeof error.message !== 'string') found.push('error message');
  }
  const tickers = data.items.map((i) => i.ticker);
  if (new Set(tickers).size !== tickers.length) found.push('duplicate items');
  return found;
}

/** Values of every JSON kind, weighted towards the ones the contract uses. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.double(),
  fc.integer({ min: -200, max: 200 }),
  fc.constantFrom(
    null,
    '',
    ' ',
    'NaN',
    'Infinity',
    '-0',
    'strong',
    'Moderate',
    'USD',
    'eur',
    'America/New_York',
    'Not/AZone',
    '2026-04-27T20:30:00Z',
    '2026-13-40',
    'javascript:alert(1)',
    'https://example.com/x',
    '/relative',
    '<img src=x onerror=alert(1)>',
    '__proto__',
    'constructor',
    'MSFT',
    'brk.b',
    'x'.repeat(200),
  ),
);

const item = fc.record(
  {
    ticker: fc.oneof(fc.constantFrom('MSFT', 'msft', 'BRK.B', 'LSE:VOD', '', '$$$', 'TOOLONGTICKER1'), anyValue),
    name: anyValue,
    sector: anyValue,
    score: anyValue,
    label: anyValue,
    signals: fc.oneof(anyValue, fc.dictionary(fc.constantFrom(...SIGNAL_NAMES, 'hype', '__proto__'), anyValue)),
    scoreCap: anyValue,
    price: anyValue,
    currency: anyValue,
    changePercent: anyValue,
    priceAsOf: anyValue,
    timeZone: anyValue,
    marketState: fc.oneof(anyValue, fc.constantFrom('pre', 'open', 'post', 'closed', 'OPEN', 'halted')),
    history: fc.oneof(
      anyValue,
      fc.array(
        fc.oneof(
          anyValue,
          fc.record(
            { date: fc.oneof(anyValue, fc.constantFrom('2026-03-27', '2026-02-30', '2026-3-27', '2026-04-27T00:00:00Z')), score: anyValue },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 120 },
      ),
    ),
    previous: fc.oneof(
      anyValue,
      fc.record(
        {
          asOf: fc.oneof(anyValue, fc.constantFrom('2026-04-20', '2026-04-20T20:00:00Z', 'yesterday')),
          score: anyValue,
          signals: fc.oneof(anyValue, fc.dictionary(fc.constantFrom(...SIGNAL_NAMES, 'hype'), anyValue)),
        },
        { requiredKeys: [] },
      ),
    ),
    explanation: anyValue,
    url: anyValue,
  },
  { requiredKeys: [] },
);

const body = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      asOf: anyValue,
      provider: anyValue,
      items: fc.oneof(fc.array(fc.oneof(item, anyValue), { maxLength: 8 }), anyValue),
      errors: fc.oneof(fc.array(fc.record({ ticker: anyValue, code: anyValue, message: anyValue }, { requiredKeys: [] })), anyValue),
    },
    { requiredKeys: [] },
  ),
);

describe('validator properties', () => {
  it('never throws and never yields a wrong-typed field, for any JSON-like body', () => {
    fc.assert(
      fc.property(body, (value) => {
        const result = validateSnapshot(value, 'https://api.example.test/v1/snapshot');
        if (!result.ok) return typeof result.error === 'string' && result.error !== '';
        const found = dataProblems(result.data);
        if (found.length) throw new Error(found.join('; '));
        return true;
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on any text, JSON or not', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          body.map((v) => JSON.stringify(v) ?? 'null'),
        ),
        (source) => {
          const result = parseSnapshot(source);
          return result.ok ? dataProblems(result.data).length === 0 : typeof result.error === 'string';
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('keeps every valid item, whatever junk surrounds it', () => {
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: 5 }), fc.array(anyValue, { maxLength: 5 }), (before, after) => {
        const result = validateSnapshot({
          items: [
            ...before.filter((v) => typeof v !== 'object'),
            { ticker: 'ZZTOP', score: 42 },
            ...after.filter((v) => typeof v !== 'object'),
          ],
        });
        expect(result.ok).to.equal(true);
        return result.ok && result.data.items.some((i) => i.ticker === 'ZZTOP' && i.score === 42);
      }),
    );
  });
});
