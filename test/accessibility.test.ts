import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import { card, cards, part, settled, shadow } from './support/dom.js';
import { ENDPOINT, HttpResponse, serve, useEndpointWithoutRetries } from './support/msw.js';

const ITEMS = [
  {
    ticker: 'MSFT',
    name: 'Microsoft',
    sector: 'Technology',
    score: 65,
    signals: { momentum: 'moderate', value: 'moderate', quality: 'strong', sentiment: 'weak' },
    price: 423.62,
    changePercent: -0.24,
    priceAsOf: '2026-04-27T20:30:00Z',
    url: 'https://example.com/msft',
  },
  { ticker: 'AMZN', name: 'Amazon', score: 54, signals: { momentum: 'strong' }, scoreCap: 90, price: 263.07, changePercent: 0.35 },
  { ticker: 'ARM', score: 21, explanation: 'A long explanation. '.repeat(20) },
];

const panelOf = (el: ResearchSnapshot) => shadow(el).querySelector<HTMLElement>('.panel')!;

describe('accessibility', () => {
  useEndpointWithoutRetries();

  for (const theme of ['light', 'dark'] as const) {
    describe(`axe finds nothing, ${theme} theme`, () => {
      it('while loading', async () => {
        serve({ items: ITEMS }, { wait: 2000 });
        const el = await fixture<ResearchSnapshot>(
          html`<research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT} theme=${theme}></research-snapshot>`,
        );
        expect(shadow(el).querySelector('[part~="skeleton"]')).to.not.equal(null);
        // No empty list for assistive technology while only placeholders are in it.
        expect(shadow(el).querySelector('[part="cards"]')!.getAttribute('aria-hidden')).to.equal('true');
        await expect(el).to.be.accessible();
      });

      it('loaded', async () => {
        serve({ items: ITEMS });
        const el = await fixture<ResearchSnapshot>(
          html`<research-snapshot tickers="MSFT AMZN ARM" endpoint=${ENDPOINT} theme=${theme}></research-snapshot>`,
        );
        await settled(el);
        await expect(el).to.be.accessible();
      });

      it('loaded, compact', async () => {
        serve({ items: ITEMS });
        const el = await fixture<ResearchSnapshot>(
          html`<research-snapshot tickers="MSFT AMZN ARM" endpoint=${ENDPOINT} theme=${theme} layout="compact"></research-snapshot>`,
        );
        await settled(el);
        await expect(el).to.be.accessible();
      });

      it('partial: unavailable and invalid tickers', async () => {
        serve({ items: ITEMS, errors: [{ ticker: 'ZZZZ', code: 'not_found' }] });
        const el = await fixture<ResearchSnapshot>(
          html`<research-snapshot tickers="MSFT ZZZZ $$$" endpoint=${ENDPOINT} theme=${theme}></research-snapshot>`,
        );
        await settled(el);
        expect(card(el, 'ZZZZ').dataset.state).to.equal('unavailable');
        expect(part(panelOf(el), 'cards')!.hasAttribute('aria-hidden')).to.equal(false);
        await expect(el).to.be.accessible();
      });

      it('failed', async () => {
        serve(() => new HttpResponse(null, { status: 500 }));
        const el = await fixture<ResearchSnapshot>(
          html`<research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT} theme=${theme}></research-snapshot>`,
        );
        await settled(el);
        expect(part(panelOf(el), 'retry')).to.not.equal(null);
        // The placeholders that keep its space are no empty list to a screen reader.
        expect(part(panelOf(el), 'cards')!.getAttribute('aria-hidden')).to.equal('true');
        await expect(el).to.be.accessible();
      });

      it('stale after a failed refresh', async () => {
        let calls = 0;
        serve(() => (++calls === 1 ? { items: ITEMS } : new HttpResponse(null, { status: 503 })));
        const el = await fixture<ResearchSnapshot>(
          html`<research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT} theme=${theme}></research-snapshot>`,
        );
        await settled(el);
        el.refresh();
        await waitUntil(() => part(panelOf(el), 'stale'), 'no stale mark');
        await expect(el).to.be.accessible();
      });

      it('transparent, on the page background', async () => {
        serve({ items: ITEMS });
        const container = await fixture<HTMLElement>(
          html`<div style="background: ${theme === 'dark' ? '#111' : '#fff'}; padding: 8px">
            <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} theme=${theme} transparent></research-snapshot>
          </div>`,
        );
        const el = container.querySelector('research-snapshot')!;
        await settled(el);
        await expect(container).to.be.accessible();
      });
    });
  }

  // Media emulation needs the Chrome DevTools Protocol; other engines check the wiring below.
  const devtools = navigator.userAgent.includes('Chrome');

  it('follows the reader\'s colour scheme with theme="auto", in every engine', async () => {
    serve({ items: ITEMS });
    const el = await fixture<ResearchSnapshot>(
      html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} theme="auto"></research-snapshot>`,
    );
    await settled(el);
    expect(getComputedStyle(panelOf(el)).colorScheme).to.equal('light dark');
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(getComputedStyle(panelOf(el)).backgroundColor).to.equal(dark ? 'rgb(22, 25, 29)' : 'rgb(255, 255, 255)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(panelOf(el)).backgroundColor).to.equal('rgb(22, 25, 29)');
  });

  it('follows prefers-color-scheme live with theme="auto" (Chromium: emulated)', async function () {
    if (!devtools) this.skip();
    serve({ items: ITEMS });
    const el = await fixture<ResearchSnapshot>(
      html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} theme="auto"></research-snapshot>`,
    );
    await settled(el);
    const background = () => getComputedStyle(panelOf(el)).backgroundColor;
    await emulateMedia({ colorScheme: 'light' });
    const light = background();
    await emulateMedia({ colorScheme: 'dark' });
    const dark = background();
    await emulateMedia({ colorScheme: 'light' });
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(dark).to.equal('rgb(22, 25, 29)');
  });

  it('stops the skeleton animation for prefers-reduced-motion (Chromium: emulated)', async function () {
    if (!devtools) this.skip();
    serve({ items: ITEMS }, { wait: 2000 });
    const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
    const bone = shadow(el).querySelector('.bone')!;
    expect(getComputedStyle(bone).animationName).to.equal('pulse');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(bone).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('fits its headings into the page outline', async () => {
    serve({ items: ITEMS });
    const container = await fixture<HTMLElement>(
      html`<main>
        <h1>Microsoft and Amazon rewrite their cloud pact</h1>
        <p>Story text.</p>
        <research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT}></research-snapshot>
        <section>
          <h2>More stories</h2>
          <h3>Markets</h3>
          <research-snapshot tickers="ARM" endpoint=${ENDPOINT} heading-level="4"></research-snapshot>
        </section>
      </main>`,
    );
    const [first, second] = container.querySelectorAll('research-snapshot');
    await Promise.all([settled(first), settled(second)]);
    expect(part(panelOf(first), 'heading')!.getAttribute('aria-level')).to.equal('2');
    expect(part(card(first, 'MSFT'), 'name')!.getAttribute('aria-level')).to.equal('3');
    expect(part(panelOf(second), 'heading')!.getAttribute('aria-level')).to.equal('4');
    expect(part(card(second, 'ARM'), 'name')!.getAttribute('aria-level')).to.equal('5');
    await expect(container).to.be.accessible();
  });

  it('keeps score, price and explanation readable to screen readers in the compact layout, with nothing hidden to focus', async () => {
    serve({ items: ITEMS });
    const el = await fixture<ResearchSnapshot>(
      html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} layout="compact"></research-snapshot>`,
    );
    await settled(el);
    const msft = card(el, 'MSFT');
    for (const name of ['meter', 'price', 'explanation', 'sector']) {
      const node = part(msft, name)!;
      expect(getComputedStyle(node).display, name).to.not.equal('none');
      expect(node.closest('[aria-hidden="true"]'), name).to.equal(null);
    }
    expect(part(msft, 'meter')!.getAttribute('aria-valuetext')).to.equal('65 out of 100, Moderate');
    // The visually hidden parts hold no link or button to land on.
    expect(getComputedStyle(msft.querySelector('.actions')!).display).to.equal('none');
  });

  it('names the meter and gives its value in words', async () => {
    serve({ items: ITEMS });
    const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
    await settled(el);
    const meter = part(card(el, 'MSFT'), 'meter')!;
    expect(meter.getAttribute('aria-label')).to.equal('Alpha Score');
    expect(meter.getAttribute('aria-valuetext')).to.equal('65 out of 100, Moderate');
  });

  it('does not chatter on refresh, and announces a failure once', async () => {
    let calls = 0;
    serve(() => (++calls <= 2 ? { items: ITEMS } : new HttpResponse(null, { status: 500 })));
    const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
    await settled(el);
    const live = () => shadow(el).querySelectorAll('[role="status"], [role="alert"], [aria-live]');
    expect(live()).to.have.length(0);
    el.refresh();
    await waitUntil(() => calls === 2);
    await el.updateComplete;
    expect(live(), 'a successful refresh says nothing').to.have.length(0);
  });

  it('says a failure once for the page, politely, in a live region that is on screen before its words', async () => {
    // The failure is held until the regions are watched.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    serve(
      async () => {
        await held;
        // Try again's request takes a moment, so that its progress is on screen meanwhile.
        if (calls++ > 0) await new Promise((resolve) => setTimeout(resolve, 300));
        return new HttpResponse(null, { status: 500 });
      },
      { endpoint: `${ENDPOINT}/down` },
    );
    const box = await fixture<HTMLElement>(
      html`<div>
        ${['MSFT', 'AMZN', 'ARM'].map((t) => html`<research-snapshot tickers="${t}" endpoint="${ENDPOINT}/down" loading="eager"></research-snapshot>`)}
      </div>`,
    );
    const panels = [...box.querySelectorAll<ResearchSnapshot>('research-snapshot')];
    // Every live region as it first appears, and each text it then holds.
    const heard = new Map<Element, string[]>();
    const listen = () => {
      for (const region of panels.flatMap((p) => [...shadow(p).querySelectorAll('[role="status"], [role="alert"], [aria-live]')])) {
        const texts = heard.get(region) ?? [];
        const text = region.textContent!.trim();
        if (texts.at(-1) !== text) texts.push(text);
        heard.set(region, texts);
      }
    };
    const observer = new MutationObserver(listen);
    for (const p of panels) observer.observe(shadow(p), { subtree: true, childList: true, characterData: true, attributes: true });
    release();
    try {
      await waitUntil(
        () => panels.every((p) => shadow(p).textContent!.includes('Stock data could not be loaded.')),
        'not every panel says it failed',
      );
      // Its words go into the region a task after the region is on screen.
      await waitUntil(() => {
        listen();
        return [...heard].some(([region, texts]) => region.isConnected && texts.at(-1) === 'Stock data could not be loaded.');
      }, 'the region was not given its words');
      const failed = [...heard].filter(([region]) => region.isConnected && region.getAttribute('role') !== 'status');
      expect(
        failed.map(([, texts]) => texts),
        'no region other than the loading status and one polite failure',
      ).to.have.length(0);
      const regions = [...heard].filter(([region]) => region.isConnected);
      expect(regions, 'one failure, said once for the page').to.have.length(1);
      const [[region, texts]] = regions;
      // On screen empty, then its words (not Try again's).
      expect(texts).to.deep.equal(['', 'Stock data could not be loaded.']);
      // The words on screen are read once: from the region where there is one, else as they are.
      for (const p of panels) {
        const shown = part(shadow(p), 'message')!.querySelector('p:not([role])')!;
        expect(shown.textContent!.trim()).to.equal('Stock data could not be loaded.');
        expect(shown.getAttribute('aria-hidden')).to.equal(shadow(p).contains(region) ? 'true' : null);
      }
      // Later renders keep it, so it is not heard again.
      const speaking = panels.find((p) => shadow(p).contains(region))!;
      speaking.heading = 'Markets';
      await speaking.updateComplete;
      expect(shadow(speaking).querySelector('[role="status"]')).to.equal(region);

      // Try again in a silent panel: its progress and its outcome are heard in its own region.
      const silent = panels.find((p) => p !== speaking)!;
      part(shadow(silent), 'retry')!.click();
      await waitUntil(
        () => heard.get(shadow(silent).querySelector('[role="status"]')!)?.at(-1) === 'Stock data could not be loaded.',
        'Try again did not say its outcome',
      );
      expect(heard.get(shadow(silent).querySelector('[role="status"]')!)).to.include('Loading stock data…');
    } finally {
      observer.disconnect();
    }
  });

  it('says a failure once for the page however often polling panels fail again', async () => {
    window.ResearchSnapshotConfig = { retries: 0, minRefresh: 0 };
    let calls = 0;
    serve(
      () => {
        calls += 1;
        return new HttpResponse(null, { status: 500 });
      },
      { endpoint: `${ENDPOINT}/down` },
    );
    const box = await fixture<HTMLElement>(
      html`<div>
        ${['MSFT', 'AMZN', 'ARM'].map(
          (t) => html`<research-snapshot tickers="${t}" endpoint="${ENDPOINT}/down" loading="eager" refresh="0.1"></research-snapshot>`,
        )}
      </div>`,
    );
    const panels = [...box.querySelectorAll<ResearchSnapshot>('research-snapshot')];
    const regions = () => panels.filter((p) => shadow(p).querySelector('[role="status"]')?.textContent?.trim());
    await waitUntil(() => calls >= 4, 'no repeated failures', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(regions(), 'one panel says it').to.have.length(1);
    const region = shadow(regions()[0]).querySelector('[role="status"]');
    await waitUntil(() => calls >= 6, 'no more failures', { timeout: 3000 });
    expect(regions()).to.have.length(1);
    expect(shadow(regions()[0]).querySelector('[role="status"]') === region, 'the same region').to.equal(true);
  });

  it('keeps the whole explanation readable while showing a few lines, with More and Less', async () => {
    serve({ items: ITEMS });
    const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="ARM MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
    await settled(el);
    const arm = card(el, 'ARM');
    const explanation = part(arm, 'explanation')!;
    expect(explanation.textContent).to.equal(ITEMS[2].explanation);
    expect(explanation.scrollHeight).to.be.above(explanation.clientHeight);
    const more = part(arm, 'more') as HTMLButtonElement;
    await waitUntil(() => getComputedStyle(more).display !== 'none', 'no More button for a cut text');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(part(card(el, 'MSFT'), 'more')!).display, 'no More for a text that fits').to.equal('none');
    more.click();
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(more.textContent!.trim()).to.equal('Less');
    expect(explanation.scrollHeight).to.be.at.most(explanation.clientHeight + 1);
    expect(cards(el)).to.have.length(2);
  });

  it('names each More and Less with its company, so that a list of buttons tells them apart', async () => {
    serve({ items: ITEMS });
    const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="ARM MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
    await settled(el);
    const root = el.shadowRoot!;
    // The accessible name from aria-labelledby: the referenced elements' texts, in order.
    const nameOf = (button: Element) =>
      (button.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => root.getElementById(id)?.textContent?.trim())
        .join(' ');
    const names = ['ARM', 'MSFT'].map((ticker) => nameOf(part(card(el, ticker), 'more')!));
    expect(names).to.deep.equal(['More ARM', 'More Microsoft']);
    const more = part(card(el, 'ARM'), 'more') as HTMLButtonElement;
    more.click();
    await el.updateComplete;
    expect(nameOf(more)).to.equal('Less ARM');
  });
});
