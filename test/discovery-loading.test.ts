import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { bypass } from 'msw';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import { cards, settled, shadow } from './support/dom.js';
import { ENDPOINT, http, serve, startWorker, worker } from './support/msw.js';

/**
 * While discovery.js itself loads (on demand, the first time a page has a
 * tickers="auto" panel), the panel holds the loading cards its reserved space
 * holds, and asks for nothing. This file must not import the discovery module:
 * the panel loads it here, over HTTP, held back until the test lets it go.
 */
describe('ticker discovery while its code loads', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('shows the reserved number of loading cards, asks for nothing, and then asks for what the story names', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    worker.use(
      http.get(/\/src\/data\/discovery\.(js|ts)/, async ({ request }) => {
        asked = true;
        await held;
        return fetch(bypass(request));
      }),
    );
    const requests = serve((tickers) => ({ items: tickers.map((ticker) => ({ ticker, score: 50 })) }));
    // A German page: its catalog arrives while discovery still loads, and renders the panel again meanwhile.
    const box = await fixture<HTMLElement>(
      html`<article lang="de">
        <p>Shares of $MSFT and $AMZN rose.</p>
        <research-snapshot tickers="auto" endpoint=${ENDPOINT} loading="eager" style="--research-snapshot-cards: 2"></research-snapshot>
      </article>`,
    );
    const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
    await waitUntil(() => asked, 'discovery.js was not asked for: it must not be loaded on this page yet');
    await waitUntil(() => shadow(el).querySelector('[part="panel"]')?.getAttribute('lang') === 'de', 'the German catalog did not arrive');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadow(el).querySelectorAll('[part~="skeleton"]').length, 'loading cards while discovery loads').to.equal(2);
    expect(requests, 'nothing asked for before the story is read').to.deep.equal([]);
    release();
    await settled(el);
    await waitUntil(() => cards(el).length === 2 && cards(el).every((card) => card.dataset.state === 'item'), 'no cards');
    expect(requests.map((r) => r.tickers)).to.deep.equal(['AMZN,MSFT']);
  });
});
