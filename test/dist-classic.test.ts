import { expect, waitUntil } from '@open-wc/testing';
import { ENDPOINT, serve, startWorker, worker } from './support/msw.js';

/** The classic-script build on its own, as a CMS without type="module" loads it (npm test builds it first). */
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
    serve({ items: [{ ticker: 'MSFT', name: 'Microsoft', score: 65, price: 1, changePercent: -0.24 }] });
    const el = document.createElement('research-snapshot');
    el.setAttribute('tickers', 'msft');
    el.setAttribute('endpoint', ENDPOINT);
    el.setAttribute('lang', 'de');
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part="card"][data-ticker="MSFT"] [part="change"]'), 'no card rendered', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Microsoft');
    expect(el.shadowRoot!.querySelector('[part="change"]')!.textContent).to.contain('heute');
    el.remove();
  });
});
