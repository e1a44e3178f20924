import { expect } from '@open-wc/testing';
import { parseSnapshot, validateSnapshot } from '../src/data/validate.js';

const ok = (body: unknown) => {
  const result = validateSnapshot(body, 'https://api.example.test/v1/snapshot');
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.data;
};
const item = (fields: Record<string, unknown>) => ok({ items: [{ ticker: 'MSFT', ...fields }] }).items[0];

describe('validateSnapshot', () => {
  describe('refuses a wholly unusable body', () => {
    for (const [name, source] of [
      ['not JSON', '<html>502 Bad Gateway</html>'],
      ['empty', ''],
      ['null', 'null'],
      ['a number', '42'],
      ['a string', '"items"'],
      ['an array', '[{"ticker":"MSFT"}]'],
      ['no items', '{"data":[]}'],
      ['items not an array', '{"items":{"MSFT":{}}}'],
    ] as const) {
      it(name, () => {
        const result = parseSnapshot(source);
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(result.error).to.be.a('string').and.not.equal('');
      });
    }
  });

  it('keeps every valid field', () => {
    expect(
      item({
        name: 'Microsoft',
        sector: 'Technology',
        score: 65,
        label: 'Moderate',
        signals: { momentum: 'moderate', value: 'moderate', quality: 'strong', sentiment: 'weak' },
        scoreCap: 90,
        price: 423.62,
        currency: 'eur',
        changePercent: -0.24,
        priceAsOf: '2026-04-27T20:30:00Z',
        timeZone: 'Europe/Berlin',
        explanation: 'Because.',
        url: 'https://example.com/msft',
      }),
    ).to.deep.equal({
      ticker: 'MSFT',
      name: 'Microsoft',
      sector: 'Technology',
      score: 65,
      label: 'Moderate',
      signals: { momentum: 'moderate', value: 'moderate', quality: 'strong', sentiment: 'weak' },
      scoreCap: 90,
      price: 423.62,
      currency: 'EUR',
      changePercent: -0.24,
      priceAsOf: '2026-04-27T20:30:00Z',
      timeZone: 'Europe/Berlin',
      explanation: 'Because.',
      url: 'https://example.com/msft',
    });
  });

  it('fills in the defaults for currency and time zone', () => {
    const record = item({});
    expect(record).to.deep.equal({ ticker: 'MSFT', currency: 'USD', timeZone: 'America/New_York' });
  });

  it('drops fields of the wrong type and keeps the rest of the item', () => {
    const record = item({
      name: 42,
      sector: ['Tech'],
      score: '65',
      label: {},
      signals: 'strong',
      scoreCap: true,
      price: '423.62',
      currency: 840,
      changePercent: '-0.24',
      priceAsOf: 1714249800000,
      timeZone: 5,
      explanation: { html: '<b>x</b>' },
      url: { href: 'https://example.com' },
    });
    expect(record).to.deep.equal({ ticker: 'MSFT', currency: 'USD', timeZone: 'America/New_York' });
  });

  it('drops numbers out of range or not finite', () => {
    for (const score of [-1, 100.5, 1e308 * 10, Number.NaN]) {
      expect(item({ score }).score, String(score)).to.equal(undefined);
    }
    expect(item({ score: 0 }).score).to.equal(0);
    expect(item({ score: 100 }).score).to.equal(100);
    expect(item({ scoreCap: 101 }).scoreCap).to.equal(undefined);
    expect(item({ price: -3 }).price).to.equal(undefined);
    expect(item({ price: 0 }).price).to.equal(0);
    expect(item({ changePercent: -100.01 }).changePercent).to.equal(undefined);
    expect(item({ changePercent: 12.5 }).changePercent).to.equal(12.5);
  });

  it('treats null and blank strings as missing', () => {
    const record = item({ name: null, sector: '   ', label: '', explanation: null, url: null, score: null, price: null });
    expect(record).to.deep.equal({ ticker: 'MSFT', currency: 'USD', timeZone: 'America/New_York' });
  });

  it('keeps only known signal grades', () => {
    expect(item({ signals: { momentum: 'Strong', value: 'great', quality: null, sentiment: 3, hype: 'strong' } }).signals).to.deep.equal({
      momentum: 'strong',
    });
  });

  it('drops unknown currencies and time zones, and times that do not parse', () => {
    const record = item({ currency: 'XX1', timeZone: 'Mars/Olympus_Mons', priceAsOf: '27 April' });
    expect(record.currency).to.equal('USD');
    expect(record.timeZone).to.equal('America/New_York');
    expect(record.priceAsOf).to.equal(undefined);
    expect(item({ priceAsOf: '2026-13-45T99:99:00Z' }).priceAsOf).to.equal(undefined);
  });

  it('drops dates that are not on the calendar, and reads a time without an offset as UTC', () => {
    for (const bad of [
      '2026-02-30T10:00:00Z',
      '2026-02-29',
      '2026-04-31T12:00Z',
      '2026-04-27T24:00:00Z',
      '2026-04-27T12:60Z',
      '2026-04-27T12:00:00+25:00',
    ]) {
      expect(item({ priceAsOf: bad }).priceAsOf, bad).to.equal(undefined);
    }
    expect(item({ priceAsOf: '2028-02-29T10:00:00Z' }).priceAsOf).to.equal('2028-02-29T10:00:00Z');
    expect(item({ priceAsOf: '0001-01-01' }).priceAsOf, 'a year below 100').to.equal('0001-01-01');
    expect(item({ priceAsOf: '2026-04-27' }).priceAsOf).to.equal('2026-04-27');
    expect(item({ priceAsOf: '2026-04-27T20:30:00' }).priceAsOf).to.equal('2026-04-27T20:30:00Z');
    expect(item({ priceAsOf: '2026-04-27 20:30' }).priceAsOf).to.equal('2026-04-27T20:30Z');
    expect(item({ priceAsOf: '2026-04-27 20:30z' }).priceAsOf).to.equal('2026-04-27T20:30Z');
    expect(item({ priceAsOf: '2026-04-27t20:30+02:00' }).priceAsOf).to.equal('2026-04-27T20:30+02:00');
    expect(item({ priceAsOf: '2026-04-27T16:30:00-04:00' }).priceAsOf).to.equal('2026-04-27T16:30:00-04:00');
  });

  it('turns -0 into 0, so that no minus sign is shown on nothing', () => {
    const record = item({ score: -0, scoreCap: -0, price: -0, changePercent: -0 });
    for (const field of ['score', 'scoreCap', 'price', 'changePercent'] as const) {
      expect(Object.is(record[field], 0), field).to.equal(true);
    }
  });

  it('keeps only http: and https: links, resolving relative ones against the endpoint', () => {
    expect(item({ url: 'javascript:alert(1)' }).url).to.equal(undefined);
    expect(item({ url: 'data:text/html,<script>alert(1)</script>' }).url).to.equal(undefined);
    expect(item({ url: ' JAVASCRIPT:alert(1)' }).url).to.equal(undefined);
    expect(item({ url: 'ftp://example.com/x' }).url).to.equal(undefined);
    expect(item({ url: 'http://example.com/x' }).url).to.equal('http://example.com/x');
    expect(item({ url: '/research/MSFT' }).url).to.equal('https://api.example.test/research/MSFT');
  });

  it('drops items without a usable ticker and keeps the first of duplicates', () => {
    const data = ok({
      items: [
        null,
        'MSFT',
        { name: 'no ticker' },
        { ticker: 'not a ticker!' },
        { ticker: 'msft', score: 1 },
        { ticker: 'MSFT', score: 2 },
        { ticker: 'AMZN' },
      ],
    });
    expect(data.items.map((i) => [i.ticker, i.score])).to.deep.equal([
      ['MSFT', 1],
      ['AMZN', undefined],
    ]);
  });

  it('ignores unknown fields', () => {
    const data = ok(JSON.parse('{"items":[{"ticker":"MSFT","__proto__":{"score":5},"extra":1}],"version":2}'));
    expect(data).to.deep.equal({ items: [{ ticker: 'MSFT', currency: 'USD', timeZone: 'America/New_York' }], errors: [] });
  });

  it('reads asOf, provider and per-ticker errors', () => {
    const data = ok({
      asOf: '2026-04-27T20:31:00Z',
      provider: 'AlphaDesk',
      items: [],
      errors: [
        { ticker: 'zzzz', code: 'not_found', message: 'Unknown' },
        { ticker: 'QQQQ', code: 'exploded' },
        { code: 'unavailable' },
        'oops',
      ],
    });
    expect(data).to.deep.equal({
      asOf: '2026-04-27T20:31:00Z',
      provider: 'AlphaDesk',
      items: [],
      errors: [
        { ticker: 'ZZZZ', code: 'not_found', message: 'Unknown' },
        { ticker: 'QQQQ', code: 'unavailable' },
      ],
    });
  });

  it('drops a provider or asOf of the wrong type', () => {
    expect(ok({ items: [], provider: 7, asOf: 'yesterday' })).to.deep.equal({ items: [], errors: [] });
  });
});
