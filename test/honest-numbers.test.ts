import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import { validateItem } from '../src/data/validate.js';
import type { SnapshotItem } from '../src/data/types.js';
import { changeTime, coverageNote } from '../src/format/words.js';
import { movement, trend } from '../src/format/movement.js';
import { formatPriceTime } from '../src/format/dates.js';
import en from '../src/locales/en.js';
import de from '../src/locales/de.js';
import ja from '../src/locales/ja.js';
import { card, part, settled, shadow, text } from './support/dom.js';
import { ENDPOINT, serve, useEndpointWithoutRetries } from './support/msw.js';

/**
 * Never state what the data does not say: which day a change is from, the
 * score by name, coverage only when it is known, and how the score moved.
 * Every clock here is fixed.
 */

const item = (fields: Record<string, unknown>): SnapshotItem => validateItem({ ticker: 'MSFT', ...fields })!;
/** An instant, from a time in New York (EDT, UTC−4, in April; EST, UTC−5, in January). */
const newYork = (local: string) => Date.parse(`${local}${local.slice(5, 7) === '01' ? '-05:00' : '-04:00'}`);
const FRIDAY_CLOSE = '2026-04-24T20:00:00Z'; // Fri Apr 24, 16:00 EDT

describe('time words', () => {
  const when = (fields: Record<string, unknown>, now: number, locale = 'en-US') => changeTime(item(fields), locale, now);

  it('says today only when the price is from the current day in its market’s zone', () => {
    expect(when({ priceAsOf: '2026-04-27T14:00:00Z' }, newYork('2026-04-27T10:30:00'))).to.deep.equal({ when: 'today', day: '' });
    // Monday morning, Friday's close: it names Friday.
    expect(when({ priceAsOf: FRIDAY_CLOSE }, newYork('2026-04-27T10:00:00'))).to.deep.equal({ when: 'day', day: 'Apr 24' });
    // The weekend: still Friday.
    expect(when({ priceAsOf: FRIDAY_CLOSE }, newYork('2026-04-25T12:00:00'))).to.deep.equal({ when: 'day', day: 'Apr 24' });
    // Just before and just after midnight in New York.
    expect(when({ priceAsOf: FRIDAY_CLOSE }, newYork('2026-04-24T23:59:00')).when).to.equal('today');
    expect(when({ priceAsOf: FRIDAY_CLOSE }, newYork('2026-04-25T00:01:00')).when).to.equal('day');
  });

  it('names the year when it is not the current one', () => {
    expect(when({ priceAsOf: '2025-04-25T20:00:00Z' }, newYork('2026-04-27T10:00:00'))).to.deep.equal({ when: 'day', day: 'Apr 25, 2025' });
    expect(formatPriceTime('2025-04-25T20:00:00Z', 'America/New_York', 'en-US', newYork('2026-04-27T10:00:00'))).to.equal(
      'Apr 25, 2025, 04:00 PM EDT',
    );
    expect(formatPriceTime(FRIDAY_CLOSE, 'America/New_York', 'en-US', newYork('2026-04-27T10:00:00'))).to.equal('Apr 24, 04:00 PM EDT');
    // New Year's Day: last year's close carries its year.
    expect(when({ priceAsOf: '2025-12-31T21:00:00Z' }, newYork('2026-01-02T10:00:00')).day).to.equal('Dec 31, 2025');
  });

  it('is the same for a reader in Tokyo or in Los Angeles: the market’s day counts, not the reader’s', () => {
    // 2026-04-28 00:30 in Tokyo and 2026-04-27 08:30 in Los Angeles are both 11:30 in New York on the 27th.
    const tokyo = Date.parse('2026-04-28T00:30:00+09:00');
    const losAngeles = Date.parse('2026-04-27T08:30:00-07:00');
    for (const now of [tokyo, losAngeles]) {
      expect(when({ priceAsOf: '2026-04-27T15:00:00Z' }, now).when).to.equal('today');
      expect(when({ priceAsOf: FRIDAY_CLOSE }, now)).to.deep.equal({ when: 'day', day: 'Apr 24' });
    }
    // 2026-04-28 10:00 in Tokyo is still the 27th in New York (21:00).
    expect(when({ priceAsOf: '2026-04-27T20:00:00Z' }, Date.parse('2026-04-28T10:00:00+09:00')).when).to.equal('today');
    // And a market in Tokyo has its own day: 09:30 JST on the 28th is the 28th there.
    expect(
      when({ priceAsOf: '2026-04-28T00:30:00Z', timeZone: 'Asia/Tokyo' }, Date.parse('2026-04-28T10:00:00+09:00')).when,
      'a Tokyo price read in Tokyo',
    ).to.equal('today');
  });

  it('tells the market’s state for today’s price only, and drops an unknown state', () => {
    const now = newYork('2026-04-27T17:00:00');
    const today = '2026-04-27T20:00:00Z';
    expect(['open', 'closed', 'pre', 'post'].map((marketState) => when({ priceAsOf: today, marketState }, now).when)).to.deep.equal([
      'today',
      'close',
      'pre',
      'post',
    ]);
    expect(when({ priceAsOf: FRIDAY_CLOSE, marketState: 'closed' }, now).when, 'an older price names its day').to.equal('day');
    expect(item({ marketState: 'halted' }).marketState).to.equal(undefined);
    expect(item({ marketState: 'OPEN' }).marketState).to.equal(undefined);
  });

  it('claims no day without a time, and takes a date alone as that day', () => {
    expect(when({}, Date.now()).when).to.equal('unknown');
    expect(when({ priceAsOf: '2026-04-24' }, newYork('2026-04-27T10:00:00')).day).to.equal('Apr 24');
    expect(when({ priceAsOf: '2026-04-27' }, newYork('2026-04-27T10:00:00')).when).to.equal('today');
  });

  it('words every case in each catalog', () => {
    const cases = [
      ['today', ''],
      ['close', ''],
      ['pre', ''],
      ['post', ''],
      ['day', 'Apr 24'],
      ['unknown', ''],
    ] as const;
    expect(cases.map(([w, day]) => en.change('-0.24%', w, day))).to.deep.equal([
      '-0.24% today',
      '-0.24% at close',
      '-0.24% pre-market',
      '-0.24% after hours',
      '-0.24% on Apr 24',
      '-0.24%',
    ]);
    expect(cases.map(([w, day]) => de.change('-0,24 %', w, day === '' ? '' : '24. Apr.'))).to.deep.equal([
      '-0,24 % heute',
      '-0,24 % zum Handelsschluss',
      '-0,24 % vorbörslich',
      '-0,24 % nachbörslich',
      '-0,24 % am 24. Apr.',
      '-0,24 %',
    ]);
    expect(cases.map(([w, day]) => ja.change('-0.24%', w, day === '' ? '' : '4月24日'))).to.deep.equal([
      '本日 -0.24%',
      '終値 -0.24%',
      '取引開始前 -0.24%',
      '時間外 -0.24%',
      '4月24日 -0.24%',
      '-0.24%',
    ]);
  });
});

describe('the card, on a fixed clock', () => {
  useEndpointWithoutRetries();
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());
  const at = (now: number) => {
    clock = sinon.useFakeTimers({ now, toFake: ['Date'], shouldAdvanceTime: true });
  };

  async function panel(items: Record<string, unknown>[], attributes = '', lang = 'en'): Promise<ResearchSnapshot> {
    serve({ items });
    const box = await fixture<HTMLElement>(
      html`<div lang=${lang} style="width: 360px">
        <research-snapshot tickers=${items.map((i) => i.ticker).join(' ')} endpoint=${ENDPOINT}></research-snapshot>
      </div>`,
    );
    const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
    if (attributes) el.setAttribute('score-name', attributes);
    await settled(el);
    await el.updateComplete;
    return el;
  }
  const msft = { ticker: 'MSFT', name: 'Microsoft', score: 65, price: 423.62, changePercent: -0.24, priceAsOf: FRIDAY_CLOSE };

  it('on Monday, Friday’s change is "on Apr 24", on the change line, in the price time and in the compact line', async () => {
    at(newYork('2026-04-27T10:00:00'));
    const el = await panel([msft]);
    expect(text(part(card(el, 'MSFT'), 'change'))).to.equal('▼ -0.24% on Apr 24');
    expect(text(card(el, 'MSFT').querySelector('.price-time'))).to.equal('as of Apr 24, 04:00 PM EDT');
    el.layout = 'compact';
    await el.updateComplete;
    const change = part(card(el, 'MSFT'), 'change')!;
    expect(text(change)).to.equal('▼ -0.24% on Apr 24');
    expect(change.getBoundingClientRect().width, 'shown on the compact line').to.be.above(0);
    expect(text(change), 'not today').to.not.contain('today');
  });

  it('a price from last year names its year', async () => {
    at(newYork('2026-04-27T10:00:00'));
    const el = await panel([{ ...msft, priceAsOf: '2025-04-25T20:00:00Z' }]);
    expect(text(part(card(el, 'MSFT'), 'change'))).to.equal('▼ -0.24% on Apr 25, 2025');
    expect(text(card(el, 'MSFT').querySelector('.price-time'))).to.equal('as of Apr 25, 2025, 04:00 PM EDT');
  });

  it('in German and Japanese too', async () => {
    at(newYork('2026-04-27T10:00:00'));
    const de = await panel([msft], '', 'de');
    expect(text(part(card(de, 'MSFT'), 'change'))).to.equal('▼ -0,24 % am 24. Apr.');
    const ja = await panel([msft], '', 'ja');
    expect(text(part(card(ja, 'MSFT'), 'change'))).to.equal('▼ 4月24日 -0.24%');
  });

  it('a panel left open across midnight says the right day at its next render', async () => {
    at(newYork('2026-04-24T23:58:00'));
    const el = await panel([msft]);
    expect(text(part(card(el, 'MSFT'), 'change'))).to.equal('▼ -0.24% today');
    clock!.tick(5 * 60_000);
    el.requestUpdate();
    await el.updateComplete;
    expect(text(part(card(el, 'MSFT'), 'change'))).to.equal('▼ -0.24% on Apr 24');
  });

  it('today’s price with the market closed is "at close"', async () => {
    at(newYork('2026-04-24T18:00:00'));
    const el = await panel([{ ...msft, marketState: 'closed' }]);
    expect(text(part(card(el, 'MSFT'), 'change'))).to.equal('▼ -0.24% at close');
  });
});

describe('the score by name', () => {
  useEndpointWithoutRetries();
  afterEach(() => delete window.ResearchSnapshotConfig);

  async function panel(extra = ''): Promise<ResearchSnapshot> {
    serve({ items: [{ ticker: 'MSFT', score: 65, signals: { momentum: 'moderate' } }] });
    const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
    if (extra) el.setAttribute('score-name', extra);
    await settled(el);
    await el.updateComplete;
    return el;
  }

  it('shows the name before the number, as "Alpha Score 65 Moderate", and a screen reader hears it once', async () => {
    const el = await panel();
    const score = part(card(el, 'MSFT'), 'score')!;
    expect(text(score)).to.equal('Alpha Score 65 Moderate');
    const name = score.querySelector('.score-name')!;
    expect(name.getBoundingClientRect().width, 'visible').to.be.above(0);
    expect(name.getAttribute('aria-hidden'), 'the meter names it for screen readers').to.equal('true');
    const meter = part(card(el, 'MSFT'), 'meter')!;
    expect([meter.getAttribute('aria-label'), meter.getAttribute('aria-valuetext')]).to.deep.equal([
      'Alpha Score',
      '65 out of 100, Moderate',
    ]);
  });

  it('takes the page’s name, and the element’s over it, in the sentence too', async () => {
    window.ResearchSnapshotConfig = { retries: 0, scoreName: 'Quant Rating' };
    let el = await panel();
    expect(text(part(card(el, 'MSFT'), 'score'))).to.equal('Quant Rating 65 Moderate');
    expect(part(card(el, 'MSFT'), 'meter')!.getAttribute('aria-label')).to.equal('Quant Rating');
    expect(text(part(card(el, 'MSFT'), 'explanation'))).to.match(/^Quant Rating of 65 reflects/);
    el = await panel('House Score');
    expect(text(part(card(el, 'MSFT'), 'score'))).to.equal('House Score 65 Moderate');
    expect(text(part(card(el, 'MSFT'), 'explanation'))).to.match(/^House Score of 65/);
  });
});

describe('coverage only when coverage is known', () => {
  it('no signals object: no note; some signals null: the note as before', () => {
    expect(coverageNote(item({ score: 65 }), en, 'en-US')).to.equal(undefined);
    expect(coverageNote(item({ score: 65, signals: null }), en, 'en-US')).to.equal(undefined);
    expect(
      coverageNote(
        item({ score: 47, scoreCap: 90, signals: { momentum: 'moderate', value: 'poor', quality: 'moderate', sentiment: null } }),
        en,
        'en-US',
      ),
    ).to.equal('Based on 3 of 4 signals — score is capped at 90 until remaining data ingests.');
    expect(coverageNote(item({ score: 47, signals: {} }), en, 'en-US'), 'an empty signals object says none arrived').to.equal(
      'Based on 0 of 4 signals.',
    );
  });
});

describe('how the score moved', () => {
  const now = newYork('2026-04-27T17:00:00');
  const HISTORY = [
    { date: '2026-03-27', score: 58 },
    { date: '2026-04-10', score: 61 },
    { date: '2026-04-27', score: 65 },
  ];

  it('validation keeps calendar dates and scores in 0–100, sorted, one point a day, the newest 90', () => {
    const points = item({
      history: [
        { date: '2026-04-10', score: 61 },
        { date: '2026-03-27', score: 58 },
        { date: '2026-02-30', score: 50 },
        { date: '2026-4-01', score: 50 },
        { date: '2026-04-01T00:00:00Z', score: 50 },
        { date: '2026-04-02', score: 101 },
        { date: '2026-04-03', score: '60' },
        { date: '2026-04-10', score: 62 },
        'junk',
        null,
      ],
    }).history;
    expect(points).to.deep.equal([
      { date: '2026-03-27', score: 58 },
      { date: '2026-04-10', score: 62 },
    ]);
    const long = Array.from({ length: 120 }, (_, i) => ({
      date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
      score: 50,
    }));
    const kept = item({ history: long }).history!;
    expect([kept.length, kept[0].date, kept[89].date]).to.deep.equal([90, '2026-01-31', '2026-04-30']);
    expect(item({ history: [] }).history).to.equal(undefined);
    expect(item({ history: 'up' }).history).to.equal(undefined);
  });

  it('validation keeps a previous snapshot with a date and a score or signals', () => {
    expect(
      item({ previous: { asOf: '2026-04-20', score: 58, signals: { momentum: 'weak', value: 'meh' }, extra: 1 } }).previous,
    ).to.deep.equal({
      asOf: '2026-04-20',
      score: 58,
      signals: { momentum: 'weak' },
    });
    expect(item({ previous: { asOf: 'last week', score: 58 } }).previous).to.equal(undefined);
    expect(item({ previous: { asOf: '2026-04-20', score: 140 } }).previous).to.equal(undefined);
    expect(item({ previous: [58] }).previous).to.equal(undefined);
  });

  it('describes the trend in words: rose, fell, held', () => {
    expect(trend(item({ score: 65, history: HISTORY }), en, 'en-US', now)).to.equal('Alpha Score rose from 58 to 65 since Mar 27');
    const falling = HISTORY.map((p, i) => ({ ...p, score: 70 - i * 2.5 }));
    expect(trend(item({ history: falling }), en, 'en-US', now)).to.equal('Alpha Score fell from 70 to 65 since Mar 27');
    const flat = HISTORY.map((p) => ({ ...p, score: 65 }));
    expect(trend(item({ history: flat }), en, 'en-US', now)).to.equal('Alpha Score held at 65 since Mar 27');
    // Scores that differ only below what is written (65.04 and 65 are both "65") neither rose nor fell.
    const nearly = [
      { date: '2026-04-01', score: 65.04 },
      { date: '2026-04-27', score: 65 },
    ];
    expect(trend(item({ history: nearly }), en, 'en-US', now)).to.equal('Alpha Score held at 65 since Apr 1');
    expect(trend(item({ history: [nearly[1], { date: '2026-04-28', score: 65.06 }] }), en, 'en-US', now)).to.match(
      /^Alpha Score held at 65 since/,
    );
    expect(trend(item({ history: HISTORY.slice(0, 1) }), en, 'en-US', now), 'one point is no trend').to.equal(undefined);
    expect(trend(item({ history: HISTORY }), de, 'de-DE', now, 'Alpha-Score')).to.equal(
      'Der Alpha-Score ist seit dem 27. März von 58 auf 65 gestiegen',
    );
  });

  it('says what changed since the previous snapshot', () => {
    const signals = { momentum: 'moderate', value: 'moderate', quality: 'strong', sentiment: 'weak' };
    const previous = { asOf: '2026-04-20', score: 58, signals: { ...signals, momentum: 'weak' } };
    expect(movement(item({ score: 65, signals, previous }), en, 'en-US', now)).to.equal('+7 since Apr 20: momentum weak → moderate');
    expect(movement(item({ score: 55, signals, previous: { ...previous, signals } }), en, 'en-US', now)).to.equal('-3 since Apr 20');
    expect(movement(item({ score: 58, signals, previous }), en, 'en-US', now)).to.equal('Unchanged since Apr 20: momentum weak → moderate');
    expect(movement(item({ signals, previous }), en, 'en-US', now), 'no score now: only the signals').to.equal(
      'Since Apr 20: momentum weak → moderate',
    );
    expect(movement(item({ score: 65, signals, previous: { asOf: '2025-12-20', score: 58 } }), en, 'en-US', now)).to.equal(
      '+7 since Dec 20, 2025',
    );
    expect(movement(item({ score: 65, signals, previous: { ...previous, signals } }), de, 'de-DE', now)).to.equal('+7 seit dem 20. Apr.');
    expect(movement(item({ score: 65, signals, previous }), de, 'de-DE', now)).to.equal('+7 seit dem 20. Apr.: Momentum schwach → moderat');
  });

  describe('on the card', () => {
    useEndpointWithoutRetries();
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ now, toFake: ['Date'], shouldAdvanceTime: true });
    });
    afterEach(() => clock.restore());
    const MOVED = {
      ticker: 'MSFT',
      name: 'Microsoft',
      score: 65,
      signals: { momentum: 'moderate', value: 'moderate', quality: 'strong', sentiment: 'weak' },
      history: HISTORY,
      previous: { asOf: '2026-04-20', score: 58, signals: { momentum: 'weak', value: 'moderate', quality: 'strong', sentiment: 'weak' } },
    };

    async function show(items: Record<string, unknown>[], layout = 'full'): Promise<ResearchSnapshot> {
      serve({ items });
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers=${items.map((i) => i.ticker).join(' ')} endpoint=${ENDPOINT} layout=${layout}></research-snapshot>`,
      );
      await settled(el);
      return el;
    }

    it('draws the trend as inline SVG in the grade’s colour, named in words, and shows what changed', async () => {
      const el = await show([MOVED, { ...MOVED, ticker: 'POOR', score: 20, history: HISTORY.map((p) => ({ ...p, score: 20 })) }]);
      const svg = part(card(el, 'MSFT'), 'trend')!;
      expect(svg.tagName.toLowerCase()).to.equal('svg');
      expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect([svg.getAttribute('role'), svg.getAttribute('aria-label')]).to.deep.equal([
        'img',
        'Alpha Score rose from 58 to 65 since Mar 27',
      ]);
      const points = svg
        .querySelector('polyline')!
        .getAttribute('points')!
        .split(' ')
        .map((p) => p.split(',').map(Number));
      expect(
        points.map(([x]) => x),
        'days along: Mar 27, Apr 10, Apr 27',
      ).to.deep.equal([0, 45.2, 100]);
      expect(points[0][1]).to.be.above(points[2][1]); // higher score, higher on the drawing (smaller y)
      const moderate = getComputedStyle(part(card(el, 'MSFT'), 'label')!).color;
      expect(getComputedStyle(svg).stroke, 'the grade’s colour').to.equal(moderate);
      const poor = part(card(el, 'POOR'), 'trend')!;
      expect(getComputedStyle(poor).stroke).to.equal(getComputedStyle(part(card(el, 'POOR'), 'label')!).color);
      expect(getComputedStyle(poor).stroke).to.not.equal(moderate);
      expect(text(part(card(el, 'MSFT'), 'movement'))).to.equal('+7 since Apr 20: momentum weak → moderate');
    });

    it("takes a publisher's sentences about how the score moved, as functions or as text", async () => {
      window.ResearchSnapshotConfig = {
        locales: { en: { trend: (name: string, from: string, to: string) => `${name}: ${from} → ${to}`, movement: 'Moved.' } },
      };
      try {
        const el = await show([MOVED]);
        await waitUntil(() => part(card(el, 'MSFT'), 'trend'), 'no trend line');
        expect(part(card(el, 'MSFT'), 'trend')!.getAttribute('aria-label')).to.equal('Alpha Score: 58 → 65');
        expect(text(part(card(el, 'MSFT'), 'movement'))).to.equal('Moved.');
      } finally {
        delete window.ResearchSnapshotConfig;
      }
    });

    it('is as today without history and previous', async () => {
      const el = await show([{ ticker: 'MSFT', score: 65, signals: MOVED.signals }]);
      expect(part(card(el, 'MSFT'), 'movement')).to.equal(null);
      expect(part(card(el, 'MSFT'), 'trend')).to.equal(null);
      expect(card(el, 'MSFT').querySelector('.score-change')).to.equal(null);
    });

    it('draws nothing from a history with no usable point, and tells what changed without it', async () => {
      const el = await show([{ ...MOVED, history: [{ date: 'soon', score: 900 }, { date: '2026-04-01' }] }]);
      expect(part(card(el, 'MSFT'), 'trend')).to.equal(null);
      expect(text(part(card(el, 'MSFT'), 'movement'))).to.equal('+7 since Apr 20: momentum weak → moderate');
    });

    it('shows the score’s change as a signed number after the label in the compact line, and keeps the sentence for screen readers', async () => {
      const el = await show([MOVED, { ...MOVED, ticker: 'DOWN', score: 50 }], 'compact');
      const change = card(el, 'MSFT').querySelector<HTMLElement>('[part="score-change"]')!;
      expect(text(change)).to.equal('+7');
      expect(change.getBoundingClientRect().width).to.be.above(0);
      const label = part(card(el, 'MSFT'), 'label')!;
      expect(change.getBoundingClientRect().left).to.be.above(label.getBoundingClientRect().right - 1);
      expect(text(card(el, 'DOWN').querySelector('[part="score-change"]'))).to.equal('-8');
      // The whole sentence stays in the accessibility tree.
      expect(text(part(card(el, 'MSFT'), 'movement'))).to.equal('+7 since Apr 20: momentum weak → moderate');
      expect(getComputedStyle(part(card(el, 'MSFT'), 'movement')!).display).to.not.equal('none');
      expect(shadow(el).querySelector('[part="score-change"]')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('draws the compact score change with its sign before its number on a right-to-left page too', async () => {
      document.documentElement.dir = 'rtl';
      try {
        const el = await show([MOVED, { ...MOVED, ticker: 'DOWN', score: 50 }], 'compact');
        for (const [ticker, sign] of [
          ['MSFT', '+'],
          ['DOWN', '-'],
        ]) {
          const change = card(el, ticker).querySelector<HTMLElement>('[part="score-change"]')!;
          const node = document.createTreeWalker(change, NodeFilter.SHOW_TEXT).nextNode()!;
          const at = (i: number) => {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            return range.getBoundingClientRect();
          };
          const value = node.textContent!;
          expect(value[0], ticker).to.equal(sign);
          expect(at(0).left, `${ticker}: "${value}" reads sign first, left to right`).to.be.below(at(1).left);
        }
      } finally {
        document.documentElement.removeAttribute('dir');
      }
    });
  });
});
