import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import { panelHeight } from '../src/layout.js';
import { card, cards, part, settled, shadow } from './support/dom.js';
import { TEXT_SPACING } from './support/clipping.js';
import { contrast } from './support/contrast.js';
import { ENDPOINT, HttpResponse, serve, useEndpointWithoutRetries } from './support/msw.js';
import { AMZN, MSFT } from './support/companies.js';

/**
 * The panel on real publishers' pages and with readers' own settings: its
 * size in any box, the page's typography kept out and the reader's let in,
 * the reader's text size, whole focus rings, a failed panel's space, dark
 * pages and paper.
 */

const ITEMS = [{ ...MSFT, explanation: 'A long explanation of the score that goes on for a while. '.repeat(8) }, AMZN];
const chromium = navigator.userAgent.includes('Chrome');
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const width = (el: Element) => el.getBoundingClientRect().width;
const height = (el: Element) => el.getBoundingClientRect().height;

async function panelIn(template: ReturnType<typeof html>): Promise<{ box: HTMLElement; el: ResearchSnapshot }> {
  serve({ items: ITEMS });
  const box = await fixture<HTMLElement>(template);
  const el = box.matches('research-snapshot') ? (box as ResearchSnapshot) : box.querySelector<ResearchSnapshot>('research-snapshot')!;
  await settled(el);
  return { box, el };
}

function addStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

describe('a sane size in any box', () => {
  useEndpointWithoutRetries();

  it('is as wide as its float allows: max-width 320px gives 320px', async () => {
    const { el } = await panelIn(
      html`<div style="width: 1000px">
        <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager" style="float: right; max-width: 320px"></research-snapshot>
        <p>Story text.</p>
      </div>`,
    );
    expect(width(el)).to.be.closeTo(320, 0.5);
    expect(height(el)).to.be.closeTo(panelHeight(1, 320), 1);
  });

  for (const [box, template] of [
    [
      'a flex item with no width',
      (t: string) =>
        html`<div style="display: flex; gap: 16px; width: 1000px">
          <research-snapshot tickers=${t} endpoint=${ENDPOINT} loading="eager"></research-snapshot>
          <p>Story.</p>
        </div>`,
    ],
    [
      'an inline-block',
      (t: string) =>
        html`<div style="width: 1000px">
          <research-snapshot tickers=${t} endpoint=${ENDPOINT} loading="eager" style="display: inline-block"></research-snapshot>
        </div>`,
    ],
    [
      'an auto grid column',
      (t: string) =>
        html`<div style="display: grid; grid-template-columns: auto 1fr; width: 1000px">
          <research-snapshot tickers=${t} endpoint=${ENDPOINT} loading="eager"></research-snapshot>
          <p>Story.</p>
        </div>`,
    ],
    [
      'a float with no width',
      (t: string) =>
        html`<div style="width: 1000px">
          <research-snapshot tickers=${t} endpoint=${ENDPOINT} loading="eager" style="float: left"></research-snapshot>
        </div>`,
    ],
  ] as const) {
    it(`is one card wide (20em) in ${box}, with every card readable`, async () => {
      const { el } = await panelIn(template('MSFT AMZN'));
      expect(width(el)).to.be.closeTo(320, 0.5);
      for (const c of cards(el)) expect(width(c), 'a card, not a sliver').to.be.above(280);
      expect(height(el)).to.be.closeTo(panelHeight(2, 320), 1);
    });
  }

  it('never makes its container scroll sideways when the container is narrower than a card', async () => {
    const { box, el } = await panelIn(
      html`<div style="display: flex; width: 240px; overflow: auto">
        <research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT} loading="eager"></research-snapshot>
      </div>`,
    );
    expect(width(el)).to.be.at.most(240.5);
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
  });

  it('fills a block container as before', async () => {
    const { el } = await panelIn(
      html`<div style="width: 700px">
        <research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT} loading="eager"></research-snapshot>
      </div>`,
    );
    expect(width(el)).to.be.closeTo(700, 0.5);
  });
});

describe("the page's typography stays out; the reader's gets in", () => {
  useEndpointWithoutRetries();
  let style: HTMLStyleElement | undefined;
  afterEach(() => {
    style?.remove();
    style = undefined;
  });

  it("resets what a page's body passes down", async () => {
    const { el } = await panelIn(
      html`<div
        style="text-transform: uppercase; text-align: justify; text-indent: 3em; letter-spacing: 0.2em; word-spacing: 1em; white-space: pre; font-style: italic; font-variant: small-caps; font-weight: 700; font-family: monospace"
      >
        <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager"></research-snapshot>
      </div>`,
    );
    for (const target of [
      part(shadow(el), 'explanation')!,
      part(shadow(el), 'sector')!,
      part(shadow(el), 'more')!,
      part(shadow(el), 'footer')!,
    ]) {
      const computed = getComputedStyle(target);
      expect(computed.textTransform, target.className).to.equal('none');
      // A button centres its own text; everything else starts at the start.
      if (target.localName !== 'button') expect(computed.textAlign).to.be.oneOf(['start', 'left']);
      expect(computed.textIndent).to.equal('0px');
      expect(computed.letterSpacing).to.be.oneOf(['normal', '0px']);
      expect(computed.wordSpacing).to.equal('0px');
      expect(computed.whiteSpace === 'normal' || computed.whiteSpaceCollapse === 'collapse').to.equal(true);
      expect(computed.fontStyle).to.equal('normal');
      expect(computed.fontVariantCaps).to.equal('normal');
    }
    expect(getComputedStyle(part(shadow(el), 'sector')!).fontWeight).to.equal('400');
    // The page's font family is kept.
    expect(getComputedStyle(part(shadow(el), 'sector')!).fontFamily).to.contain('monospace');
  });

  it("lets a reader's text-spacing override reach every text", async () => {
    style = addStyle(TEXT_SPACING);
    const { el } = await panelIn(
      html`<div style="width: 360px"><research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager"></research-snapshot></div>`,
    );
    // Spacing in em is resolved where the reader's rule applies (the host) and inherited from there as a length.
    const host = parseFloat(getComputedStyle(el).fontSize);
    for (const name of ['name', 'ticker', 'sector', 'label', 'change', 'explanation', 'coverage', 'link', 'more', 'footer', 'heading']) {
      const target = part(shadow(el), name);
      if (!target) continue;
      const computed = getComputedStyle(target);
      expect(parseFloat(computed.lineHeight) / parseFloat(computed.fontSize), `${name}: line height`).to.be.closeTo(1.5, 0.02);
      expect(parseFloat(computed.letterSpacing), `${name}: letter spacing`).to.be.closeTo(0.12 * host, 0.05);
      expect(parseFloat(computed.wordSpacing), `${name}: word spacing`).to.be.closeTo(0.16 * host, 0.05);
    }
  });
});

describe("the reader's text size", () => {
  useEndpointWithoutRetries();
  let style: HTMLStyleElement | undefined;
  afterEach(() => {
    style?.remove();
    style = undefined;
  });

  it("follows the browser's default size, not the page's root size", async () => {
    style = addStyle('html { font-size: 62.5% }');
    const { el } = await panelIn(
      html`<div style="width: 360px; font-size: 1rem">
        <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager"></research-snapshot>
      </div>`,
    );
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.fontSize = 'medium';
    const medium = parseFloat(getComputedStyle(probe).fontSize);
    probe.remove();
    expect(medium, "the page's root is smaller").to.be.above(parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(getComputedStyle(el).fontSize).to.equal(`${medium}px`);
    expect(height(el)).to.be.closeTo(panelHeight(1, 360, false, medium), 1);
  });

  it("uses fewer columns for larger text (breakpoints in em), and the publisher's size still wins", async () => {
    const { el } = await panelIn(
      html`<div style="width: 600px">
        <research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT} loading="eager"></research-snapshot>
      </div>`,
    );
    const [first, second] = cards(el);
    expect(second.getBoundingClientRect().top, 'two columns at 16px').to.equal(first.getBoundingClientRect().top);
    el.style.setProperty('--research-snapshot-font-size', '24px');
    await frames();
    expect(getComputedStyle(el).fontSize).to.equal('24px');
    expect(second.getBoundingClientRect().top, 'one column at 24px').to.be.above(first.getBoundingClientRect().bottom);
    // WebKit rounds each line box to a pixel: allow for it at this size.
    expect(height(el)).to.be.closeTo(panelHeight(2, 600, false, 24), 2);
  });
});

describe('focus rings are drawn whole', () => {
  useEndpointWithoutRetries();

  /** No ancestor between the focused element and the host clips the ring. */
  function ringClipped(target: Element, host: Element): string | undefined {
    const style = getComputedStyle(target);
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return 'no ring';
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const rect = target.getBoundingClientRect();
    const ring = { left: rect.left - reach, right: rect.right + reach, top: rect.top - reach, bottom: rect.bottom + reach };
    for (let node = target.parentElement; node && node !== host; node = node.parentElement) {
      const s = getComputedStyle(node);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const box = node.getBoundingClientRect();
      if (ring.left < box.left || ring.right > box.right || ring.top < box.top || ring.bottom > box.bottom)
        return `cut by ${node.className}`;
    }
    return undefined;
  }

  for (const theme of ['light', 'dark', 'forced colours'] as const) {
    it(`around the link and More, in ${theme}`, async function () {
      if (theme === 'forced colours' && !chromium) this.skip();
      if (theme === 'forced colours') await emulateMedia({ forcedColors: 'active' });
      try {
        const { el } = await panelIn(
          html`<div style="width: 320px">
            <research-snapshot
              tickers="MSFT"
              endpoint=${ENDPOINT}
              loading="eager"
              theme=${theme === 'dark' ? 'dark' : 'light'}
            ></research-snapshot>
          </div>`,
        );
        await waitUntil(() => getComputedStyle(part(card(el, 'MSFT'), 'more')!).display !== 'none', 'no More');
        el.focus();
        for (const name of ['more', 'link']) {
          const target = part(card(el, 'MSFT'), name)!;
          target.focus();
          // Keyboard focus, so that :focus-visible applies.
          await sendKeys({ press: 'Shift' });
          expect(shadow(el).activeElement, name).to.equal(target);
          expect(ringClipped(target, el), name).to.equal(undefined);
        }
      } finally {
        if (theme === 'forced colours') await emulateMedia({ forcedColors: 'none' });
      }
    });
  }
});

describe('a failed panel leaves no tall empty box', () => {
  useEndpointWithoutRetries();

  const failing = () => serve(() => new HttpResponse(null, { status: 503 }));

  it('shrinks at once when it fails outside the viewport', async () => {
    failing();
    const box = await fixture<HTMLElement>(
      html`<div style="width: 360px">
        <div style="height: 3000px"></div>
        <research-snapshot tickers="MSFT AMZN ARM RIVN" endpoint=${ENDPOINT} loading="eager"></research-snapshot>
      </div>`,
    );
    const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
    await settled(el);
    await waitUntil(() => height(el) < panelHeight(1, 360), `still ${height(el)}px tall`);
    expect(part(shadow(el), 'retry'), 'Try again stays').to.not.equal(null);
    expect(part(shadow(el), 'footer')).to.not.equal(null);
  });

  it('keeps its size while in view, and shrinks once it has left the viewport', async () => {
    failing();
    const box = await fixture<HTMLElement>(
      html`<div style="width: 360px">
        <research-snapshot tickers="MSFT AMZN ARM RIVN" endpoint=${ENDPOINT} loading="eager"></research-snapshot>
        <div style="height: 5000px"></div>
      </div>`,
    );
    const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
    await settled(el);
    await frames();
    await frames();
    expect(height(el), 'in view: as reserved').to.be.closeTo(panelHeight(4, 360), 1);
    const below = box.lastElementChild!;
    below.scrollIntoView({ block: 'end' });
    await waitUntil(() => height(el) < panelHeight(1, 360), 'did not shrink out of view');
    window.scrollTo(0, 0);
  });

  it('lets the pointer reach Try again, over the space it keeps, and a real click on it asks again', async () => {
    const requests = failing();
    const el = await fixture<ResearchSnapshot>(
      html`<research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT} loading="eager" style="width: 360px"></research-snapshot>`,
    );
    await settled(el);
    const retry = part(shadow(el), 'retry')!;
    const box = retry.getBoundingClientRect();
    expect(shadow(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2), 'what the pointer hits').to.equal(retry);
    const before = requests.length;
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => requests.length > before, 'a click on Try again asked nothing');
  });

  it('keeps only heading, message, Try again and footer once shrunk', async () => {
    failing();
    const box = await fixture<HTMLElement>(
      html`<div style="width: 360px">
        <div style="height: 3000px"></div>
        <research-snapshot tickers="MSFT AMZN ARM RIVN" endpoint=${ENDPOINT} loading="eager"></research-snapshot>
      </div>`,
    );
    const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
    await settled(el);
    await waitUntil(() => height(el) < panelHeight(1, 360), 'did not shrink');
    const shown = [...shadow(el).querySelectorAll('[part]')]
      .filter((p) => p.getBoundingClientRect().height > 0)
      .map((p) => p.getAttribute('part'));
    expect(shown).to.have.members(['panel', 'heading', 'message', 'retry', 'footer']);
  });

  it('shrinks when the reader acts on it, but not for Try again', async () => {
    failing();
    const el = await fixture<ResearchSnapshot>(
      html`<research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT} loading="eager" style="width: 360px"></research-snapshot>`,
    );
    await settled(el);
    await frames();
    const full = panelHeight(2, 360);
    expect(height(el)).to.be.closeTo(full, 1);
    part(shadow(el), 'retry')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(height(el), 'Try again keeps the space for the cards').to.be.closeTo(full, 1);
    part(shadow(el), 'message')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(height(el)).to.be.below(panelHeight(1, 360));
  });
});

describe('dark pages', () => {
  useEndpointWithoutRetries();
  let meta: HTMLMetaElement | undefined;
  afterEach(() => {
    document.documentElement.style.colorScheme = '';
    meta?.remove();
    meta = undefined;
  });

  it('theme="auto" follows color-scheme on the root element, live', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const { el } = await panelIn(
      html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager" theme="auto"></research-snapshot>`,
    );
    const panel = part(shadow(el), 'panel')!;
    expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(22, 25, 29)');
    document.documentElement.style.colorScheme = 'light';
    await waitUntil(() => getComputedStyle(panel).backgroundColor === 'rgb(255, 255, 255)', 'did not follow the page to light');
  });

  it('theme="auto" follows color-scheme on a wrapper, live, by style or class', async () => {
    const { el } = await panelIn(
      html`<div style="color-scheme: light">
        <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager" theme="auto"></research-snapshot>
      </div>`,
    );
    const wrapper = el.parentElement!;
    const panel = part(shadow(el), 'panel')!;
    expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(255, 255, 255)');
    wrapper.style.colorScheme = 'dark';
    await waitUntil(() => getComputedStyle(panel).backgroundColor === 'rgb(22, 25, 29)', 'did not follow the wrapper to dark');
    const style = Object.assign(document.createElement('style'), { textContent: '.section-light { color-scheme: light !important }' });
    document.head.append(style);
    try {
      wrapper.classList.add('section-light');
      await waitUntil(() => getComputedStyle(panel).backgroundColor === 'rgb(255, 255, 255)', 'did not follow a class to light');
    } finally {
      style.remove();
    }
  });

  it('theme="auto" follows <meta name="color-scheme">', async () => {
    meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'dark' });
    document.head.append(meta);
    const { el } = await panelIn(
      html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager" theme="auto"></research-snapshot>`,
    );
    expect(getComputedStyle(part(shadow(el), 'panel')!).backgroundColor).to.equal('rgb(22, 25, 29)');
  });

  it("keeps a transparent panel's text at 4.5:1 on a page that declares dark", async () => {
    document.documentElement.style.colorScheme = 'dark';
    const { el } = await panelIn(
      html`<div style="background: #111418; color: #eee; padding: 8px">
        <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager" transparent></research-snapshot>
      </div>`,
    );
    for (const name of ['heading', 'subheading', 'footer']) {
      expect(contrast(getComputedStyle(part(shadow(el), name)!).color, 'rgb(17, 20, 24)'), name).to.be.at.least(4.5);
    }
  });

  it('keeps a transparent panel readable on a page that supports both schemes, in the scheme the reader prefers', async function () {
    if (!chromium) this.skip();
    meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
    document.head.append(meta);
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const { el } = await panelIn(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager" transparent></research-snapshot>`,
      );
      const page = getComputedStyle(document.documentElement).backgroundColor;
      const background = page === 'rgba(0, 0, 0, 0)' ? 'rgb(18, 18, 18)' : page;
      for (const name of ['heading', 'subheading', 'footer']) {
        expect(contrast(getComputedStyle(part(shadow(el), name)!).color, background), name).to.be.at.least(4.5);
      }
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('reads the background a transparent theme="auto" panel sits on when the page declares no scheme, live', async () => {
    const { el } = await panelIn(
      html`<div style="background: #111418; padding: 8px">
        <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager" theme="auto" transparent></research-snapshot>
      </div>`,
    );
    const box = el.parentElement!;
    for (const name of ['heading', 'subheading', 'footer']) {
      expect(contrast(getComputedStyle(part(shadow(el), name)!).color, 'rgb(17, 20, 24)'), name).to.be.at.least(4.5);
    }
    // The page turns its section light by a class on the body (no scheme declared anywhere).
    const style = Object.assign(document.createElement('style'), {
      textContent: 'body.light-section div { background: #fafafa !important }',
    });
    document.head.append(style);
    try {
      document.body.classList.add('light-section');
      expect(getComputedStyle(box).backgroundColor).to.equal('rgb(250, 250, 250)');
      await waitUntil(
        () => contrast(getComputedStyle(part(shadow(el), 'heading')!).color, 'rgb(250, 250, 250)') >= 4.5,
        'did not follow the background to light',
      );
    } finally {
      document.body.classList.remove('light-section');
      style.remove();
    }
  });

  it('paints a partly transparent wrapper over what is below it before reading it', async () => {
    const { el } = await panelIn(
      html`<div style="background: white">
        <div style="background: rgba(0, 0, 0, 0.04); padding: 8px">
          <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager" theme="auto" transparent></research-snapshot>
        </div>
      </div>`,
    );
    // rgba(0, 0, 0, 0.04) over white is rgb(245, 245, 245): light.
    for (const name of ['heading', 'subheading', 'footer']) {
      expect(contrast(getComputedStyle(part(shadow(el), name)!).color, 'rgb(245, 245, 245)'), name).to.be.at.least(4.5);
    }
  });

  it('keeps a transparent theme="auto" panel dark on light where the page declares nothing, whatever the reader prefers', async function () {
    if (!chromium) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const { el } = await panelIn(
        html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager" theme="auto" transparent></research-snapshot>`,
      );
      for (const name of ['heading', 'subheading', 'footer']) {
        expect(contrast(getComputedStyle(part(shadow(el), name)!).color, 'rgb(255, 255, 255)'), name).to.be.at.least(4.5);
      }
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('theme="light" stays light on a dark page when it has its own background', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const { el } = await panelIn(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager"></research-snapshot>`);
    expect(getComputedStyle(part(shadow(el), 'panel')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});

describe('print', () => {
  useEndpointWithoutRetries();

  it('starts loading a lazy panel at beforeprint', async () => {
    const requests = serve({ items: ITEMS });
    const box = await fixture<HTMLElement>(
      html`<div>
        <div style="height: 6000px"></div>
        <research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>
      </div>`,
    );
    const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
    await el.updateComplete;
    await frames();
    expect(requests, 'lazy: nothing asked below the fold').to.have.length(0);
    window.dispatchEvent(new Event('beforeprint'));
    await settled(el);
    expect(requests).to.have.length(1);
    expect(cards(el)).to.have.length(1);
  });

  it('prints data in full, in the light palette, without controls; nothing while loading (Chromium: emulated)', async function () {
    if (!chromium) this.skip();
    const { el } = await panelIn(
      html`<div style="width: 360px">
        <research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT} loading="eager" theme="dark"></research-snapshot>
      </div>`,
    );
    serve({ items: ITEMS }, { endpoint: `${ENDPOINT}/slow`, wait: 60_000 });
    const loading = await fixture<ResearchSnapshot>(
      html`<research-snapshot tickers="MSFT" endpoint=${`${ENDPOINT}/slow`} loading="eager"></research-snapshot>`,
    );
    await waitUntil(() => cards(el).length === 2 && part(card(el, 'MSFT'), 'more') !== null);
    await emulateMedia({ media: 'print' });
    try {
      const explanation = part(card(el, 'MSFT'), 'explanation')!;
      expect(explanation.scrollHeight, 'explanation in full').to.be.at.most(explanation.clientHeight + 1);
      expect(getComputedStyle(part(card(el, 'MSFT'), 'more')!).display).to.equal('none');
      expect(getComputedStyle(part(shadow(el), 'panel')!).backgroundColor, 'light palette').to.equal('rgb(255, 255, 255)');
      expect(height(loading), 'a panel with no data prints nothing').to.equal(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
