import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import type { SnapshotErrorDetail, SnapshotLoadDetail } from '../src/events.js';
import { card, cards, element, part, settled, shadow, text } from './support/dom.js';
import { ENDPOINT, HttpResponse, serve, startWorker, worker, type Recorded } from './support/msw.js';

/**
 * How the element loads, over real HTTP (msw): what it asks for and when, as
 * a reader sees it. The client's own rules (batching, deadlines, retries,
 * cache) are tested on a fake clock in client.test.ts.
 */

/** Answers every ticker asked for, with a score that counts the requests so far. */
function serveCounting(options?: Parameters<typeof serve>[1], headers?: Record<string, string>): Recorded[] {
  let n = 0;
  return serve((tickers) => {
    n += 1;
    return HttpResponse.json({ items: tickers.map((ticker) => ({ ticker, name: `${ticker} Inc.`, score: n })) }, { headers });
  }, options);
}

const scoreOf = (el: ResearchSnapshot, ticker: string) => String((part(card(el, ticker), 'meter') as HTMLMeterElement | null)?.value);
const panel = (el: ResearchSnapshot) => shadow(el).querySelector('.panel')!;
/** A panel for MSFT, in a box of its own, with inline data for it (Microsoft, 65); the endpoint attribute and a snapshot-load listener where given. */
async function inlinePanel(endpoint?: string, onLoad?: (event: Event) => void): Promise<ResearchSnapshot> {
  const body = JSON.stringify({ items: [{ ticker: 'MSFT', name: 'Microsoft', score: 65 }] });
  const box = await fixture<HTMLElement>(
    html`<div>
      <research-snapshot tickers="MSFT" endpoint=${endpoint ?? nothing} @snapshot-load=${onLoad}
        ><script type="application/json">
          ${body}
        </script></research-snapshot
      >
    </div>`,
  );
  return box.querySelector<ResearchSnapshot>('research-snapshot')!;
}

/** One task later: a request the element was going to make has been sent. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('loading, over HTTP', () => {
  before(startWorker);
  beforeEach(() => {
    // Polling tests poll every tenth of a second.
    window.ResearchSnapshotConfig = { retryBaseDelay: 0.01, retryMaxDelay: 2, minRefresh: 0 };
  });
  afterEach(() => {
    worker.resetHandlers();
    delete window.ResearchSnapshotConfig;
  });

  it('serves 3 elements × 4 overlapping tickers with one request for the sorted union', async () => {
    const requests = serveCounting();
    const container = await fixture<HTMLElement>(
      html`<div>
        <research-snapshot tickers="MSFT AMZN GOOGL NVDA" endpoint=${ENDPOINT} loading="eager"></research-snapshot>
        <research-snapshot tickers="nvda tsla msft meta" endpoint=${ENDPOINT} loading="eager"></research-snapshot>
        <research-snapshot tickers="AAPL AMZN META TSLA" endpoint=${ENDPOINT} loading="eager"></research-snapshot>
      </div>`,
    );
    const elements = [...container.querySelectorAll('research-snapshot')];
    await Promise.all(elements.map((el) => settled(el)));
    expect(requests.map((r) => r.tickers)).to.deep.equal(['AAPL,AMZN,GOOGL,META,MSFT,NVDA,TSLA']);
    expect(requests.map((r) => [r.request.method, r.request.credentials, r.request.mode])).to.deep.equal([['GET', 'omit', 'cors']]);
    expect(elements.map((el) => cards(el).length)).to.deep.equal([4, 4, 4]);
  });

  it('loads a lazy panel that has no box of its own (display: contents) at once', async () => {
    const requests = serveCounting();
    const el = await fixture<ResearchSnapshot>(
      html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} style="display: contents"></research-snapshot>`,
    );
    await waitUntil(() => cards(el).length === 1 && cards(el)[0].dataset.state === 'item', 'no card');
    expect(requests).to.have.length(1);
  });

  it('shows an error when the endpoint does not answer within the timeout attribute', async () => {
    serveCounting({ wait: 3000 });
    const el = await fixture<ResearchSnapshot>(
      html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} timeout="0.2"></research-snapshot>`,
    );
    await settled(el);
    expect(text(part(panel(el), 'message'))).to.contain('could not be loaded');
  });

  describe('while a request is in flight', () => {
    it('refresh() shows the data, not an error, sharing the request under way', async () => {
      const requests = serveCounting({ wait: 150 });
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await waitUntil(() => requests.length === 1);
      el.refresh();
      await settled(el);
      await waitUntil(() => scoreOf(el, 'MSFT') === '1', 'the data was not shown');
      expect(card(el, 'MSFT').dataset.state).to.equal('item');
      expect(!!part(panel(el), 'stale')).to.equal(false);
      expect(requests).to.have.length(1);
      // Once nothing is under way, refresh() asks again.
      el.refresh();
      await waitUntil(() => scoreOf(el, 'MSFT') === '2', 'the refresh was not shown');
      expect(requests).to.have.length(2);
    });

    it('moving the element still shows the data', async () => {
      const requests = serveCounting({ wait: 150 });
      const container = await fixture<HTMLElement>(
        html`<div>
          <research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>
          <p></p>
        </div>`,
      );
      const el = container.querySelector('research-snapshot')!;
      await waitUntil(() => requests.length === 1);
      container.append(el);
      await settled(el);
      expect(card(el, 'MSFT').dataset.state).to.equal('item');
      // The request under way was kept, not asked again.
      expect(requests).to.have.length(1);
    });

    it('a panel mounted again in its place (as frameworks do) shares the request under way', async () => {
      const requests = serveCounting({ wait: 150 });
      const container = await fixture<HTMLElement>(
        html`<div><research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT}></research-snapshot></div>`,
      );
      const old = container.querySelector('research-snapshot')!;
      await waitUntil(() => requests.length === 1);
      const next = document.createElement('research-snapshot') as ResearchSnapshot;
      Object.assign(next, { tickers: 'MSFT AMZN', endpoint: ENDPOINT });
      old.replaceWith(next);
      await settled(next);
      expect(cards(next).map((c) => c.dataset.state)).to.deep.equal(['item', 'item']);
      await nextTask();
      expect(requests).to.have.length(1);
    });

    it('changing tickers shows the new set, not stale, and reports no error', async () => {
      const requests = serveCounting({ wait: 150 });
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await waitUntil(() => requests.length === 1);
      const errors: string[] = [];
      el.addEventListener('snapshot-error', (e) => errors.push(e.detail.kind));
      el.tickers = 'MSFT AMZN';
      await waitUntil(() => cards(el).length === 2 && cards(el).every((c) => c.dataset.state === 'item'));
      expect(part(panel(el), 'stale')).to.equal(null);
      expect(errors).to.deep.equal([]);
    });
  });

  it('shows a stale entry at once, then revalidates it in the background', async () => {
    const requests = serveCounting({ wait: 50 }, { 'Cache-Control': 'max-age=0' });
    const first = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
    await settled(first);
    const second = element({ tickers: 'MSFT', endpoint: ENDPOINT });
    first.after(second);
    await second.updateComplete;
    expect(scoreOf(second, 'MSFT'), 'shown from the cache at once').to.equal('1');
    await waitUntil(() => scoreOf(second, 'MSFT') === '2', 'not revalidated');
    expect(requests).to.have.length(2);
    second.remove();
  });

  describe('inline data', () => {
    it('renders a <script type="application/json"> child with no request at all', async () => {
      const requests = serveCounting();
      const body = JSON.stringify({ provider: 'Inline', items: [{ ticker: 'MSFT', name: 'Microsoft', score: 65 }] });
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}>
          <script type="application/json">
            ${body}
          </script>
        </research-snapshot>`,
      );
      await settled(el);
      await nextTask();
      expect(requests).to.have.length(0);
      expect(text(part(card(el, 'MSFT'), 'name'))).to.equal('Microsoft');
      expect(text(part(panel(el), 'footer'))).to.contain('Inline-native');
    });

    it('asks the endpoint once tickers or the endpoint change after the first render', async () => {
      const requests = serveCounting();
      const other = serveCounting({ endpoint: `${ENDPOINT}/other` });
      const el = await inlinePanel(ENDPOINT);
      await settled(el);
      el.tickers = 'MSFT AMZN';
      await waitUntil(() => cards(el).length === 2 && card(el, 'AMZN').dataset.state === 'item', 'AMZN was not loaded');
      expect(requests.map((r) => r.tickers)).to.deep.equal(['AMZN,MSFT']);
      el.endpoint = `${ENDPOINT}/other`;
      await waitUntil(() => other.length === 1, 'the new endpoint was not asked');
      expect(other[0].tickers).to.equal('AMZN,MSFT');
    });

    it('keeps the inline data when a page-wide endpoint arrives later, and announces it once', async () => {
      const requests = serve({ items: [{ ticker: 'MSFT', score: 1 }] }, { endpoint: `${ENDPOINT}/late` });
      const loads: unknown[] = [];
      const el = await inlinePanel(undefined, (e) => loads.push(e));
      await settled(el);
      window.ResearchSnapshotConfig = { endpoint: `${ENDPOINT}/late` };
      el.heading = 'Markets';
      await el.updateComplete;
      await waitUntil(() => loads.length > 0, 'snapshot-load did not fire');
      // A second announcement would come a task after the render that made it.
      await el.updateComplete;
      await nextTask();
      await nextTask();
      expect(requests).to.have.length(0);
      expect(scoreOf(el, 'MSFT')).to.equal('65');
      expect(loads).to.have.length(1);
    });

    it('asks for tickers the inline data does not have, after the element is moved too', async () => {
      const requests = serveCounting();
      const el = await inlinePanel(ENDPOINT);
      const box = el.parentElement!;
      await settled(el);
      el.tickers = 'MSFT AMZN';
      await waitUntil(() => cards(el).some((c) => c.dataset.ticker === 'AMZN' && c.dataset.state === 'item'), 'AMZN was not loaded');
      box.append(el);
      await settled(el);
      await nextTask();
      expect(card(el, 'AMZN').dataset.state, 'AMZN after the move').to.equal('item');
      expect(requests).to.have.length(1);
    });

    it("shows the data property each time it is set (an editor's live preview)", async () => {
      const el = document.createElement('research-snapshot') as ResearchSnapshot;
      el.data = { items: [{ ticker: 'MSFT', name: 'One', score: 10 }] };
      await fixture(el);
      await settled(el);
      expect(text(part(card(el, 'MSFT'), 'name'))).to.equal('One');
      el.data = { items: [{ ticker: 'MSFT', name: 'Two', score: 20 }] };
      await waitUntil(() => text(part(card(el, 'MSFT'), 'name')) === 'Two', 'the second value was not shown');
      el.data = JSON.stringify({
        items: [
          { ticker: 'NVDA', name: 'Nvidia', score: 30 },
          { ticker: 'MSFT', name: 'Three', score: 40 },
        ],
      });
      await waitUntil(
        () =>
          cards(el)
            .map((c) => c.dataset.ticker)
            .join() === 'NVDA,MSFT',
        'the new tickers were not shown',
      );
      expect(text(part(card(el, 'MSFT'), 'name'))).to.equal('Three');
    });

    it('needs no endpoint and no tickers attribute', async () => {
      const body = JSON.stringify({
        items: [
          { ticker: 'AMZN', score: 54 },
          { ticker: 'MSFT', score: 65 },
        ],
      });
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot
          ><script type="application/json">
            ${body}
          </script></research-snapshot
        >`,
      );
      await settled(el);
      expect(cards(el).map((c) => c.dataset.ticker)).to.deep.equal(['AMZN', 'MSFT']);
    });

    it('says the data could not be loaded when the inline body is unusable', async () => {
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT"
          ><script type="application/json">
            {"items": oops
          </script></research-snapshot
        >`,
      );
      await settled(el);
      expect(text(part(panel(el), 'message'))).to.contain('could not be loaded');
      // With no endpoint, nothing could be asked again: no Try again that does nothing.
      expect(!!part(panel(el), 'retry'), 'no Try again').to.equal(false);
    });

    it('offers Try again for an unusable inline body when there is an endpoint, and it asks the endpoint', async () => {
      const requests = serveCounting();
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}
          ><script type="application/json">
            {"items": oops
          </script></research-snapshot
        >`,
      );
      await settled(el);
      expect(requests).to.have.length(0);
      (part(panel(el), 'retry') as HTMLButtonElement).click();
      await waitUntil(() => cards(el).length === 1, 'Try again did not load the cards');
      expect(requests).to.have.length(1);
      expect(scoreOf(el, 'MSFT')).to.equal('1');
    });
  });

  describe('lazy and eager loading', () => {
    async function belowTheFold(loading?: string): Promise<ResearchSnapshot> {
      const container = await fixture<HTMLElement>(
        html`<div>
          <div style="height: 4000px"></div>
          <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading=${loading ?? 'lazy'}></research-snapshot>
        </div>`,
      );
      return container.querySelector('research-snapshot')!;
    }
    /** Past the frames in which an observer reports what is in view. */
    const observed = async () => {
      for (let i = 0; i < 3; i++) await nextFrame();
      await nextTask();
    };
    afterEach(() => window.scrollTo(0, 0));

    it('waits until a lazy element is near the viewport', async () => {
      const requests = serveCounting();
      const el = await belowTheFold();
      await observed();
      expect(requests).to.have.length(0);
      expect(shadow(el).querySelector('[part~="skeleton"]')).to.not.equal(null);
      el.scrollIntoView();
      await settled(el);
      expect(requests).to.have.length(1);
    });

    it('asks at once when eager', async () => {
      const requests = serveCounting();
      const el = await belowTheFold('eager');
      await settled(el);
      expect(requests).to.have.length(1);
    });

    it('says "Snapshot unavailable" when a waiting element without any endpoint is made eager', async () => {
      const original = console.error;
      console.error = () => {};
      try {
        const container = await fixture<HTMLElement>(
          html`<div>
            <div style="height: 4000px"></div>
            <research-snapshot tickers="MSFT"></research-snapshot>
          </div>`,
        );
        const el = container.querySelector<ResearchSnapshot>('research-snapshot')!;
        await observed();
        el.loading = 'eager';
        await waitUntil(() => text(part(panel(el), 'message')) === 'Snapshot unavailable', 'stuck loading');
      } finally {
        console.error = original;
      }
    });

    for (const how of ['property', 'attribute']) {
      it(`asks at once when a waiting element is made eager (${how})`, async () => {
        const requests = serveCounting();
        const el = await belowTheFold();
        await observed();
        expect(requests).to.have.length(0);
        if (how === 'property') el.loading = 'eager';
        else el.setAttribute('loading', 'eager');
        await settled(el);
        expect(requests).to.have.length(1);
      });
    }

    it('lets elements that come into view together share one request', async () => {
      const requests = serveCounting();
      const container = await fixture<HTMLElement>(
        html`<div>
          <div style="height: 4000px"></div>
          <research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>
          <research-snapshot tickers="AMZN" endpoint=${ENDPOINT}></research-snapshot>
        </div>`,
      );
      await observed();
      expect(requests).to.have.length(0);
      const [a, b] = container.querySelectorAll('research-snapshot');
      a.scrollIntoView();
      await Promise.all([settled(a), settled(b)]);
      expect(requests.map((r) => r.tickers)).to.deep.equal(['AMZN,MSFT']);
    });
  });

  describe('refresh', () => {
    it('refreshes every N seconds', async () => {
      const requests = serveCounting();
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} refresh="0.1"></research-snapshot>`,
      );
      await settled(el);
      await waitUntil(() => scoreOf(el, 'MSFT') === '3', 'did not refresh twice', { timeout: 2000 });
      expect(requests.length).to.be.at.least(3);
    });

    it('refreshes no more often than every 5 seconds unless the page lowers minRefresh (a typo such as ".05" cannot hammer the endpoint)', async () => {
      delete window.ResearchSnapshotConfig;
      const requests = serveCounting();
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} refresh=".05"></research-snapshot>`,
      );
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(requests, 'asked again within 5 s').to.have.length(1);
    });

    it('keeps the cards on screen when a refresh first brings history, and draws how the score moved once its code is here', async () => {
      // The first data with history on this page: its code (movement.js) is not loaded yet.
      let moved = false;
      serve((tickers) => ({
        items: tickers.map((ticker) => ({
          ticker,
          score: 65,
          ...(moved
            ? {
                history: [
                  { date: '2026-03-27', score: 58 },
                  { date: '2026-04-27', score: 65 },
                ],
                previous: { asOf: '2026-04-20', score: 58 },
              }
            : {}),
        })),
      }));
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(el);
      const skeletons: number[] = [];
      const watch = new MutationObserver(() => skeletons.push(shadow(el).querySelectorAll('[part~="skeleton"]').length));
      watch.observe(shadow(el), { subtree: true, childList: true });
      moved = true;
      el.refresh();
      await waitUntil(() => part(card(el, 'MSFT'), 'trend'), 'no trend line after the refresh');
      watch.disconnect();
      expect(skeletons.length, 'the panel changed').to.be.above(0);
      expect(Math.max(...skeletons), 'skeletons shown again').to.equal(0);
      expect(text(part(card(el, 'MSFT'), 'movement'))).to.match(/^\+7 since Apr 20/);
    });

    it('says when the data on screen is from by its asOf, not by when it came, after a failed refresh', async () => {
      window.ResearchSnapshotConfig = { retries: 0, minRefresh: 0 };
      let calls = 0;
      serve((tickers) => {
        calls += 1;
        return calls === 1
          ? { asOf: '2026-04-20T20:31:00Z', items: tickers.map((ticker) => ({ ticker, score: 10 })) }
          : new HttpResponse(null, { status: 502 });
      });
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} refresh="0.12"></research-snapshot>`,
      );
      await settled(el);
      await waitUntil(() => part(panel(el), 'stale'), 'no stale mark', { timeout: 2000 });
      const expected = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' }).format(Date.parse('2026-04-20T20:31:00Z'));
      expect(text(part(panel(el), 'stale'))).to.contain(`Showing data from ${expected}`);
    });

    it('takes a message with values given as text, as it is, and leaves out a message of the wrong kind, saying so', async () => {
      const warned: string[] = [];
      const warn = sinon.stub(console, 'warn').callsFake((message: unknown) => void warned.push(String(message)));
      window.ResearchSnapshotConfig = {
        retries: 0,
        minRefresh: 0,
        locales: { en: { stale: 'Showing older data.', footer: 'Data: our desk.', heading: 42 } as never },
      };
      let calls = 0;
      serve((tickers) => {
        calls += 1;
        return calls === 1 ? { items: tickers.map((ticker) => ({ ticker, score: 10 })) } : new HttpResponse(null, { status: 502 });
      });
      try {
        const el = await fixture<ResearchSnapshot>(
          html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} refresh="0.12"></research-snapshot>`,
        );
        await settled(el);
        await waitUntil(() => part(panel(el), 'stale'), 'no stale mark', { timeout: 2000 });
        expect(text(part(panel(el), 'stale'))).to.equal('Showing older data.');
        expect(text(part(panel(el), 'footer'))).to.equal('Data: our desk.');
        expect(text(part(panel(el), 'heading'))).to.equal('Research Snapshot');
        expect(warned.join('\n')).to.contain('the "heading" message must be text; left out.');
      } finally {
        warn.restore();
      }
    });

    it('keeps the last good data on a failed refresh, marked stale with its time, until the next success', async () => {
      window.ResearchSnapshotConfig = { retries: 0, minRefresh: 0 };
      let calls = 0;
      serve((tickers) => {
        calls += 1;
        return calls === 2 ? new HttpResponse(null, { status: 502 }) : { items: tickers.map((ticker) => ({ ticker, score: calls * 10 })) };
      });
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} refresh="0.12"></research-snapshot>`,
      );
      await settled(el);
      const errors: string[] = [];
      el.addEventListener('snapshot-error', (e) => errors.push(e.detail.kind));
      await waitUntil(() => part(panel(el), 'stale'), 'no stale mark', { timeout: 2000 });
      expect(scoreOf(el, 'MSFT')).to.equal('10');
      expect(text(part(panel(el), 'stale'))).to.match(/\d{1,2}:\d{2}/);
      await waitUntil(() => errors.includes('http'), 'no snapshot-error for the failed refresh');
      await waitUntil(() => scoreOf(el, 'MSFT') === '30', 'no later success', { timeout: 2000 });
      expect(part(panel(el), 'stale')).to.equal(null);
    });

    it('names the day, and the year, of the data a failed refresh leaves on screen when it is not the reader’s today', async () => {
      // The reader's clock (Date only): Monday 27 April 2026, 5 PM where the reader is.
      const clock = sinon.useFakeTimers({ now: new Date(2026, 3, 27, 17, 0), toFake: ['Date'], shouldAdvanceTime: true });
      try {
        window.ResearchSnapshotConfig = { retries: 0 };
        let calls = 0;
        serve((tickers) =>
          ++calls === 1 ? { items: tickers.map((ticker) => ({ ticker, score: 10 })) } : new HttpResponse(null, { status: 503 }),
        );
        const el = await fixture<ResearchSnapshot>(
          html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager"></research-snapshot>`,
        );
        await settled(el);
        const stale = () => text(part(panel(el), 'stale'));
        el.refresh();
        await waitUntil(() => part(panel(el), 'stale'), 'no stale mark');
        expect(stale()).to.equal('Couldn’t refresh. Showing data from 5:00 PM.');
        // The next morning, the tab still open.
        clock.setSystemTime(new Date(2026, 3, 28, 9, 0));
        el.refresh();
        await waitUntil(() => stale().includes('Apr'), `still "${stale()}"`);
        expect(stale()).to.equal('Couldn’t refresh. Showing data from Apr 27, 5:00 PM.');
        clock.setSystemTime(new Date(2027, 0, 4, 9, 0));
        el.refresh();
        await waitUntil(() => stale().includes('2026'), `still "${stale()}"`);
        expect(stale()).to.equal('Couldn’t refresh. Showing data from Apr 27, 2026, 5:00 PM.');
      } finally {
        clock.restore();
      }
    });

    it('shows what loaded when one of its requests fails on the first load: no "Couldn’t refresh", and the error names only the failed tickers', async () => {
      window.ResearchSnapshotConfig = { retries: 0, batchSize: 1, minRefresh: 0 };
      serve((tickers) => (tickers[0] === 'ERR' ? new HttpResponse(null, { status: 500 }) : { items: [{ ticker: tickers[0], score: 50 }] }));
      const el = document.createElement('research-snapshot') as ResearchSnapshot;
      const loads: SnapshotLoadDetail[] = [];
      const errors: SnapshotErrorDetail[] = [];
      el.addEventListener('snapshot-load', (e) => loads.push(e.detail));
      el.addEventListener('snapshot-error', (e) => errors.push(e.detail));
      Object.assign(el, { tickers: 'MSFT ERR', endpoint: ENDPOINT, loading: 'eager' });
      await fixture(el);
      await waitUntil(() => errors.length, 'no snapshot-error');
      expect(!!part(panel(el), 'stale'), 'nothing was refreshed').to.equal(false);
      expect(scoreOf(el, 'MSFT')).to.equal('50');
      expect(card(el, 'ERR').dataset.state).to.equal('unavailable');
      expect(loads).to.have.length(1);
      expect(loads[0].stale).to.equal(undefined);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ kind: 'http', status: 500 });
      expect(errors[0].tickers).to.deep.equal(['ERR']);
    });

    it('marks only a refresh that left older data on screen as stale, and names the tickers it affected', async () => {
      window.ResearchSnapshotConfig = { retries: 0, batchSize: 1, minRefresh: 0 };
      let failing = false;
      serve((tickers) =>
        failing && tickers[0] === 'ERR'
          ? new HttpResponse(null, { status: 500 })
          : { items: [{ ticker: tickers[0], score: failing ? 60 : 50 }] },
      );
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT ERR" endpoint=${ENDPOINT} loading="eager"></research-snapshot>`,
      );
      await settled(el);
      const errors: SnapshotErrorDetail[] = [];
      el.addEventListener('snapshot-error', (e) => errors.push(e.detail));
      failing = true;
      el.refresh();
      await waitUntil(() => errors.length, 'no snapshot-error');
      expect(!!part(panel(el), 'stale'), 'ERR is shown from before the refresh').to.equal(true);
      expect(scoreOf(el, 'MSFT')).to.equal('60');
      expect(scoreOf(el, 'ERR')).to.equal('50');
      expect(errors.map((e) => [e.kind, e.tickers])).to.deep.equal([['http', ['ERR']]]);
    });

    it('a Retry-After longer than the client waits shows the error, asks nothing more on a polling element, and refresh() tries again', async () => {
      const requests = serve(() => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '120' } }));
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(el);
      const later = element({ tickers: 'MSFT', endpoint: ENDPOINT, refresh: '0.1' });
      el.after(later);
      await settled(later);
      expect(text(part(panel(later), 'message'))).to.contain('could not be loaded');
      expect(requests, 'asked again before Retry-After').to.have.length(1);
      later.refresh();
      await waitUntil(() => requests.length === 2, 'an explicit refresh() tries again');
      later.remove();
    });

    describe('while the page is hidden', () => {
      let hidden = false;
      before(() => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      });
      after(() => {
        delete (document as { hidden?: boolean }).hidden;
      });
      const setHidden = (value: boolean) => {
        hidden = value;
        document.dispatchEvent(new Event('visibilitychange'));
      };

      it('does not make a lazy element below the fold load', async () => {
        const requests = serveCounting();
        await fixture<HTMLElement>(
          html`<div>
            <div style="height: 4000px"></div>
            <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} refresh="0.1"></research-snapshot>
          </div>`,
        );
        setHidden(true);
        await nextTask();
        setHidden(false);
        // Past three refresh periods: neither the return to view nor a poll may start it.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(requests).to.have.length(0);
      });

      it('pauses polling, and revalidates once when visible again', async () => {
        const requests = serveCounting();
        const el = await fixture<ResearchSnapshot>(
          html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} refresh="0.1"></research-snapshot>`,
        );
        await settled(el);
        setHidden(true);
        const before = requests.length;
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(requests.length, 'polled while hidden').to.equal(before);
        setHidden(false);
        await waitUntil(() => requests.length === before + 1, 'no revalidation');
        el.remove();
      });
    });
  });
});
