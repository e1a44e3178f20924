import { expect, waitUntil } from '@open-wc/testing';
import { ENDPOINT, serve, startWorker, worker } from './support/msw.js';
import { readerClockOnStoryDay } from './support/clock.js';

/** The classic-script build on its own, as a CMS without type="module" loads it (npm test builds it first). */

// Prices of the test data are from 16:30 on the story's day: the reader reads it that evening.
readerClockOnStoryDay();

describe('the classic-script build alone', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('defines the element and renders a card, in German from its catalog beside the script', async () => {
    expect(customElements.get('research-snapshot')).to.equal(undefined);
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/dist/research-snapshot.iife.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('could not load the classic build'));
      document.head.append(script);
    });
    expect(customElements.get('research-snapshot')).to.be.a('function');
    serve({ items: [{ ticker: 'MSFT', name: 'Microsoft', score: 65, price: 1, changePercent: -0.24, priceAsOf: '2026-04-27T20:30:00Z' }] });
    const el = document.createElement('research-snapshot');
    el.setAttribute('tickers', 'msft');
    el.setAttribute('endpoint', ENDPOINT);
    el.setAttribute('lang', 'de');
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part="card"][data-ticker="MSFT"] [part="change"]'), 'no card rendered', {
      timeout: 5000,
    });
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Microsoft');
    expect(el.shadowRoot!.querySelector('[part="change"]')!.textContent).to.contain('heute');
    el.remove();
  });

  it('finds the story\'s tickers with tickers="auto", loading discovery.js from beside the script', async () => {
    serve((tickers) => ({ items: tickers.map((ticker) => ({ ticker, name: ticker, score: 50 })) }));
    const article = document.createElement('article');
    article.innerHTML = '<p>Shares of $NVDA rose.</p>';
    const el = document.createElement('research-snapshot');
    el.setAttribute('tickers', 'auto');
    el.setAttribute('endpoint', ENDPOINT);
    article.append(el);
    document.body.append(article);
    try {
      await waitUntil(
        () => el.shadowRoot?.querySelector('[part="card"][data-ticker="NVDA"][data-state="item"]'),
        'no card for the discovered ticker',
      );
      const requested = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(requested).to.include('/dist/discovery.js');
    } finally {
      article.remove();
    }
  });
});
