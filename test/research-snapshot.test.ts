import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import type { SnapshotErrorEvent, SnapshotLoadEvent } from '../src/events.js';
import { ITEMS, PROVIDER } from '../demo/mocks/data.mjs';
import { card, cards, part, settled, shadow, text } from './support/dom.js';
import { ENDPOINT, HttpResponse, serve, useEndpointWithoutRetries, worker } from './support/msw.js';
import { readerClockOnStoryDay } from './support/clock.js';

/** The demo's four companies, answered by a contract-following mock. */
function serveDemo(options?: Parameters<typeof serve>[1]) {
  return serve(
    (tickers) => ({
      provider: PROVIDER,
      items: ITEMS.filter((item) => tickers.includes(item.ticker)),
      errors: tickers.filter((t) => !ITEMS.some((item) => item.ticker === t)).map((ticker) => ({ ticker, code: 'not_found' })),
    }),
    options,
  );
}

/** Out of its loading state (or a lazy panel that has not been asked for yet). */
const settledNow = (el: ResearchSnapshot) =>
  el.getAttribute('loading') !== 'eager' || shadow(el).querySelector('.panel')?.getAttribute('aria-busy') === 'false';

async function mount(template: ReturnType<typeof html>): Promise<ResearchSnapshot> {
  const el = await fixture<ResearchSnapshot>(template);
  await settled(el);
  return el;
}

// Prices of the test data are from 16:30 on the story's day: the reader reads it that evening.
readerClockOnStoryDay();

describe('<research-snapshot>', () => {
  useEndpointWithoutRetries();

  describe('definition', () => {
    it('is defined once, and importing again does not throw', async () => {
      const first = customElements.get('research-snapshot');
      expect(first).to.be.a('function');
      // A second copy of the module (another URL) runs its define again: it must see the element and not throw.
      await import('../src/index.js?again' as string);
      expect(customElements.get('research-snapshot')).to.equal(first);
    });

    it('renders into an open shadow root', async () => {
      serveDemo();
      const el = await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      expect(el.shadowRoot).to.not.equal(null);
      expect(el.shadowRoot!.mode).to.equal('open');
    });
  });

  describe('request', () => {
    it('asks for the upper-cased, unique, sorted tickers, comma-joined', async () => {
      const requests = serveDemo();
      await mount(html`<research-snapshot tickers="msft, AMZN arm,MSFT rivn" endpoint=${ENDPOINT}></research-snapshot>`);
      expect(requests).to.have.length(1);
      expect(requests[0].url.search).to.equal('?tickers=AMZN,ARM,MSFT,RIVN');
      expect(requests[0].url.origin + requests[0].url.pathname).to.equal(ENDPOINT);
    });

    it('appends with & when the endpoint already has a query', async () => {
      const requests = serveDemo();
      await mount(html`<research-snapshot tickers="MSFT" endpoint="${ENDPOINT}?key=abc"></research-snapshot>`);
      expect(requests[0].url.search).to.equal('?key=abc&tickers=MSFT');
    });

    it('is a simple GET without credentials or custom headers', async () => {
      const requests = serveDemo();
      await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      const { request } = requests[0];
      expect(request.method).to.equal('GET');
      expect(request.credentials).to.equal('omit');
      const safelisted = ['accept', 'accept-language', 'content-language', 'user-agent', 'referer', 'origin'];
      const extra = [...request.headers.keys()].filter((name) => !safelisted.includes(name) && !name.startsWith('sec-'));
      expect(extra).to.deep.equal([]);
    });

    it('resolves a relative endpoint against the page', async () => {
      const requests = serveDemo({ endpoint: '*/relative/snapshot' });
      await mount(html`<research-snapshot tickers="MSFT" endpoint="relative/snapshot"></research-snapshot>`);
      expect(requests).to.have.length(1);
      expect(requests[0].url.origin).to.equal(location.origin);
    });

    it('never sends an invalid token', async () => {
      const requests = serveDemo();
      const el = await mount(html`<research-snapshot tickers="MSFT $$$ <script> AMZN" endpoint=${ENDPOINT}></research-snapshot>`);
      expect(requests[0].tickers).to.equal('AMZN,MSFT');
      expect(cards(el).map((c) => c.dataset.ticker)).to.deep.equal(['MSFT', '$$$', '<SCRIPT>', 'AMZN']);
      expect(text(card(el, '$$$'))).to.contain('invalid ticker');
      expect(shadow(el).querySelector('script')).to.equal(null);
    });

    it('makes no request when no token is valid', async () => {
      const requests = serveDemo();
      const el = await mount(html`<research-snapshot tickers="$$$ ???" endpoint=${ENDPOINT}></research-snapshot>`);
      expect(requests).to.have.length(0);
      expect(cards(el)).to.have.length(2);
      expect(cards(el).every((c) => c.dataset.state === 'invalid')).to.equal(true);
    });
  });

  describe('endpoint configuration', () => {
    it('uses window.ResearchSnapshotConfig.endpoint when the attribute is absent', async () => {
      window.ResearchSnapshotConfig = { retries: 0, endpoint: 'https://config.example.test/snapshot' };
      const requests = serveDemo({ endpoint: 'https://config.example.test/snapshot' });
      const el = await mount(html`<research-snapshot tickers="MSFT"></research-snapshot>`);
      expect(requests).to.have.length(1);
      expect(cards(el)).to.have.length(1);
    });

    it('prefers the attribute over the page-wide default', async () => {
      window.ResearchSnapshotConfig = { retries: 0, endpoint: 'https://config.example.test/snapshot' };
      const fromConfig = serveDemo({ endpoint: 'https://config.example.test/snapshot' });
      const fromAttribute = serveDemo();
      await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      expect(fromConfig).to.have.length(0);
      expect(fromAttribute).to.have.length(1);
    });

    it('takes a page-wide endpoint set after the script: a lazy panel when it comes near, any panel on refresh()', async () => {
      const original = console.error;
      console.error = () => {};
      try {
        const requests = serveDemo({ endpoint: 'https://late.example.test/snapshot' });
        const box = await fixture<HTMLElement>(
          html`<div>
            <research-snapshot tickers="MSFT"></research-snapshot>
            <div style="height: 4000px"></div>
            <research-snapshot tickers="MSFT"></research-snapshot>
          </div>`,
        );
        const [inView, below] = [...box.querySelectorAll<ResearchSnapshot>('research-snapshot')];
        await settled(inView);
        expect(text(part(shadow(inView).querySelector('.panel')!, 'message'))).to.equal('Snapshot unavailable');
        window.ResearchSnapshotConfig = { retries: 0, endpoint: 'https://late.example.test/snapshot' };
        below.scrollIntoView();
        await waitUntil(() => cards(below).length === 1, 'the lazy panel did not take the endpoint');
        expect(requests).to.have.length(1);
        inView.refresh();
        await waitUntil(() => cards(inView).length === 1, 'refresh() did not take the endpoint');
        window.scrollTo(0, 0);
      } finally {
        console.error = original;
      }
    });

    it('with neither, logs one console error naming the attribute and shows "Snapshot unavailable"', async () => {
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT"></research-snapshot>`);
        await settled(el);
        await waitUntil(() => logged.length > 0, 'nothing logged');
        el.heading = 'Changed';
        el.tickers = 'MSFT AMZN';
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(logged).to.have.length(1);
        expect(String(logged[0][0])).to.contain('"endpoint" attribute');
        expect(text(part(shadow(el).querySelector('.panel')!, 'message'))).to.equal('Snapshot unavailable');
        expect(cards(el)).to.have.length(0);
      } finally {
        console.error = original;
      }
    });

    it('fires its events after the first render, so a listener added after fixture() hears them', async () => {
      const original = console.error;
      console.error = () => {};
      try {
        const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT"></research-snapshot>`);
        const { detail } = (await oneEvent(el, 'snapshot-error')) as SnapshotErrorEvent;
        expect(detail.kind).to.equal('config');
        el.tickers = 'AMZN';
        const again = (await oneEvent(el, 'snapshot-error')) as SnapshotErrorEvent;
        expect(again.detail.tickers).to.deep.equal(['AMZN']);
      } finally {
        console.error = original;
      }
    });

    it('fires snapshot-error of kind "config" when not configured', async () => {
      const original = console.error;
      console.error = () => {};
      try {
        const el = document.createElement('research-snapshot');
        el.tickers = 'MSFT';
        const event = oneEvent(el, 'snapshot-error') as Promise<SnapshotErrorEvent>;
        document.body.append(el);
        const { detail } = await event;
        expect(detail.kind).to.equal('config');
        expect(detail.tickers).to.deep.equal(['MSFT']);
        el.remove();
      } finally {
        console.error = original;
      }
    });
  });

  describe('cards', () => {
    let el: ResearchSnapshot;
    beforeEach(async () => {
      serveDemo();
      el = await mount(html`<research-snapshot tickers="MSFT,AMZN,ARM,RIVN" endpoint=${ENDPOINT}></research-snapshot>`);
    });

    it('shows one card per ticker, in the order given, with part="card" and data-ticker', () => {
      expect(cards(el).map((c) => c.dataset.ticker)).to.deep.equal(['MSFT', 'AMZN', 'ARM', 'RIVN']);
      expect(cards(el).every((c) => c.getAttribute('part') === 'card')).to.equal(true);
    });

    it('shows name, ticker, sector, score, meter and label', () => {
      const msft = card(el, 'MSFT');
      expect(text(part(msft, 'name'))).to.equal('Microsoft Corporation');
      expect(text(part(msft, 'ticker'))).to.equal('MSFT');
      expect(text(part(msft, 'sector'))).to.equal('Technology');
      expect(text(part(msft, 'score'))).to.contain('65');
      expect(text(part(msft, 'label'))).to.equal('Moderate');
      const meter = part(msft, 'meter') as HTMLMeterElement;
      expect(meter.tagName).to.equal('METER');
      expect(meter.value).to.equal(65);
      expect(meter.min).to.equal(0);
      expect(meter.max).to.equal(100);
      expect(meter.getAttribute('aria-label')).to.equal('Alpha Score');
      expect(meter.getAttribute('aria-valuetext')).to.equal('65 out of 100, Moderate');
    });

    it('shows price, signed change with "today", and the time in the market zone', () => {
      const price = text(part(card(el, 'MSFT'), 'price'));
      expect(price).to.contain('$423.62');
      expect(text(part(card(el, 'MSFT'), 'change'))).to.contain('-0.24% today');
      expect(price).to.contain('Apr 27, 04:30 PM');
      expect(part(card(el, 'MSFT'), 'change')!.dataset.direction).to.equal('down');
      expect(text(part(card(el, 'AMZN'), 'change')), 'the market said it has closed').to.contain('-0.35% at close');
    });

    it('tells gain and loss by sign and symbol, not colour alone', async () => {
      serve({
        items: [
          { ticker: 'UP', price: 1, changePercent: 0.35, priceAsOf: '2026-04-27T20:30:00Z' },
          { ticker: 'DOWN', price: 1, changePercent: -1.5 },
        ],
      });
      el.tickers = 'UP DOWN';
      await settled(el);
      await waitUntil(() => cards(el)[0]?.dataset.ticker === 'UP' && !!part(cards(el)[0], 'change'));
      expect(text(part(card(el, 'UP'), 'change'))).to.equal('▲ +0.35% today');
      // No time given: no day is claimed.
      expect(text(part(card(el, 'DOWN'), 'change'))).to.equal('▼ -1.50%');
    });

    it('shows a date without a time as that day, and nothing signed on a zero price', async () => {
      // Raw text: JSON.stringify would write -0 as 0.
      serve(
        () =>
          new HttpResponse('{"items":[{"ticker":"DAY","price":-0,"score":-0,"priceAsOf":"2026-04-27"}]}', {
            headers: { 'Content-Type': 'application/json' },
          }),
      );
      el.tickers = 'DAY';
      await settled(el);
      await waitUntil(() => cards(el)[0]?.dataset.ticker === 'DAY');
      const price = text(part(card(el, 'DAY'), 'price'));
      expect(price).to.contain('$0.00');
      expect(price).not.to.contain('-');
      expect(price).to.contain('Apr 27');
      expect(price).not.to.contain('Apr 26');
      expect(text(part(card(el, 'DAY'), 'score'))).not.to.contain('-');
    });

    it('generates the explanation from score and signals', () => {
      expect(text(part(card(el, 'MSFT'), 'explanation'))).to.equal(
        'Alpha Score of 65 reflects moderate overall profile with moderate momentum, moderate value, strong quality, weak sentiment.',
      );
      expect(text(part(card(el, 'AMZN'), 'explanation'))).to.equal(
        'Alpha Score of 54 reflects moderate overall profile with strong momentum, poor value, strong quality, weak sentiment.',
      );
    });

    it('leaves missing signals out and notes partial coverage with the cap', () => {
      const rivn = card(el, 'RIVN');
      expect(text(part(rivn, 'explanation'))).to.equal(
        'Alpha Score of 47 reflects weak overall profile with moderate momentum, poor value, moderate quality.',
      );
      expect(text(part(rivn, 'coverage'))).to.equal('Based on 3 of 4 signals — score is capped at 90 until remaining data ingests.');
      expect(part(card(el, 'MSFT'), 'coverage')).to.equal(null);
    });

    it('derives the label when the endpoint sends none', () => {
      expect(text(part(card(el, 'ARM'), 'label'))).to.equal('Weak');
      expect(text(part(card(el, 'RIVN'), 'label'))).to.equal('Weak');
    });

    it('leaves out a missing sector and price cleanly', () => {
      const arm = card(el, 'ARM');
      expect(part(arm, 'sector')).to.equal(null);
      expect(part(arm, 'price')).to.equal(null);
      expect(part(arm, 'change')).to.equal(null);
      expect(text(arm)).to.not.match(/undefined|null|NaN/);
    });

    it('links to url', () => {
      const link = part(card(el, 'MSFT'), 'link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://example.com/research/MSFT');
      expect(link.rel).to.contain('noopener');
      expect(part(card(el, 'ARM'), 'link')).to.equal(null);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('endpoint data', () => {
    it('shows the explanation field verbatim, as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"> Alpha & <b>Omega</b>';
      serve({ items: [{ ticker: 'MSFT', score: 65, explanation: hostile, name: '<i>Micro</i>', sector: '</style><script>x()</script>' }] });
      const el = await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      const msft = card(el, 'MSFT');
      expect(part(msft, 'explanation')!.textContent).to.equal(hostile);
      expect(text(part(msft, 'name'))).to.equal('<i>Micro</i>');
      expect(msft.querySelector('img, b, i, script')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('links only http: and https: urls', async () => {
      serve({
        items: [
          { ticker: 'A', url: 'javascript:alert(1)' },
          { ticker: 'B', url: 'data:text/html,hi' },
          { ticker: 'C', url: 'https://example.com/c' },
          { ticker: 'D', url: 'http://example.com/d' },
        ],
      });
      const el = await mount(html`<research-snapshot tickers="A B C D" endpoint=${ENDPOINT}></research-snapshot>`);
      const hrefs = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['https://example.com/c', 'http://example.com/d']);
    });

    it('never shows undefined, null or NaN for missing or broken fields', async () => {
      serve({
        items: [
          { ticker: 'A' },
          {
            ticker: 'B',
            name: null,
            sector: null,
            score: null,
            label: null,
            signals: null,
            price: null,
            changePercent: null,
            priceAsOf: null,
            explanation: null,
            url: null,
          },
          { ticker: 'C', score: 'NaN', price: 'NaN', changePercent: Number.NaN, priceAsOf: 'not a date' },
          { ticker: 'D', price: 10, priceAsOf: 'garbage', changePercent: null },
        ],
      });
      const el = await mount(html`<research-snapshot tickers="A B C D" endpoint=${ENDPOINT}></research-snapshot>`);
      expect(cards(el)).to.have.length(4);
      expect(text(shadow(el).querySelector('.cards'))).to.not.match(/undefined|null|NaN/i);
      expect(text(part(card(el, 'D'), 'price'))).to.equal('$10.00');
    });

    it('shows change and time without a price, and a price without change', async () => {
      serve({
        items: [
          { ticker: 'A', changePercent: 1.5, priceAsOf: '2026-04-27T20:30:00Z' },
          { ticker: 'B', price: 12.5 },
        ],
      });
      const el = await mount(html`<research-snapshot tickers="A B" endpoint=${ENDPOINT}></research-snapshot>`);
      const a = text(part(card(el, 'A'), 'price'));
      expect(a).to.contain('+1.50% today');
      expect(a).to.contain('Apr 27, 04:30 PM');
      expect(a).to.not.contain('$');
      expect(text(part(card(el, 'B'), 'price'))).to.equal('$12.50');
      expect(part(card(el, 'B'), 'change')).to.equal(null);
    });

    it('never shows a score that reads as a different label', async () => {
      serve({
        items: [
          { ticker: 'A', score: 79.96 },
          { ticker: 'B', score: 65, label: 'Strong' },
        ],
      });
      const el = await mount(html`<research-snapshot tickers="A B" endpoint=${ENDPOINT}></research-snapshot>`);
      const meter = part(card(el, 'A'), 'meter')!;
      expect(meter.getAttribute('aria-valuetext')).to.equal('79.9 out of 100, Moderate');
      expect(text(part(card(el, 'A'), 'explanation'))).to.equal('Alpha Score of 79.9 reflects strong overall profile.');
      expect(part(card(el, 'B'), 'score')!.dataset.grade).to.equal('strong');
    });

    it('uses the currency and time zone of the item', async () => {
      serve({
        items: [
          {
            ticker: 'SAP',
            price: 98.1,
            currency: 'EUR',
            changePercent: 1.25,
            priceAsOf: '2026-04-27T15:30:00Z',
            timeZone: 'Europe/Berlin',
          },
        ],
      });
      const el = await mount(html`<research-snapshot tickers="SAP" endpoint=${ENDPOINT}></research-snapshot>`);
      const price = text(part(card(el, 'SAP'), 'price'));
      expect(price).to.contain('€98.10');
      expect(price).to.contain('+1.25% today');
      expect(price).to.match(/Apr 27, 05:30 PM/);
    });
  });

  describe('states', () => {
    it('shows a card-shaped skeleton per valid ticker while loading', async () => {
      serveDemo({ wait: 300 });
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="MSFT $$$ AMZN" endpoint=${ENDPOINT}></research-snapshot>`,
      );
      const list = [...shadow(el).querySelector('[part="cards"]')!.children] as HTMLElement[];
      expect(list.map((c) => c.getAttribute('part'))).to.deep.equal(['card skeleton', 'card', 'card skeleton']);
      expect(list[1].dataset.state).to.equal('invalid');
      expect(cards(el)).to.have.length(1);
      expect(shadow(el).querySelector('.panel')!.getAttribute('aria-busy')).to.equal('true');
      await settled(el);
      expect(shadow(el).querySelector('[part~="skeleton"]')).to.equal(null);
    });

    it('says a ticker in errors, or missing from items, is unavailable and names it', async () => {
      serve({
        items: [
          { ticker: 'MSFT', score: 65 },
          { ticker: 'ZZZZ', score: 1 },
        ],
        errors: [{ ticker: 'ZZZZ', code: 'not_found' }],
      });
      const el = await mount(html`<research-snapshot tickers="MSFT ZZZZ QQQQ" endpoint=${ENDPOINT}></research-snapshot>`);
      for (const ticker of ['ZZZZ', 'QQQQ']) {
        const problem = card(el, ticker);
        expect(problem.dataset.state).to.equal('unavailable');
        expect(text(problem)).to.contain(ticker);
        expect(text(problem)).to.contain('unavailable');
        expect(part(problem, 'score')).to.equal(null);
      }
      expect(card(el, 'MSFT').dataset.state).to.equal('item');
    });

    const failures: [string, () => Response | object][] = [
      ['a network error', () => HttpResponse.error()],
      ['HTTP 500', () => new HttpResponse('oops', { status: 500 })],
      ['HTTP 404', () => new HttpResponse('not here', { status: 404 })],
      ['a body that is not JSON', () => new HttpResponse('<html>', { status: 200, headers: { 'Content-Type': 'text/html' } })],
      ['a body without items', () => ({ data: [] })],
    ];
    for (const [name, respond] of failures) {
      it(`after ${name}, keeps heading and footer and says the data could not be loaded`, async () => {
        serve(() => respond() as Response);
        const el = await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
        expect(text(part(shadow(el).querySelector('.panel')!, 'heading'))).to.equal('Research Snapshot');
        expect(part(shadow(el).querySelector('.panel')!, 'footer')).to.not.equal(null);
        expect(text(part(shadow(el).querySelector('.panel')!, 'message'))).to.contain('could not be loaded');
        expect(cards(el)).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('tries again from the failure state', async () => {
      let fail = true;
      serve((tickers) => (fail ? new HttpResponse(null, { status: 503 }) : { items: tickers.map((ticker) => ({ ticker, score: 50 })) }));
      const el = await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      fail = false;
      (part(shadow(el).querySelector('.panel')!, 'retry') as HTMLButtonElement).click();
      await waitUntil(() => cards(el).length === 1);
      expect(card(el, 'MSFT').dataset.state).to.equal('item');
    });

    it('says it is loading while it tries again, keeps focus on the button, and tells a new failure again', async () => {
      serve(() => new HttpResponse(null, { status: 503 }), { wait: 300 });
      const el = await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      const panel = () => shadow(el).querySelector('.panel')!;
      await waitUntil(() => text(part(panel(), 'message')).includes('could not be loaded'), 'no failure', { timeout: 5000 });
      const errors: Event[] = [];
      el.addEventListener('snapshot-error', (event) => errors.push(event));
      const button = part(panel(), 'retry') as HTMLButtonElement;
      button.focus();
      button.click();
      await waitUntil(() => !text(part(panel(), 'message')).includes('could not be loaded'), 'no sign of trying again');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(shadow(el).activeElement).to.equal(button);
      await waitUntil(() => text(part(panel(), 'message')).includes('could not be loaded'), 'the new failure is not shown', {
        timeout: 5000,
      });
      expect(part(panel(), 'retry')).to.equal(button);
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      await waitUntil(() => errors.length === 1, 'the new failure is not told');
    });

    it('gives the focus to the heading when Try again brings the cards, not to the page', async () => {
      let fail = true;
      serve((tickers) => (fail ? new HttpResponse(null, { status: 503 }) : { items: tickers.map((ticker) => ({ ticker, score: 50 })) }));
      const el = await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      const panel = () => shadow(el).querySelector('.panel')!;
      await waitUntil(() => part(panel(), 'retry'), 'no failure', { timeout: 5000 });
      fail = false;
      const button = part(panel(), 'retry') as HTMLButtonElement;
      button.focus();
      button.click();
      await waitUntil(() => cards(el).length === 1, 'no cards');
      expect(shadow(el).activeElement).to.equal(part(panel(), 'heading'));
    });
  });

  describe('events', () => {
    it('fires snapshot-load with the items rendered, bubbling and composed', async () => {
      serveDemo();
      const el = document.createElement('research-snapshot');
      el.setAttribute('tickers', 'RIVN MSFT');
      el.setAttribute('endpoint', ENDPOINT);
      const event = oneEvent(document.body, 'snapshot-load') as Promise<SnapshotLoadEvent>;
      document.body.append(el);
      const fired = await event;
      expect(fired.bubbles).to.equal(true);
      expect(fired.composed).to.equal(true);
      expect(fired.detail.items.map((i) => i.ticker)).to.deep.equal(['RIVN', 'MSFT']);
      expect(fired.detail.provider).to.equal(PROVIDER);
      expect(cards(el)).to.have.length(2);
      el.remove();
    });

    it('fires snapshot-error with kind, status and tickers when the request fails', async () => {
      serve(() => new HttpResponse(null, { status: 502 }));
      const el = document.createElement('research-snapshot');
      el.setAttribute('tickers', 'msft amzn');
      el.setAttribute('endpoint', ENDPOINT);
      const event = oneEvent(document.body, 'snapshot-error') as Promise<SnapshotErrorEvent>;
      document.body.append(el);
      const fired = await event;
      expect(fired.bubbles && fired.composed).to.equal(true);
      expect(fired.detail).to.include({ kind: 'http', status: 502 });
      expect(fired.detail.tickers).to.deep.equal(['MSFT', 'AMZN']);
      el.remove();
    });

    it('fires snapshot-error of kind "network" and "invalid-response"', async () => {
      for (const [respond, kind] of [
        [() => HttpResponse.error(), 'network'],
        [() => HttpResponse.json({ nope: true }), 'invalid-response'],
      ] as const) {
        worker.resetHandlers();
        serve(respond);
        const el = document.createElement('research-snapshot');
        el.setAttribute('tickers', 'MSFT');
        el.setAttribute('endpoint', ENDPOINT);
        const event = oneEvent(el, 'snapshot-error') as Promise<SnapshotErrorEvent>;
        document.body.append(el);
        expect((await event).detail.kind).to.equal(kind);
        el.remove();
      }
    });

    it('fires snapshot-error of kind "unavailable" for tickers without data, after the load', async () => {
      serveDemo();
      const el = document.createElement('research-snapshot');
      el.setAttribute('tickers', 'MSFT ZZZZ');
      el.setAttribute('endpoint', ENDPOINT);
      const order: string[] = [];
      el.addEventListener('snapshot-load', () => order.push('load'));
      const event = oneEvent(el, 'snapshot-error') as Promise<SnapshotErrorEvent>;
      el.addEventListener('snapshot-error', () => order.push('error'));
      document.body.append(el);
      const { detail } = await event;
      expect(detail.kind).to.equal('unavailable');
      expect(detail.tickers).to.deep.equal(['ZZZZ']);
      expect(order).to.deep.equal(['load', 'error']);
      el.remove();
    });
  });

  describe('attribute changes', () => {
    it('removing any attribute shows what the panel shows without it, and throws nothing', async () => {
      serveDemo();
      const base = { tickers: 'MSFT AMZN', endpoint: ENDPOINT, loading: 'eager' };
      const samples: Record<string, string> = {
        ...base,
        source: '#story',
        'max-tickers': '1',
        'link-pattern': '/q/([A-Z]+)',
        provider: 'Provider',
        heading: 'Heading',
        subheading: 'Sub-heading',
        footer: 'Footer',
        timeout: '3',
        refresh: '600',
        theme: 'dark',
        layout: 'compact',
        transparent: '',
        'heading-level': '4',
        'score-name': 'Q.A.R.',
        lang: 'fr',
      };
      const failures: string[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
        failures.push(String('reason' in event ? event.reason : event.message));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      const panel = (attributes: Record<string, string>) => {
        const el = document.createElement('research-snapshot') as ResearchSnapshot;
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        return el;
      };
      const box = await fixture<HTMLElement>(html`<div></div>`);
      const pairs = Object.entries(samples).map(([name, value]) => {
        const without = Object.fromEntries(Object.entries(base).filter(([key]) => key !== name));
        const removed = panel({ ...without, [name]: value });
        const never = panel(without);
        box.append(removed, never);
        return { name, removed, never };
      });
      try {
        await Promise.all(pairs.map(({ removed }) => removed.updateComplete));
        for (const { name, removed } of pairs) removed.removeAttribute(name);
        // Everything but the sub-heading: a panel that fails after showing cards keeps its place (no shift), one that never had any gives it back.
        const looks = (el: ResearchSnapshot) =>
          [
            [...shadow(el).querySelectorAll('.panel > *:not(.panel-head), .panel-head > :not([part="subheading"])')].map((node) =>
              node.textContent?.replace(/\s+/g, ' ').trim(),
            ),
            [...shadow(el).querySelectorAll('[part], [lang], [dir], [data-scheme]')]
              .filter((node) => !node.closest('[part="subheading"]'))
              .map((node) => ['part', 'lang', 'dir', 'data-scheme', 'data-state'].map((a) => node.getAttribute(a)).join('|')),
            getComputedStyle(shadow(el).querySelector('.panel')!).colorScheme,
          ].join('\n');
        // A panel that has loaded stays loaded when it becomes lazy.
        const different = () =>
          pairs.filter(({ name, removed, never }) => name !== 'loading' && looks(removed) !== looks(never)).map(({ name }) => name);
        await waitUntil(
          () => different().length === 0 && pairs.every(({ never }) => settledNow(never)),
          `differs: ${different().join(', ')}`,
          {
            timeout: 5000,
          },
        ).catch(() => undefined);
        expect(different(), 'removed, and never set, look different').to.deep.equal([]);
        // Set to nothing as a property (a framework's binding), it is no tickers too.
        const tickers = pairs.find(({ name }) => name === 'tickers')!;
        for (const nothing of [null, undefined]) {
          (tickers.never as unknown as { tickers: unknown }).tickers = 'MSFT';
          await tickers.never.updateComplete;
          (tickers.never as unknown as { tickers: unknown }).tickers = nothing;
          await tickers.never.updateComplete;
          expect(looks(tickers.never), `tickers = ${nothing}`).to.equal(looks(tickers.removed));
        }
        expect(failures).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
    });

    it('refetch and re-render for new tickers', async () => {
      const requests = serveDemo();
      const el = await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      el.setAttribute('tickers', 'AMZN ARM');
      await waitUntil(
        () =>
          cards(el)
            .map((c) => c.dataset.ticker)
            .join() === 'AMZN,ARM',
      );
      expect(requests.map((r) => r.tickers)).to.deep.equal(['MSFT', 'AMZN,ARM']);
    });

    it('refetch from a new endpoint', async () => {
      serveDemo();
      const other = serve({ provider: 'Other', items: [{ ticker: 'MSFT', score: 12 }] }, { endpoint: 'https://other.example.test/snap' });
      const el = await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      el.setAttribute('endpoint', 'https://other.example.test/snap');
      await waitUntil(() => text(shadow(el).querySelector('[data-ticker="MSFT"] [part="score"]')).includes('12'));
      expect(other).to.have.length(1);
      expect(text(part(shadow(el).querySelector('.panel')!, 'footer'))).to.contain('Other-native');
    });

    it('drop a late response for an old request', async () => {
      serve(async (tickers) => {
        // The first request (MSFT) answers long after the second (AMZN).
        await new Promise((resolve) => setTimeout(resolve, tickers.includes('MSFT') ? 200 : 10));
        return { items: tickers.map((ticker) => ({ ticker, score: ticker === 'MSFT' ? 11 : 22 })) };
      });
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      const loads: string[][] = [];
      el.addEventListener('snapshot-load', (e) => loads.push(e.detail.items.map((i) => i.ticker)));
      el.tickers = 'AMZN';
      await settled(el);
      // Past the old request's answer.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(cards(el).map((c) => c.dataset.ticker)).to.deep.equal(['AMZN']);
      expect(loads).to.deep.equal([['AMZN']]);
    });

    it('re-render in the new order, with new invalid tokens, without a new request', async () => {
      const requests = serveDemo();
      const el = await mount(html`<research-snapshot tickers="MSFT,AMZN" endpoint=${ENDPOINT}></research-snapshot>`);
      el.setAttribute('tickers', 'AMZN MSFT bad!');
      await el.updateComplete;
      expect(cards(el).map((c) => c.dataset.ticker)).to.deep.equal(['AMZN', 'MSFT', 'BAD!']);
      expect(card(el, 'BAD!').dataset.state).to.equal('invalid');
      expect(requests).to.have.length(1);
    });

    it('do not refetch for text-only changes', async () => {
      const requests = serveDemo();
      const el = await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      el.setAttribute('heading', 'Markets');
      el.setAttribute('tickers', 'msft, MSFT');
      await el.updateComplete;
      expect(requests).to.have.length(1);
      expect(text(part(shadow(el).querySelector('.panel')!, 'heading'))).to.equal('Markets');
    });
  });

  describe('heading, sub-heading and footer', () => {
    it('take a footer attribute, which replaces the footer text (and text-only, no new request)', async () => {
      const requests = serveDemo();
      const el = await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} footer="Data: AlphaDesk."></research-snapshot>`);
      expect(text(part(shadow(el).querySelector('.panel')!, 'footer'))).to.equal('Data: AlphaDesk.');
      el.setAttribute('footer', '<b>Our</b> data');
      await el.updateComplete;
      expect(text(part(shadow(el).querySelector('.panel')!, 'footer')), 'as text').to.equal('<b>Our</b> data');
      el.removeAttribute('footer');
      await el.updateComplete;
      expect(text(part(shadow(el).querySelector('.panel')!, 'footer'))).to.contain('AlphaDesk-native stock data');
      expect(requests).to.have.length(1);
    });

    it('have default texts, with the provider from the response', async () => {
      serveDemo();
      const el = await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} provider="Fallback"></research-snapshot>`);
      const panel = shadow(el).querySelector('.panel')!;
      expect(text(part(panel, 'heading'))).to.equal('Research Snapshot');
      expect(text(part(panel, 'subheading'))).to.equal('Live stock context for companies directly referenced in this story');
      expect(text(part(panel, 'footer'))).to.equal(
        `This panel uses ${PROVIDER}-native stock data, separate from the source wire linked above.`,
      );
    });

    it('take the provider attribute when the response names none', async () => {
      serve({ items: [{ ticker: 'MSFT' }] });
      const el = await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} provider="Acme"></research-snapshot>`);
      expect(text(part(shadow(el).querySelector('.panel')!, 'footer'))).to.equal(
        'This panel uses Acme-native stock data, separate from the source wire linked above.',
      );
    });

    it('are replaced by attributes', async () => {
      serveDemo();
      const el = await mount(
        html`<research-snapshot
          tickers="MSFT"
          endpoint=${ENDPOINT}
          heading="Stocks in this story"
          subheading="Data by AlphaDesk"
        ></research-snapshot>`,
      );
      const panel = shadow(el).querySelector('.panel')!;
      expect(text(part(panel, 'heading'))).to.equal('Stocks in this story');
      expect(text(part(panel, 'subheading'))).to.equal('Data by AlphaDesk');
    });

    it('keep their text when the attributes are empty, as an empty template field leaves them', async () => {
      serveDemo();
      const el = await mount(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} heading="" subheading=" "></research-snapshot>`);
      const panel = shadow(el).querySelector('.panel')!;
      expect(text(part(panel, 'heading'))).to.equal('Research Snapshot');
      expect(text(part(panel, 'subheading'))).to.equal('Live stock context for companies directly referenced in this story');
    });

    it('are replaced by slots', async () => {
      serveDemo();
      const el = await mount(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}>
          <span slot="heading">Markets</span>
          <span slot="subheading">Companies named above</span>
          <span slot="footer">Data: our own desk.</span>
        </research-snapshot>`,
      );
      const assigned = (name: string) =>
        shadow(el)
          .querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!
          .assignedNodes()
          .map((n) => n.textContent)
          .join('');
      expect(assigned('heading')).to.equal('Markets');
      expect(assigned('subheading')).to.equal('Companies named above');
      expect(assigned('footer')).to.equal('Data: our own desk.');
    });
  });

  describe('removal', () => {
    it('aborts the request in flight and fires nothing', async () => {
      serveDemo({ wait: 200 });
      const signals: AbortSignal[] = [];
      const original = window.fetch;
      window.fetch = (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return original(input, init);
      };
      try {
        const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
        const events: string[] = [];
        el.addEventListener('snapshot-load', () => events.push('load'));
        el.addEventListener('snapshot-error', () => events.push('error'));
        await waitUntil(() => signals.length === 1);
        el.remove();
        // A task later: a panel put back at once would still share it.
        await new Promise((resolve) => setTimeout(resolve));
        expect(signals[0].aborted).to.equal(true);
        // Past the time the answer would have come.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(events).to.deep.equal([]);
      } finally {
        window.fetch = original;
      }
    });

    it('loads again when put back after its request was let go, and shares it when put back at once', async () => {
      const requests = serveDemo({ wait: 200 });
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      const parent = el.parentElement!;
      await waitUntil(() => requests.length === 1);
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 20));
      parent.append(el);
      await settled(el);
      expect(cards(el)).to.have.length(1);
      expect(requests).to.have.length(2);

      const again = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="AMZN" endpoint=${ENDPOINT}></research-snapshot>`);
      await waitUntil(() => requests.length === 3);
      again.remove();
      parent.append(again);
      await settled(again);
      expect(cards(again)).to.have.length(1);
      expect(requests).to.have.length(3);
    });
  });
});
