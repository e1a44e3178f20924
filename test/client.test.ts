import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import { clientFor, retryDelay } from '../src/data/client.js';
import { SnapshotRequestError } from '../src/data/request.js';
import { card, cards, part, settled, shadow, text } from './support/dom.js';
import { ENDPOINT, HttpResponse, serve, startWorker, worker, type Recorded } from './support/msw.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Answers every ticker asked for, with a score that counts the requests so far. */
function serveCounting(options?: Parameters<typeof serve>[1], headers?: Record<string, string>): Recorded[] {
  let n = 0;
  return serve((tickers) => {
    n += 1;
    return HttpResponse.json({ items: tickers.map((ticker) => ({ ticker, name: `${ticker} Inc.`, score: n })) }, { headers });
  }, options);
}

const scoreOf = (el: ResearchSnapshot, ticker: string) => String((part(card(el, ticker), 'meter') as HTMLMeterElement | null)?.value);

function element(attributes: Record<string, string>): ResearchSnapshot {
  const el = document.createElement('research-snapshot');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

describe('page-wide data client', () => {
  const rejections: unknown[] = [];
  // The test harness's own service worker may fail a background update check on a busy machine; that is not the client's.
  const harness = (reason: unknown) => reason instanceof TypeError && /ServiceWorker.*mockServiceWorker\.js/.test(reason.message);
  const onRejection = (event: PromiseRejectionEvent) => {
    if (!harness(event.reason)) rejections.push(event.reason);
  };
  before(async () => {
    await startWorker();
    window.addEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    window.ResearchSnapshotConfig = { retryBaseDelay: 0.01, retryMaxDelay: 2 };
  });
  afterEach(() => {
    worker.resetHandlers();
    delete window.ResearchSnapshotConfig;
  });
  after(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    expect(rejections, 'unhandled rejections during the suite').to.deep.equal([]);
  });

  describe('batching', () => {
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
      expect(elements.map((el) => cards(el).length)).to.deep.equal([4, 4, 4]);
    });

    it('keeps elements on different endpoints apart', async () => {
      const one = serveCounting();
      const two = serveCounting({ endpoint: `${ENDPOINT}/other` });
      const container = await fixture<HTMLElement>(
        html`<div>
          <research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>
          <research-snapshot tickers="MSFT" endpoint="${ENDPOINT}/other"></research-snapshot>
        </div>`,
      );
      await Promise.all([...container.querySelectorAll('research-snapshot')].map((el) => settled(el)));
      expect([one.length, two.length]).to.deep.equal([1, 1]);
    });

    it('splits a set larger than the batch size into the fewest requests', async () => {
      window.ResearchSnapshotConfig = { ...window.ResearchSnapshotConfig, batchSize: 3 };
      const requests = serveCounting();
      const container = await fixture<HTMLElement>(
        html`<div>
          <research-snapshot tickers="G F E D" endpoint=${ENDPOINT}></research-snapshot>
          <research-snapshot tickers="C B A" endpoint=${ENDPOINT}></research-snapshot>
        </div>`,
      );
      await Promise.all([...container.querySelectorAll('research-snapshot')].map((el) => settled(el)));
      expect(requests.map((r) => r.tickers).sort()).to.deep.equal(['A,B,C', 'D,E,F', 'G']);
    });

    it('batches 50 tickers by default', async () => {
      const requests = serveCounting();
      const tickers = Array.from({ length: 120 }, (_, i) => `T${String(i).padStart(3, '0')}`);
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers=${tickers.join(' ')} endpoint=${ENDPOINT}></research-snapshot>`,
      );
      await settled(el);
      expect(requests.map((r) => r.tickers!.split(',').length).sort()).to.deep.equal([20, 50, 50]);
      expect(cards(el)).to.have.length(120);
    });

    it('shares a request already in flight instead of repeating it', async () => {
      const requests = serveCounting({ wait: 300 });
      const first = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager"></research-snapshot>`,
      );
      await waitUntil(() => requests.length === 1);
      const second = element({ tickers: 'MSFT AMZN', endpoint: ENDPOINT, loading: 'eager' });
      first.after(second);
      await Promise.all([settled(first), settled(second)]);
      expect(requests.map((r) => r.tickers)).to.deep.equal(['MSFT', 'AMZN']);
      expect(cards(second)).to.have.length(2);
      second.remove();
    });
  });

  describe('races', () => {
    it('refresh() while a request is in flight shows the data, not an error', async () => {
      const requests = serveCounting({ wait: 300 });
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await waitUntil(() => requests.length === 1);
      el.refresh();
      await settled(el);
      await sleep(50);
      expect(card(el, 'MSFT').dataset.state).to.equal('item');
      expect(part(shadow(el).querySelector('.panel')!, 'stale')).to.equal(null);
    });

    it('moving an element while its request is in flight still shows the data', async () => {
      serveCounting({ wait: 300 });
      const container = await fixture<HTMLElement>(
        html`<div>
          <research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>
          <p></p>
        </div>`,
      );
      const el = container.querySelector('research-snapshot')!;
      await sleep(100);
      container.append(el);
      await settled(el);
      expect(card(el, 'MSFT').dataset.state).to.equal('item');
    });

    it('changing tickers while a request is in flight shows the new set, not stale', async () => {
      serveCounting({ wait: 300 });
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await sleep(100);
      const errors: string[] = [];
      el.addEventListener('snapshot-error', (e) => errors.push(e.detail.kind));
      el.tickers = 'MSFT AMZN';
      await waitUntil(() => cards(el).length === 2 && cards(el).every((c) => c.dataset.state === 'item'));
      await sleep(50);
      expect(part(shadow(el).querySelector('.panel')!, 'stale')).to.equal(null);
      expect(errors).to.deep.equal([]);
    });

    it('a joining element keeps its own timeout', async () => {
      serveCounting({ wait: 2000 });
      const first = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} timeout="30"></research-snapshot>`,
      );
      await sleep(50);
      const second = element({ tickers: 'MSFT', endpoint: ENDPOINT, timeout: '0.2' });
      const started = performance.now();
      first.after(second);
      await settled(second);
      expect(performance.now() - started).to.be.below(1000);
      expect(text(part(shadow(second).querySelector('.panel')!, 'message'))).to.contain('could not be loaded');
      second.remove();
      first.remove();
    });

    it('an impatient element batched with a patient one does not cut the shared request short', async () => {
      const requests = serveCounting({ wait: 1500 });
      const patient = element({ tickers: 'MSFT', endpoint: ENDPOINT, timeout: '5', loading: 'eager' });
      const impatient = element({ tickers: 'MSFT', endpoint: ENDPOINT, timeout: '0.5', loading: 'eager' });
      const stage = await fixture(html`<div></div>`);
      stage.append(patient, impatient);
      await settled(impatient);
      expect(text(part(shadow(impatient).querySelector('.panel')!, 'message'))).to.contain('could not be loaded');
      await waitUntil(
        () => shadow(patient).querySelector('[part="card"][data-ticker="MSFT"]'),
        'the patient element gave up with the impatient one',
        { timeout: 3000 },
      );
      expect(scoreOf(patient, 'MSFT')).to.equal('1');
      expect(requests).to.have.length(1);
    });

    it('a patient element that joins a request an impatient one started waits for its own timeout', async () => {
      const requests = serveCounting({ wait: 2000 });
      const impatient = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} timeout="1" loading="eager"></research-snapshot>`,
      );
      await sleep(50);
      const patient = element({ tickers: 'MSFT', endpoint: ENDPOINT, timeout: '5', loading: 'eager' });
      impatient.after(patient);
      await settled(impatient);
      await waitUntil(
        () => shadow(patient).querySelector('[part="card"][data-ticker="MSFT"]'),
        'the patient element gave up with the impatient one',
        { timeout: 4000 },
      );
      expect(requests).to.have.length(1);
      patient.remove();
    });

    it('an element added again while a request it left waits out Retry-After does not ask before that time', async () => {
      window.ResearchSnapshotConfig = { retryBaseDelay: 0.01, retryMaxDelay: 5, retries: 3 };
      const requests = serve(() => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '2' } }));
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager"></research-snapshot>`,
      );
      await waitUntil(() => requests.length === 1, 'no first request');
      await sleep(150);
      const parent = el.parentElement!;
      el.remove();
      await sleep(100);
      parent.append(el);
      await sleep(700);
      expect(requests, 'asked again within Retry-After').to.have.length(1);
      el.remove();
    });

    it('a timeout beyond what a timer can hold does not cut a shared request short', async () => {
      const requests = serveCounting({ wait: 300 });
      const client = clientFor(ENDPOINT);
      const first = client.load(['MSFT'], { timeout: 10_000 });
      await sleep(50);
      const second = client.load(['MSFT'], { timeout: 2_200_000_000 });
      const [a, b] = await Promise.all([first, second]);
      expect(a.failure, 'the first caller').to.equal(undefined);
      expect(b.failure, 'the second caller').to.equal(undefined);
      expect(requests).to.have.length(1);
    });

    it('a request that times out between retries makes later first loads fail fast', async () => {
      window.ResearchSnapshotConfig = { retryBaseDelay: 0.01, retryMaxDelay: 2, retries: 3 };
      const requests = serve(() => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '1' } }));
      const client = clientFor(ENDPOINT);
      const first = client.load(['MSFT'], { timeout: 100 });
      await sleep(50);
      const second = client.load(['MSFT'], { timeout: 600 });
      const [a, b] = await Promise.all([first, second]);
      expect(a.failure?.kind).to.equal('timeout');
      expect(b.failure?.kind).to.equal('timeout');
      const started = performance.now();
      const third = await client.load(['MSFT'], { timeout: 600 });
      // It was waiting out the endpoint's Retry-After when it timed out: that answer is what later loads get.
      expect(third.failure?.status).to.equal(503);
      expect(performance.now() - started, 'failed fast').to.be.below(300);
      expect(requests).to.have.length(1);
    });

    it('revalidates refreshes with the server, not the browser cache', async () => {
      const requests = serveCounting();
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(el);
      el.refresh();
      await waitUntil(() => requests.length === 2);
      expect(requests[0].request.cache).to.equal('default');
      expect(requests[1].request.cache).to.equal('no-cache');
    });
  });

  describe('cache', () => {
    it('serves a fresh entry with no request', async () => {
      const requests = serveCounting();
      const first = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(first);
      const second = element({ tickers: 'AMZN', endpoint: ENDPOINT });
      first.after(second);
      await settled(second);
      expect(requests).to.have.length(1);
      expect(scoreOf(second, 'AMZN')).to.contain('1');
      second.remove();
    });

    it('shows a stale entry at once, then revalidates it in the background', async () => {
      window.ResearchSnapshotConfig = { ...window.ResearchSnapshotConfig, maxAge: 0.05 };
      const requests = serveCounting({ wait: 200 });
      const first = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(first);
      await sleep(100);
      const second = element({ tickers: 'MSFT', endpoint: ENDPOINT });
      first.after(second);
      await second.updateComplete;
      expect(cards(second)).to.have.length(1);
      expect(scoreOf(second, 'MSFT')).to.equal('1');
      await waitUntil(() => scoreOf(second, 'MSFT') === '2', 'not revalidated');
      expect(requests).to.have.length(2);
      second.remove();
    });

    it('takes freshness from Cache-Control: max-age over the default', async () => {
      window.ResearchSnapshotConfig = { ...window.ResearchSnapshotConfig, maxAge: 0 };
      const requests = serveCounting({}, { 'Cache-Control': 'public, max-age=60' });
      const first = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(first);
      const second = element({ tickers: 'MSFT', endpoint: ENDPOINT });
      first.after(second);
      await settled(second);
      await sleep(50);
      expect(requests).to.have.length(1);
      second.remove();
    });

    it('treats max-age=0 as stale at once', async () => {
      const requests = serveCounting({}, { 'Cache-Control': 'max-age=0' });
      const first = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(first);
      const second = element({ tickers: 'MSFT', endpoint: ENDPOINT });
      first.after(second);
      await waitUntil(() => requests.length === 2, 'not revalidated');
      second.remove();
    });

    it('fetches fresh data on refresh(), whatever the cache holds', async () => {
      const requests = serveCounting();
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(el);
      el.refresh();
      await waitUntil(() => scoreOf(el, 'MSFT') === '2');
      expect(requests).to.have.length(2);
    });
  });

  describe('per-ticker endpoints', () => {
    const base = 'https://cdn.example.test/snapshots';

    it('GETs one URL per ticker with {ticker} substituted and URL-encoded', async () => {
      const requests = serve(
        (_, request) => {
          const file = decodeURIComponent(
            new URL(request.url).pathname
              .split('/')
              .pop()!
              .replace(/\.json$/, ''),
          );
          if (file === 'ZZZZ') return new HttpResponse('missing', { status: 404 });
          if (file === 'AMZN') return HttpResponse.json({ provider: 'CDN', items: [{ ticker: 'AMZN', score: 54 }] });
          return HttpResponse.json({ ticker: file, name: `${file} Corp`, score: 65 });
        },
        { endpoint: `${base}/:file` },
      );
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT LSE:VOD AMZN ZZZZ" endpoint="${base}/{ticker}.json"></research-snapshot>`,
      );
      await settled(el);
      expect(requests.map((r) => r.url.pathname).sort()).to.deep.equal([
        '/snapshots/AMZN.json',
        '/snapshots/LSE%3AVOD.json',
        '/snapshots/MSFT.json',
        '/snapshots/ZZZZ.json',
      ]);
      expect(requests.every((r) => r.url.search === '')).to.equal(true);
      expect(text(part(card(el, 'LSE:VOD'), 'name'))).to.equal('LSE:VOD Corp');
      expect(scoreOf(el, 'AMZN')).to.equal('54');
      expect(card(el, 'ZZZZ').dataset.state).to.equal('unavailable');
    });
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
      await sleep(50);
      expect(requests).to.have.length(0);
      expect(text(part(card(el, 'MSFT'), 'name'))).to.equal('Microsoft');
      expect(text(part(shadow(el).querySelector('.panel')!, 'footer'))).to.contain('Inline-native');
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
      expect(text(part(shadow(el).querySelector('.panel')!, 'message'))).to.contain('could not be loaded');
    });
  });

  describe('lazy and eager loading', () => {
    async function belowTheFold(loading?: string): Promise<{ el: ResearchSnapshot; spacer: HTMLElement }> {
      const container = await fixture<HTMLElement>(
        html`<div>
          <div style="height: 4000px"></div>
          <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading=${loading ?? 'lazy'}></research-snapshot>
        </div>`,
      );
      return { el: container.querySelector('research-snapshot')!, spacer: container.firstElementChild as HTMLElement };
    }

    it('waits until a lazy element is near the viewport', async () => {
      const requests = serveCounting();
      const { el } = await belowTheFold();
      await sleep(200);
      expect(requests).to.have.length(0);
      expect(shadow(el).querySelector('[part="skeleton"]')).to.not.equal(null);
      el.scrollIntoView();
      await settled(el);
      expect(requests).to.have.length(1);
      window.scrollTo(0, 0);
    });

    it('asks at once when eager', async () => {
      const requests = serveCounting();
      const { el } = await belowTheFold('eager');
      await settled(el);
      expect(requests).to.have.length(1);
    });

    it('lets elements that come into view together share one request', async () => {
      const requests = serveCounting();
      const container = await fixture<HTMLElement>(
        html`<div>
          <div style="height: 4000px"></div>
          <research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>
          <research-snapshot tickers="AMZN" endpoint=${ENDPOINT}></research-snapshot>
        </div>`,
      );
      await sleep(100);
      expect(requests).to.have.length(0);
      const [a, b] = container.querySelectorAll('research-snapshot');
      a.scrollIntoView();
      await Promise.all([settled(a), settled(b)]);
      expect(requests.map((r) => r.tickers)).to.deep.equal(['AMZN,MSFT']);
      window.scrollTo(0, 0);
    });
  });

  describe('faults', () => {
    it('times out after the timeout attribute, shows the error promptly, and does not retry', async () => {
      const requests = serveCounting({ wait: 3000 });
      const started = performance.now();
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} timeout="0.2"></research-snapshot>`,
      );
      await settled(el);
      expect(performance.now() - started).to.be.below(1500);
      expect(text(part(shadow(el).querySelector('.panel')!, 'message'))).to.contain('could not be loaded');
      await sleep(300);
      expect(requests).to.have.length(1);
    });

    for (const [name, failure] of [
      ['a network error', () => HttpResponse.error()],
      ['408', () => new HttpResponse(null, { status: 408 })],
      ['429', () => new HttpResponse(null, { status: 429 })],
      ['500', () => new HttpResponse(null, { status: 500 })],
      ['503', () => new HttpResponse(null, { status: 503 })],
    ] as const) {
      it(`retries after ${name}`, async () => {
        let calls = 0;
        const requests = serve((tickers) => (++calls < 3 ? failure() : { items: tickers.map((ticker) => ({ ticker, score: 70 })) }));
        const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
        await settled(el);
        expect(requests).to.have.length(3);
        expect(card(el, 'MSFT').dataset.state).to.equal('item');
      });
    }

    it('gives up after 3 retries', async () => {
      const requests = serve(() => new HttpResponse(null, { status: 500 }));
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(el);
      expect(requests).to.have.length(4);
      expect(text(part(shadow(el).querySelector('.panel')!, 'message'))).to.contain('could not be loaded');
    });

    for (const status of [400, 403, 404, 422]) {
      it(`does not retry HTTP ${status}`, async () => {
        const requests = serve(() => new HttpResponse(null, { status }));
        const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
        await settled(el);
        await sleep(100);
        expect(requests).to.have.length(1);
      });
    }

    it('does not retry an unusable body', async () => {
      const requests = serve(() => HttpResponse.json({ nope: 1 }));
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(el);
      await sleep(100);
      expect(requests).to.have.length(1);
    });

    it('waits at least Retry-After seconds', async () => {
      const times: number[] = [];
      serve((tickers) => {
        times.push(performance.now());
        return times.length === 1
          ? new HttpResponse(null, { status: 503, headers: { 'Retry-After': '1' } })
          : { items: tickers.map((ticker) => ({ ticker, score: 1 })) };
      });
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(el, 4000);
      expect(times).to.have.length(2);
      expect(times[1] - times[0]).to.be.at.least(990);
    });

    it('waits until a Retry-After HTTP date', async () => {
      const times: number[] = [];
      let until = 0;
      serve((tickers) => {
        times.push(Date.now());
        if (times.length > 1) return { items: tickers.map((ticker) => ({ ticker, score: 1 })) };
        until = (Math.floor(Date.now() / 1000) + 2) * 1000;
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': new Date(until).toUTCString() } });
      });
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(el, 5000);
      expect(times).to.have.length(2);
      expect(times[1]).to.be.at.least(until - 5);
    });

    it('shows the error at once for a Retry-After longer than retryMaxDelay, and asks nothing before it', async () => {
      const requests = serve(() => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '120' } }));
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(el);
      expect(requests).to.have.length(1);
      const later = element({ tickers: 'MSFT', endpoint: ENDPOINT, refresh: '0.1' });
      el.after(later);
      await settled(later);
      await sleep(300);
      expect(requests, 'asked again before Retry-After').to.have.length(1);
      expect(text(part(shadow(later).querySelector('.panel')!, 'message'))).to.contain('could not be loaded');
      later.refresh();
      await waitUntil(() => requests.length === 2, 'an explicit refresh() tries again');
      later.remove();
    });

    it('does not send every element that scrolls into view to a hung endpoint', async () => {
      const requests = serveCounting({ wait: 3000 });
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} timeout="0.2"></research-snapshot>`,
      );
      await settled(el);
      const later = element({ tickers: 'MSFT', endpoint: ENDPOINT, timeout: '0.2' });
      el.after(later);
      await settled(later);
      expect(requests).to.have.length(1);
      later.remove();
    });

    it('renders what is valid in a partly valid response', async () => {
      serve({ items: [{ ticker: 'MSFT', score: 'high', name: 'Microsoft' }, 'junk', { ticker: 'AMZN', score: 54 }] });
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(el);
      expect(text(part(card(el, 'MSFT'), 'name'))).to.equal('Microsoft');
      expect(part(card(el, 'MSFT'), 'score')).to.equal(null);
      expect(scoreOf(el, 'AMZN')).to.equal('54');
    });
  });

  describe('backoff', () => {
    const error = (status: number, retryAfter?: number) => new SnapshotRequestError('http', 'x', status, retryAfter);

    it('draws from random(0, min(cap, base · 2^n))', () => {
      window.ResearchSnapshotConfig = { retryBaseDelay: 1, retryMaxDelay: 5 };
      expect([0, 1, 2, 3].map((n) => retryDelay(error(503), n, () => 1))).to.deep.equal([1000, 2000, 4000, undefined]);
      window.ResearchSnapshotConfig = { retryBaseDelay: 1, retryMaxDelay: 3, retries: 5 };
      expect([0, 1, 2, 3].map((n) => retryDelay(error(503), n, () => 1))).to.deep.equal([1000, 2000, 3000, 3000]);
      expect(retryDelay(error(503), 2, () => 0)).to.equal(0);
      expect(retryDelay(error(503), 1, () => 0.5)).to.equal(1000);
    });

    it('waits at least Retry-After', () => {
      window.ResearchSnapshotConfig = { retryBaseDelay: 1, retryMaxDelay: 30 };
      expect(retryDelay(error(429, 7000), 0, () => 0.5)).to.equal(7000);
      expect(retryDelay(error(429, 10), 2, () => 1)).to.equal(4000);
      expect(retryDelay(error(429, 31_000), 0, () => 1)).to.equal(undefined);
    });

    it('retries network errors, 408, 429 and 5xx only', () => {
      expect(retryDelay(new SnapshotRequestError('network', 'x'), 0)).to.be.a('number');
      expect(retryDelay(new SnapshotRequestError('timeout', 'x'), 0)).to.equal(undefined);
      expect(retryDelay(new SnapshotRequestError('invalid-response', 'x', 200), 0)).to.equal(undefined);
      for (const status of [408, 429, 500, 502, 503, 504]) expect(retryDelay(error(status), 0), String(status)).to.be.a('number');
      for (const status of [400, 401, 403, 404, 410, 422]) expect(retryDelay(error(status), 0), String(status)).to.equal(undefined);
    });
  });

  describe('refresh', () => {
    it('refreshes every N seconds', async () => {
      const requests = serveCounting();
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} refresh="0.2"></research-snapshot>`,
      );
      await settled(el);
      await waitUntil(() => scoreOf(el, 'MSFT') === '3', 'did not refresh twice', { timeout: 2000 });
      expect(requests.length).to.be.at.least(3);
    });

    it('keeps the last good data on a failed refresh, marked stale with its time, until the next success', async () => {
      window.ResearchSnapshotConfig = { retries: 0 };
      let calls = 0;
      serve((tickers) => {
        calls += 1;
        return calls === 2 ? new HttpResponse(null, { status: 502 }) : { items: tickers.map((ticker) => ({ ticker, score: calls * 10 })) };
      });
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} refresh="0.25"></research-snapshot>`,
      );
      await settled(el);
      const errors: string[] = [];
      el.addEventListener('snapshot-error', (e) => errors.push(e.detail.kind));
      await waitUntil(() => part(shadow(el).querySelector('.panel')!, 'stale'), 'no stale mark', { timeout: 2000 });
      expect(scoreOf(el, 'MSFT')).to.equal('10');
      expect(text(part(shadow(el).querySelector('.panel')!, 'stale'))).to.match(/\d{1,2}:\d{2}/);
      await waitUntil(() => errors.includes('http'), 'no snapshot-error for the failed refresh');
      await waitUntil(() => scoreOf(el, 'MSFT') === '30', 'no later success', { timeout: 2000 });
      expect(part(shadow(el).querySelector('.panel')!, 'stale')).to.equal(null);
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
        await sleep(50);
        setHidden(false);
        await sleep(300);
        expect(requests).to.have.length(0);
      });

      it('pauses polling, and revalidates once when visible again', async () => {
        const requests = serveCounting();
        const el = await fixture<ResearchSnapshot>(
          html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} refresh="0.15"></research-snapshot>`,
        );
        await settled(el);
        setHidden(true);
        const before = requests.length;
        await sleep(500);
        expect(requests.length).to.equal(before);
        setHidden(false);
        await waitUntil(() => requests.length === before + 1, 'no revalidation');
        el.remove();
      });
    });
  });

  describe('removal', () => {
    let signals: AbortSignal[] = [];
    let original: typeof fetch;
    beforeEach(() => {
      signals = [];
      original = window.fetch;
      window.fetch = (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return original(input, init);
      };
    });
    afterEach(() => {
      window.fetch = original;
    });

    it('aborts a request no other element waits for', async () => {
      serveCounting({ wait: 500 });
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await waitUntil(() => signals.length === 1);
      el.remove();
      expect(signals[0].aborted).to.equal(true);
    });

    it('lets a batch go on while another element still needs it', async () => {
      serveCounting({ wait: 300 });
      const container = await fixture<HTMLElement>(
        html`<div>
          <research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>
          <research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT}></research-snapshot>
        </div>`,
      );
      const [a, b] = container.querySelectorAll('research-snapshot');
      await waitUntil(() => signals.length === 1);
      a.remove();
      expect(signals[0].aborted).to.equal(false);
      await settled(b);
      expect(cards(b)).to.have.length(2);
      b.remove();
      expect(signals[0].aborted).to.equal(false);
    });

    it('aborts a shared batch once every element waiting for it is gone', async () => {
      serveCounting({ wait: 500 });
      const container = await fixture<HTMLElement>(
        html`<div>
          <research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>
          <research-snapshot tickers="AMZN" endpoint=${ENDPOINT}></research-snapshot>
        </div>`,
      );
      const [a, b] = container.querySelectorAll('research-snapshot');
      await waitUntil(() => signals.length === 1);
      a.remove();
      expect(signals[0].aborted).to.equal(false);
      b.remove();
      expect(signals[0].aborted).to.equal(true);
    });
  });
});
