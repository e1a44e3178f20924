import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import { panelHeight } from '../src/layout.js';
import { cards, settled } from './support/dom.js';
import { ENDPOINT, HttpResponse, serve, startWorker, worker } from './support/msw.js';

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
  }));
}

/** Each state gets an endpoint of its own, so that no panel shares another's request. */
async function mount(state: string, width: number, count: number, compact: boolean, respond: Parameters<typeof serve>[0], wait = 0) {
  const endpoint = `${ENDPOINT}/${state}`;
  serve(respond, { wait, endpoint });
  const tickers = Array.from({ length: count }, (_, i) => `T${i}`).join(' ');
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px">
    <research-snapshot tickers=${tickers} endpoint=${endpoint} loading="eager" layout=${compact ? "compact" : "full"}></research-snapshot>
  </div>`);
  return box.querySelector<ResearchSnapshot>('research-snapshot')!;
}

const height = (el: Element) => el.getBoundingClientRect().height;

describe('zero layout shift: the panel keeps one height', () => {
  before(startWorker);
  beforeEach(() => {
    window.ResearchSnapshotConfig = { retries: 0 };
  });
  afterEach(() => {
    worker.resetHandlers();
    delete window.ResearchSnapshotConfig;
  });

  for (const compact of [false, true]) {
    for (const width of [300, 360, 600, 700, 900, 1200]) {
      for (const count of [1, 4, 5]) {
        it(`${compact ? 'compact' : 'full'}, ${width}px, ${count} cards: loading = loaded = failed = layout.ts`, async () => {
          const expected = panelHeight(count, width, compact);
          const loading = await mount('loading', width, count, compact, { items: items(count) }, 60_000);
          expect(height(loading), 'loading').to.be.closeTo(expected, 1);

          const loaded = await mount('loaded', width, count, compact, { items: items(count) });
          await settled(loaded);
          expect(cards(loaded)).to.have.length(count);
          expect(height(loaded), 'loaded').to.be.closeTo(expected, 1);

          const failed = await mount('failed', width, count, compact, () => new HttpResponse(null, { status: 500 }));
          await settled(failed);
          expect(height(failed), 'failed').to.be.closeTo(expected, 1);
        });
      }
    }
  }

  it('keeps its height when a refresh fails and older data is marked stale', async () => {
    let calls = 0;
    serve(() => (++calls === 1 ? { items: items(4) } : new HttpResponse(null, { status: 503 })));
    const box = await fixture<HTMLElement>(html`<div style="width: 360px">
      <research-snapshot tickers="T0 T1 T2 T3" endpoint=${ENDPOINT}></research-snapshot>
    </div>`);
    const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
    await settled(el);
    const before = height(el);
    el.refresh();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="stale"]'), 'no stale mark');
    expect(height(el)).to.be.closeTo(before, 0.5);
    expect(before).to.be.closeTo(panelHeight(4, 360), 1);
  });

  it('keeps one height across languages', async () => {
    const heights: number[] = [];
    for (const lang of ['en', 'de', 'ja']) {
      serve({ provider: 'A data provider with a long name', items: items(2) });
      const box = await fixture<HTMLElement>(html`<div style="width: 360px" lang=${lang}>
        <research-snapshot tickers="T0 T1" endpoint=${ENDPOINT}></research-snapshot>
      </div>`);
      const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
      await settled(el);
      heights.push(height(el));
    }
    for (const measured of heights) expect(measured).to.be.closeTo(panelHeight(2, 360), 1);
  });
});
