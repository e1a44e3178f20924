import { expect, waitUntil } from '@open-wc/testing';
import { ENDPOINT, http, HttpResponse, serve, startWorker, worker } from './support/msw.js';
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

  it('shows the cards, without how the score moved, when movement.js cannot be loaded, and says so in the console', async () => {
    worker.use(http.get('/dist/movement.js', () => new HttpResponse('gone', { status: 404 })));
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    const history = [
      { date: '2026-03-27', score: 58 },
      { date: '2026-04-27', score: 65 },
    ];
    serve({ items: [{ ticker: 'MSFT', name: 'Microsoft', score: 65, history, previous: { asOf: '2026-04-20', score: 58 } }] });
    const el = document.createElement('research-snapshot');
    el.setAttribute('tickers', 'MSFT');
    el.setAttribute('endpoint', ENDPOINT);
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('[part="card"][data-ticker="MSFT"][data-state="item"]'), 'no card rendered', {
        timeout: 5000,
      });
      const card = el.shadowRoot!.querySelector('[part="card"]')!;
      expect(card.querySelector('[part="name"]')!.textContent).to.equal('Microsoft');
      expect(card.querySelector('[part="explanation"]')!.textContent).to.match(/^Alpha Score of 65/);
      expect(card.querySelectorAll('[part="movement"], [part="trend"]').length, 'how the score moved').to.equal(0);
      expect(logged.map((args) => String(args[0])).join('\n')).to.contain(
        'could not load how the score moved (movement.js beside the script)',
      );
    } finally {
      console.error = original;
      el.remove();
    }
  });

  it('shows a theme="auto" panel in the reader\'s scheme when scheme.js cannot be loaded, and says so in the console', async () => {
    worker.use(http.get('/dist/scheme.js', () => new HttpResponse('gone', { status: 404 })));
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    serve({ items: [{ ticker: 'MSFT', name: 'Microsoft', score: 65 }] });
    const el = document.createElement('research-snapshot');
    el.setAttribute('tickers', 'MSFT');
    el.setAttribute('endpoint', ENDPOINT);
    el.setAttribute('theme', 'auto');
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('[part="card"][data-ticker="MSFT"][data-state="item"]'), 'no card rendered', {
        timeout: 5000,
      });
      const panel = el.shadowRoot!.querySelector('[part="panel"]')!;
      expect(getComputedStyle(panel).visibility).to.equal('visible');
      expect(panel.hasAttribute('data-scheme'), 'no scheme read').to.equal(false);
      expect(getComputedStyle(panel).colorScheme).to.equal('light dark');
      expect(logged.map((args) => String(args[0])).join('\n')).to.contain(
        'could not load the page’s colour scheme (scheme.js beside the script)',
      );
    } finally {
      console.error = original;
      el.remove();
    }
  });
});
