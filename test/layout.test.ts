import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import { panelHeight } from '../src/layout.js';
import { cards, settled } from './support/dom.js';
import { describeClipped, findClipped } from './support/clipping.js';
import { contrast } from './support/contrast.js';
import { ENDPOINT, HttpResponse, serve, startWorker, useEndpointWithoutRetries, worker } from './support/msw.js';
import { readerClockOnStoryDay } from './support/clock.js';

const HISTORY = [
  { date: '2026-03-27', score: 15 },
  { date: '2026-04-06', score: 12 },
  { date: '2026-04-13', score: 18 },
  { date: '2026-04-20', score: 10 },
  { date: '2026-04-27', score: 20 },
];
const long = 'An explanation long enough to need more lines than a card shows. '.repeat(6);
function items(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    ticker: `T${i}`,
    name: i % 2 ? `Company ${i} with a rather long legal name, Incorporated` : `C${i}`,
    sector: i % 3 ? 'Information Technology' : undefined,
    score: 20 + i * 9,
    signals: i % 2 ? { momentum: 'strong' } : { momentum: 'strong', value: 'weak', quality: 'poor', sentiment: 'moderate' },
    scoreCap: i % 2 ? 90 : undefined,
    price: i % 3 ? 12.5 : undefined,
    changePercent: -1.25,
    priceAsOf: '2026-04-27T20:30:00Z',
    explanation: i === 1 ? long : undefined,
    url: i % 2 ? 'https://example.com/x' : undefined,
    // How the score moved: both ways on even cards, history alone on the third.
    history: i % 2 === 0 || i === 3 ? HISTORY.map((point, k) => ({ ...point, score: Math.min(100, point.score + i * 9 + k) })) : undefined,
    previous: i % 2 === 0 ? { asOf: '2026-04-20', score: 10 + i * 9, signals: { momentum: 'weak', value: 'weak' } } : undefined,
  }));
}

/** Each state gets an endpoint of its own, so that no panel shares another's request. */
async function mount(
  state: string,
  width: number,
  count: number,
  compact: boolean,
  respond: Parameters<typeof serve>[0],
  wait = 0,
  inView = false,
) {
  const endpoint = `${ENDPOINT}/${state}`;
  serve(respond, { wait, endpoint });
  const tickers = Array.from({ length: count }, (_, i) => `T${i}`).join(' ');
  // In view (fixed at the top): a failed panel there keeps its size.
  const box = await fixture<HTMLElement>(
    html`<div style="width: ${width}px${inView ? '; position: fixed; top: 0; left: 0' : ''}">
      <research-snapshot tickers=${tickers} endpoint=${endpoint} loading="eager" layout=${compact ? 'compact' : 'full'}></research-snapshot>
    </div>`,
  );
  return box.querySelector<ResearchSnapshot>('research-snapshot')!;
}

const height = (el: Element) => el.getBoundingClientRect().height;

// Prices of the test data are from 16:30 on the story's day: the reader reads it that evening.
readerClockOnStoryDay();

describe('zero layout shift: the panel keeps one height', () => {
  useEndpointWithoutRetries();

  // One width's panels side by side (each count in its three states), measured together.
  for (const compact of [false, true]) {
    for (const width of [300, 360, 600, 700, 900, 1200]) {
      it(`${compact ? 'compact' : 'full'}, ${width}px, 1, 4 and 5 cards: loading = loaded = failed = layout.ts`, async () => {
        const counts = [1, 4, 5];
        const failed = await Promise.all(
          counts.map((count) => mount(`failed-${count}`, width, count, compact, () => new HttpResponse(null, { status: 500 }), 0, true)),
        );
        const loading = await Promise.all(
          counts.map((count) => mount(`loading-${count}`, width, count, compact, { items: items(count) }, 60_000)),
        );
        const loaded = await Promise.all(counts.map((count) => mount(`loaded-${count}`, width, count, compact, { items: items(count) })));
        await Promise.all([...loaded, ...failed].map((el) => settled(el)));
        for (const [i, count] of counts.entries()) {
          const expected = panelHeight(count, width, compact);
          expect(height(loading[i]), `${count} cards, loading`).to.be.closeTo(expected, 1);
          expect(cards(loaded[i]), `${count} cards`).to.have.length(count);
          expect(height(loaded[i]), `${count} cards, loaded`).to.be.closeTo(expected, 1);
          expect(height(failed[i]), `${count} cards, failed`).to.be.closeTo(expected, 1);
        }
      });
    }
  }

  it('keeps its height when a refresh fails and older data is marked stale', async () => {
    let calls = 0;
    serve(() => (++calls === 1 ? { items: items(4) } : new HttpResponse(null, { status: 503 })));
    const box = await fixture<HTMLElement>(
      html`<div style="width: 360px">
        <research-snapshot tickers="T0 T1 T2 T3" endpoint=${ENDPOINT}></research-snapshot>
      </div>`,
    );
    const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
    await settled(el);
    const before = height(el);
    el.refresh();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="stale"]'), 'no stale mark');
    expect(height(el)).to.be.closeTo(before, 0.5);
    expect(before).to.be.closeTo(panelHeight(4, 360), 1);
  });

  it("keeps its height under a publisher's ::part(card) styles: loading cards take them too", async () => {
    const style = Object.assign(document.createElement('style'), {
      textContent: 'research-snapshot::part(card) { padding: 24px; border: 4px solid #c00 }',
    });
    document.head.append(style);
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      serve(async () => {
        await held;
        return { items: items(2) };
      });
      const box = await fixture<HTMLElement>(
        html`<div style="width: 360px"><research-snapshot tickers="T0 T1" endpoint=${ENDPOINT}></research-snapshot></div>`,
      );
      const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="skeleton"]').length === 2, 'no loading cards');
      const loading = height(el);
      release();
      await settled(el);
      expect(cards(el)).to.have.length(2);
      expect(height(el)).to.be.closeTo(loading, 0.5);
    } finally {
      style.remove();
    }
  });

  it('keeps one height across languages', async () => {
    const heights: number[] = [];
    for (const lang of ['en', 'de', 'ja']) {
      serve({ provider: 'A data provider with a long name', items: items(2) });
      const box = await fixture<HTMLElement>(
        html`<div style="width: 360px" lang=${lang}>
          <research-snapshot tickers="T0 T1" endpoint=${ENDPOINT}></research-snapshot>
        </div>`,
      );
      const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
      await settled(el);
      heights.push(height(el));
    }
    for (const measured of heights) expect(measured).to.be.closeTo(panelHeight(2, 360), 1);
  });
});

describe('narrow and themed layouts', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
  });

  const rect = (el: Element | null | undefined) => el!.getBoundingClientRect();

  for (const lang of ['en', 'fr', 'de', 'ja']) {
    it(`compact at 300px (${lang}): ticker, score, label and the whole change in reading order, and a problem told in full`, async () => {
      const endpoint = `${ENDPOINT}/compact-${lang}`;
      serve(
        {
          items: [{ ticker: 'MSFT', name: 'Microsoft Corporation', score: 65, changePercent: -0.24, priceAsOf: '2026-04-27T20:30:00Z' }],
          errors: [{ ticker: 'ZZZZ', code: 'not_found' }],
        },
        { endpoint },
      );
      const box = await fixture<HTMLElement>(
        html`<div style="width: 300px" lang=${lang}>
          <research-snapshot tickers="MSFT ZZZZ" endpoint=${endpoint} loading="eager" layout="compact"></research-snapshot>
        </div>`,
      );
      const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
      await settled(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[data-ticker="ZZZZ"] [part="status"]'), 'no problem card');
      expect(findClipped(el), describeClipped(findClipped(el))).to.deep.equal([]);
      const msft = el.shadowRoot!.querySelector('[data-ticker="MSFT"]')!;
      const ticker = rect(msft.querySelector('[part="ticker"]'));
      const score = rect(msft.querySelector('.score-value'));
      const label = rect(msft.querySelector('[part="label"]'));
      const change = rect(msft.querySelector('[part="change"]'));
      const before = (a: DOMRect, b: DOMRect) => a.right <= b.left + 0.5 || a.bottom <= b.top + 0.5;
      expect(ticker.width, 'ticker shown').to.be.above(20);
      expect(before(ticker, score), 'ticker before the score').to.equal(true);
      expect(before(label, change), 'label before the change').to.equal(true);
      expect(change.right).to.be.at.most(rect(msft).right);
      // The change is shown whole on a compact line too: its words ("today") as well as its number.
      const words = [...msft.querySelectorAll('[part="change"] .words')].filter((w) => w.textContent.trim());
      expect(words, 'the change has its words').to.have.length(1);
      expect(rect(words[0]).width, 'the words are drawn').to.be.above(5);
      const status = el.shadowRoot!.querySelector<HTMLElement>('[data-ticker="ZZZZ"] [part="status"]')!;
      expect(status.scrollHeight, 'the whole message fits').to.be.at.most(status.clientHeight + 1);
      expect(status.textContent, 'the message names the ticker').to.contain('ZZZZ');
    });
  }

  for (const width of [280, 300, 360, 420]) {
    it(`compact at ${width}px: a 12-character ticker and a long label are shown whole, in reading order, and the change keeps its number`, async () => {
      const endpoint = `${ENDPOINT}/compact-long-${width}`;
      serve(
        {
          items: [
            { ticker: 'VERYLONGTICK', score: 100, changePercent: -100 },
            { ticker: 'GOOGL', name: 'Alphabet Inc.', score: 100, label: 'Exceptionally strong outlook', changePercent: 0.35 },
          ],
        },
        { endpoint },
      );
      const box = await fixture<HTMLElement>(
        html`<div style="width: ${width}px" lang="ja">
          <research-snapshot tickers="VERYLONGTICK GOOGL" endpoint=${endpoint} loading="eager" layout="compact"></research-snapshot>
        </div>`,
      );
      const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
      await settled(el);
      // Nothing is cut: where the line is too short, the change takes a second line rather than an ellipsis.
      expect(findClipped(el), describeClipped(findClipped(el))).to.deep.equal([]);
      for (const row of cards(el)) {
        const inside = rect(row);
        const head = rect(row.querySelector('[part="ticker"]') ?? row.querySelector('[part="name"]'));
        const score = rect(row.querySelector('.score'));
        const change = row.querySelector<HTMLElement>('[part="change"]')!;
        const before = (a: DOMRect, b: DOMRect) => a.right <= b.left + 0.5 || a.bottom <= b.top + 0.5;
        expect(before(head, score), `${row.dataset.ticker}: the ticker before the score`).to.equal(true);
        expect(before(score, rect(change)), `${row.dataset.ticker}: the score and label before the change`).to.equal(true);
        expect(rect(change).right, `${row.dataset.ticker}: the change inside the card`).to.be.at.most(inside.right);
        expect(rect(row.querySelector('.score-value')).height, 'the score on one line').to.be.below(30);
        // The number is shown whole.
        const range = document.createRange();
        const walker = document.createTreeWalker(change, NodeFilter.SHOW_TEXT);
        let textNode: Node | null;
        while ((textNode = walker.nextNode()) && !/\d/.test(textNode.textContent!));
        if (!textNode) throw new Error('no number in the change');
        const digits = /[-+]?[\d.,]+\s?%/.exec(textNode.textContent!)!;
        range.setStart(textNode, digits.index);
        range.setEnd(textNode, digits.index + digits[0].length);
        expect(range.getBoundingClientRect().right, `${row.dataset.ticker}: the change's number is visible`).to.be.at.most(
          rect(change).right + 0.5,
        );
      }
    });
  }

  it("takes the publisher's horizontal spacing, and keeps its height", async () => {
    const endpoint = `${ENDPOINT}/spacing`;
    serve({ items: items(2) }, { endpoint });
    const box = await fixture<HTMLElement>(
      html`<div style="width: 700px">
        <research-snapshot
          tickers="T0 T1"
          endpoint=${endpoint}
          loading="eager"
          style="--research-snapshot-spacing: 40px"
        ></research-snapshot>
      </div>`,
    );
    const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
    await settled(el);
    const panel = el.shadowRoot!.querySelector('.panel')!;
    expect(getComputedStyle(panel).paddingLeft).to.equal('40px');
    const [first, second] = cards(el);
    expect(rect(second).left - rect(first).right).to.be.closeTo(40, 1);
    expect(height(el)).to.be.closeTo(panelHeight(2, 700), 1);
  });

  it('outlines the meter at 3:1 or more against the card, in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const endpoint = `${ENDPOINT}/meter-${theme}`;
      serve({ items: items(1) }, { endpoint });
      const box = await fixture<HTMLElement>(
        html`<div style="width: 360px">
          <research-snapshot tickers="T0" endpoint=${endpoint} loading="eager" theme=${theme}></research-snapshot>
        </div>`,
      );
      const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
      await settled(el);
      const [card] = cards(el);
      const meter = card.querySelector('meter')!;
      const edge = getComputedStyle(meter).borderTopColor;
      expect(getComputedStyle(meter).borderTopWidth).to.equal('1px');
      expect(contrast(edge, getComputedStyle(card).backgroundColor), theme).to.be.at.least(3);
    }
  });
});
