import { expect, waitUntil } from '@open-wc/testing';
import { ENDPOINT, serve, startWorker, worker } from './support/msw.js';
import { element } from './support/dom.js';

/** The built files, as a publisher's page loads them (npm test builds them first). */
const ES_BUILD = '/dist/research-snapshot.js';
const CLASSIC_BUILD = '/dist/research-snapshot.iife.js';

function loadClassic(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('the built files', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  before(async () => {
    await startWorker();
    window.addEventListener('error', onError);
  });
  after(() => window.removeEventListener('error', onError));
  afterEach(() => worker.resetHandlers());

  it('define the element on import, and loading both, twice, does not throw', async () => {
    await import(/* @vite-ignore */ ES_BUILD);
    const defined = customElements.get('research-snapshot');
    expect(defined).to.be.a('function');
    await import(/* @vite-ignore */ `${ES_BUILD}?again`);
    await loadClassic(CLASSIC_BUILD);
    await loadClassic(`${CLASSIC_BUILD}?again`);
    expect(customElements.get('research-snapshot')).to.equal(defined);
    expect(errors).to.deep.equal([]);
  });

  it('render a card from the endpoint (the element the ES build defined)', async () => {
    serve({ provider: 'AlphaDesk', items: [{ ticker: 'MSFT', name: 'Microsoft', score: 65 }] });
    const el = element({ tickers: 'msft', endpoint: ENDPOINT });
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part="card"][data-ticker="MSFT"]'), 'no card rendered');
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Microsoft');
    el.remove();
  });

  it('load language catalogs from the folder localeBase names', async () => {
    // Another folder than the default locales/ beside the script: here, the catalogs' sources.
    window.ResearchSnapshotConfig = { localeBase: '/src/locales/' };
    serve({ provider: 'AlphaDesk', items: [{ ticker: 'MSFT', name: 'Microsoft', score: 65 }] });
    const el = element({ tickers: 'MSFT', endpoint: ENDPOINT, lang: 'de' });
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('[part="card"][data-ticker="MSFT"]'), 'no card rendered');
      expect(el.shadowRoot!.querySelector('[part="subheading"]')!.textContent).to.contain('Börsendaten');
      const requested = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(requested).to.include('/src/locales/de.js');
    } finally {
      el.remove();
      delete window.ResearchSnapshotConfig;
    }
  });

  it('find the story\'s tickers with tickers="auto", loading discovery.js from beside the script only then', async () => {
    const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requested(), 'discovery is not part of the first load').to.not.include('/dist/discovery.js');
    serve((tickers) => ({ items: tickers.map((ticker) => ({ ticker, name: ticker, score: 50 })) }));
    const article = document.createElement('article');
    article.innerHTML = '<p>Shares of $NVDA rose while <a href="/quote/AMD">AMD</a> fell.</p>';
    const el = element({ tickers: 'auto', endpoint: ENDPOINT, loading: 'eager' });
    article.append(el);
    document.body.append(article);
    try {
      await waitUntil(
        () => el.shadowRoot?.querySelectorAll('[part="card"][data-state="item"]').length === 2,
        'the discovered tickers have no cards',
      );
      expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="card"]')].map((c) => c.dataset.ticker)).to.deep.equal([
        'NVDA',
        'AMD',
      ]);
      expect(requested()).to.include('/dist/discovery.js');
    } finally {
      article.remove();
    }
  });

  it('draw how the score moved with movement.js from beside the script, loaded only for data that has history or previous, and never show a card without it', async () => {
    const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    const history = [
      { date: '2026-03-27', score: 58 },
      { date: '2026-04-27', score: 65 },
    ];
    serve((tickers) => ({
      items: tickers.map((ticker) =>
        ticker === 'MSFT'
          ? { ticker, name: 'Microsoft', score: 65, history, previous: { asOf: '2026-04-20', score: 58 } }
          : { ticker, name: 'Amazon', score: 40 },
      ),
    }));
    const el = element({ tickers: 'AMZN', endpoint: ENDPOINT, loading: 'eager' });
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('[part="card"][data-ticker="AMZN"]'), 'no card rendered');
      expect(requested(), 'movement.js is not loaded for data without history or previous').to.not.include('/dist/movement.js');
      // Another company, whose data has history: its card is drawn whole, the first time it shows.
      const bare: string[] = [];
      const check = () => {
        const card = el.shadowRoot!.querySelector('[part="card"][data-ticker="MSFT"]');
        if (card && !card.querySelector('svg[part="trend"]')) bare.push(card.textContent ?? '');
      };
      const watch = new MutationObserver(check);
      watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      const loaded = new Promise<boolean>((resolve) =>
        el.addEventListener('snapshot-load', () => resolve(!!el.shadowRoot!.querySelector('[data-ticker="MSFT"] svg[part="trend"]')), {
          once: true,
        }),
      );
      el.setAttribute('tickers', 'MSFT');
      expect(await loaded, 'the trend line is drawn when snapshot-load is told').to.equal(true);
      watch.disconnect();
      expect(bare, 'the card shown without how the score moved').to.deep.equal([]);
      const card = el.shadowRoot!.querySelector('[part="card"]')!;
      expect(card.querySelector('svg[part="trend"]')!.getAttribute('aria-label')).to.match(/^Alpha Score rose from 58 to 65 since Mar 27/);
      expect(card.querySelector('[part="movement"]')!.textContent!.trim()).to.match(/^\+7 since Apr 20/);
      expect(requested().filter((path) => path === '/dist/movement.js')).to.have.length(1);
    } finally {
      el.remove();
    }
  });

  it('follow the page\'s colour scheme with scheme.js from beside the script, loaded only for theme="auto" or transparent, and never show the panel in another scheme', async () => {
    const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    serve({ items: [{ ticker: 'MSFT', name: 'Microsoft', score: 65 }] });
    const light = element({ tickers: 'MSFT', endpoint: ENDPOINT, loading: 'eager' });
    document.body.append(light);
    const dark = element({ tickers: 'MSFT', endpoint: ENDPOINT, loading: 'eager', theme: 'auto' });
    const wrapper = document.createElement('div');
    wrapper.style.colorScheme = 'dark';
    wrapper.append(dark);
    try {
      await waitUntil(() => light.shadowRoot?.querySelector('[part="card"][data-ticker="MSFT"]'), 'no card rendered');
      expect(requested(), 'scheme.js is not loaded for a panel that does not follow the page').to.not.include('/dist/scheme.js');
      // A panel that follows a dark page: never seen in the light scheme, not even while scheme.js loads.
      const seen: string[] = [];
      const check = () => {
        const panel = dark.shadowRoot?.querySelector('[part="panel"]');
        if (panel && getComputedStyle(panel).visibility === 'visible') seen.push(getComputedStyle(panel).colorScheme);
      };
      const watch = new MutationObserver(check);
      const loaded = new Promise<string | null | undefined>((resolve) =>
        dark.addEventListener(
          'snapshot-load',
          () => resolve(dark.shadowRoot!.querySelector('[part="panel"]')?.getAttribute('data-scheme')),
          {
            once: true,
          },
        ),
      );
      document.body.append(wrapper);
      watch.observe(dark.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
      expect(await loaded, "the scheme is the page's when snapshot-load is told").to.equal('dark');
      watch.disconnect();
      check();
      expect(seen.length, 'the panel was shown').to.be.above(0);
      expect([...new Set(seen)], 'the schemes the panel was shown in').to.deep.equal(['dark']);
      expect(requested().filter((path) => path === '/dist/scheme.js')).to.have.length(1);
    } finally {
      light.remove();
      wrapper.remove();
    }
  });

  it("keep the page's typography out and its font family in, as minified", async () => {
    serve({ items: [{ ticker: 'MSFT', name: 'Microsoft', score: 65 }] });
    const box = document.createElement('div');
    box.style.cssText = 'text-transform: uppercase; letter-spacing: 3px; font-family: monospace; width: 1000px';
    const el = element({ tickers: 'MSFT', endpoint: ENDPOINT });
    el.style.cssText = 'float: left';
    box.append(el);
    document.body.append(box);
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('[part="card"][data-ticker="MSFT"]'), 'no card rendered');
      const name = getComputedStyle(el.shadowRoot!.querySelector('[part="name"]')!);
      expect(name.textTransform).to.equal('none');
      expect(name.letterSpacing).to.be.oneOf(['normal', '0px']);
      expect(name.fontFamily).to.contain('monospace');
      expect(getComputedStyle(el).display).to.equal('block');
      expect(el.getBoundingClientRect().width, 'one card wide in a float').to.be.closeTo(
        20 * parseFloat(getComputedStyle(el).fontSize),
        0.5,
      );
    } finally {
      box.remove();
    }
  });
});
