import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { discoverTickers } from '../src/data/discovery.js';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import { cards, settled } from './support/dom.js';
import { ENDPOINT, serve, startWorker, worker } from './support/msw.js';

const STORY = html`<main>
  <nav><a href="/quote/TSLA">Tesla in the menu</a></nav>
  <article>
    <h1>Microsoft and Amazon rewrite their cloud pact</h1>
    <p>
      Shares of Microsoft ($MSFT) slipped 0.2% while $AMZN rose. Analysts priced the deal at $5.2bn, or about US$5 per share; one fund paid
      $ 10 a unit. Contact desk$news@example.com.
    </p>
    <p>
      Chip designer <span data-ticker="arm">Arm</span> supplies both; see
      <a href="https://news.example/quote/NVDA?ref=story">Nvidia's quote</a>.
    </p>
    <p>Berkshire ($BRK.B) and $msft again, $MSFT again, and <a href="/stocks/amzn">Amazon</a> again.</p>
    <script>
      var price = '$GOOG';
    </script>
    <pre><code>echo $PATH</code></pre>
    <p>$RIVN closes the list; $TOOLONGSYMBOL is not one.</p>
  </article>
</main>`;

describe('ticker discovery (tickers="auto")', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('finds cashtags, data-ticker and stock links, in order of first mention, without duplicates', async () => {
    const page = await fixture<HTMLElement>(STORY);
    expect(discoverTickers(page.querySelector('article')!)).to.deep.equal(['MSFT', 'AMZN', 'ARM', 'NVDA', 'BRK.B', 'RIVN']);
  });

  it('ignores text that merely looks like a cashtag', async () => {
    const page = await fixture<HTMLElement>(
      html`<article>
        <p>
          It cost $5, then US$12, then $5.2bn, then $ 10, then C$20 and A$3; e-mail pay$ment@example.com; 50$ or $$; $msft in lower case. A
          deal worth $US50 million as $US fell and the $A weakened; $CAD 20 and $NZ 5.
          <a href="/business/stocks/earnings/">Earnings</a> <a href="/stocks/news">News</a>
          <a href="/quotes/of-the-day">Quote of the day</a>
          <a href="/search?next=/quote/MSFT">Search</a>
        </p>
      </article>`,
    );
    expect(discoverTickers(page)).to.deep.equal([]);
  });

  it('ignores section links and hidden text, and reads an exchange-qualified symbol as the symbol', async () => {
    const page = await fixture<HTMLElement>(
      html`<article>
        <p>
          <a href="/stocks/ipo">IPOs</a> <a href="/stocks/technology">Technology</a> <a href="/markets/stocks/movers">Movers</a>
          <a href="/quote/MSFT:NASDAQ">Microsoft</a> $MSFT <a href="/quote/NYSE:IBM">IBM</a> <span hidden>$HIDE</span>
          <span aria-hidden="true">$ARIA</span> <a href="/quote/aapl">Apple</a> <a href="/quote/TECH">Bio-Techne</a>
          <span style="display: none">$DISP <a href="/quote/NOPE">x</a> <b data-ticker="NONE">y</b></span>
          <a href="/quote/NYSEAMERICAN:XYZW">XYZW</a>
        </p>
      </article>`,
    );
    expect(discoverTickers(page)).to.deep.equal(['MSFT', 'IBM', 'AAPL', 'TECH', 'XYZW']);
  });

  it("tests a publisher's link pattern against the whole address, query included", async () => {
    const page = await fixture<HTMLElement>(html`<article><a href="https://finance.example.com/q?s=AAPL">Apple</a></article>`);
    expect(discoverTickers(page, { linkPattern: '[?&]s=([A-Z.]+)' })).to.deep.equal(['AAPL']);
    const anchored = await fixture<HTMLElement>(html`<article><a href="https://news.example/quote/NVDA?ref=1">Nvidia</a></article>`);
    expect(discoverTickers(anchored, { linkPattern: '^/quote/([A-Z.]+)' }), 'a pattern anchored to the path').to.deep.equal(['NVDA']);
  });

  it('stops at the cap', async () => {
    const page = await fixture<HTMLElement>(STORY);
    expect(discoverTickers(page.querySelector('article')!, { cap: 3 })).to.deep.equal(['MSFT', 'AMZN', 'ARM']);
  });

  it("takes a link pattern of the publisher's", async () => {
    const page = await fixture<HTMLElement>(html`<article><a href="/markets/company/SAP">SAP</a> <a href="/quote/MSFT">MSFT</a></article>`);
    expect(discoverTickers(page, { linkPattern: '/markets/company/([A-Z]+)' })).to.deep.equal(['SAP']);
  });

  it('renders the discovered companies from the closest article, with one request', async () => {
    const requests = serve((tickers) => ({ items: tickers.map((ticker) => ({ ticker, score: 50 })) }));
    const page = await fixture<HTMLElement>(
      html`<div>
        <p>Outside the story: $TSLA.</p>
        <article>
          <p>$MSFT and $AMZN; <span data-ticker="ARM">Arm</span>.</p>
          <aside><research-snapshot tickers="auto" endpoint=${ENDPOINT}></research-snapshot></aside>
        </article>
      </div>`,
    );
    const el = page.querySelector<ResearchSnapshot>('research-snapshot')!;
    await settled(el);
    expect(cards(el).map((c) => c.dataset.ticker)).to.deep.equal(['MSFT', 'AMZN', 'ARM']);
    expect(requests.map((r) => r.tickers)).to.deep.equal(['AMZN,ARM,MSFT']);
  });

  it('reads from a source selector, with a cap attribute', async () => {
    serve((tickers) => ({ items: tickers.map((ticker) => ({ ticker, score: 50 })) }));
    const page = await fixture<HTMLElement>(
      html`<div>
        <div id="story">$NVDA, $AMD, $INTC and $QCOM.</div>
        <research-snapshot tickers="auto" source="#story" max-tickers="2" endpoint=${ENDPOINT}></research-snapshot>
      </div>`,
    );
    const el = page.querySelector<ResearchSnapshot>('research-snapshot')!;
    await settled(el);
    expect(cards(el).map((c) => c.dataset.ticker)).to.deep.equal(['NVDA', 'AMD']);
  });

  it('reads the story again on refresh() and when put back in the page, as a single-page app swaps the story', async () => {
    const requests = serve((tickers) => ({ items: tickers.map((ticker) => ({ ticker, score: 50 })) }));
    const page = await fixture<HTMLElement>(
      html`<div>
        <main id="story"><p>$MSFT rose.</p></main>
        <aside><research-snapshot tickers="auto" source="#story" endpoint=${ENDPOINT}></research-snapshot></aside>
      </div>`,
    );
    const el = page.querySelector<ResearchSnapshot>('research-snapshot')!;
    const story = page.querySelector('#story')!;
    const shown = () => cards(el).map((c) => `${c.dataset.ticker}:${c.dataset.state}`);
    await settled(el);
    expect(shown()).to.deep.equal(['MSFT:item']);
    // The next story, swapped in place: refresh() reads it and asks for its companies.
    story.innerHTML = '<p>$AMZN and $RIVN fell.</p>';
    el.refresh();
    await waitUntil(() => shown().join() === 'AMZN:item,RIVN:item', `still ${shown().join()}`);
    // The same story: refresh() asks for the same companies again.
    el.refresh();
    await waitUntil(() => requests.length === 3, 'refresh() did not ask again');
    // Put back after the story changed (a router moving the panel): the story is read again.
    story.innerHTML = '<p>$ARM</p>';
    const aside = el.parentElement!;
    el.remove();
    aside.append(el);
    await waitUntil(() => shown().join() === 'ARM:item', `still ${shown().join()}`);
    expect(requests.map((r) => r.tickers)).to.deep.equal(['MSFT', 'AMZN,RIVN', 'AMZN,RIVN', 'ARM']);
  });
});
