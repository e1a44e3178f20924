import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import { card, settled } from './support/dom.js';
import { ENDPOINT, serve, useEndpointWithoutRetries } from './support/msw.js';

/**
 * More appears exactly when the explanation is cut, and that is decided
 * again whenever the text can re-wrap: a web font arriving, the element's
 * width, the language, the text size.
 */

const EXPLANATION =
  'Momentum and quality lead this profile while value lags the sector and sentiment stays weak after the latest guidance revision and a cautious outlook.';

const ITEM = {
  ticker: 'MSFT',
  name: 'Microsoft Corporation',
  score: 65,
  signals: { momentum: 'moderate', value: 'moderate', quality: 'strong', sentiment: 'weak' },
};

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

function explanationOf(el: ResearchSnapshot): HTMLElement {
  return card(el, 'MSFT').querySelector<HTMLElement>('[part="explanation"]')!;
}
function moreShown(el: ResearchSnapshot): boolean {
  const more = card(el, 'MSFT').querySelector<HTMLElement>('[part="more"]');
  return !!more && getComputedStyle(more).display !== 'none' && more.getBoundingClientRect().width > 0;
}
function cut(el: ResearchSnapshot): boolean {
  const text = explanationOf(el);
  return text.scrollHeight > text.clientHeight + 1;
}

async function mount(explanation: string | undefined, style: string, width = 360): Promise<{ box: HTMLElement; el: ResearchSnapshot }> {
  serve({ items: [{ ...ITEM, ...(explanation && { explanation }) }] });
  const box = await fixture<HTMLElement>(
    html`<div style="width: ${width}px">
      <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager" style=${style}></research-snapshot>
    </div>`,
  );
  const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
  await settled(el);
  await frames();
  return { box, el };
}

describe('clamp and More', () => {
  useEndpointWithoutRetries();
  let fontStyle: HTMLStyleElement | undefined;
  afterEach(() => {
    fontStyle?.remove();
    fontStyle = undefined;
  });

  /**
   * A web font that arrives 800 ms after the panel asked for it (the page's
   * @font-face, used through the panel's font family, held back by the test
   * server), as on a page whose font host is slow.
   */
  async function lateFont(
    family: string,
    file: string,
    fallback: string,
  ): Promise<{ el: ResearchSnapshot; before: { cut: boolean; more: boolean } }> {
    fontStyle = document.createElement('style');
    fontStyle.textContent = `@font-face { font-family: ${family}; src: url(/test-fonts/${file}?delay=800&${Math.random()}); }`;
    document.head.append(fontStyle);
    const { el } = await mount(EXPLANATION, `--research-snapshot-font-family: ${family}, ${fallback}`);
    const before = { cut: cut(el), more: moreShown(el) };
    await waitUntil(() => document.fonts.check(`16px ${family}`) && document.fonts.status === 'loaded', 'the late font never arrived', {
      timeout: 5000,
    });
    await frames();
    return { el, before };
  }

  it('shows More once a late web font makes the text longer than its lines', async () => {
    const { el, before } = await lateFont('LateWide', 'LiberationMono-Regular.ttf', '"Liberation Sans Narrow", sans-serif');
    expect(before, 'fits in the fallback font, without More').to.deep.equal({ cut: false, more: false });
    expect(cut(el), 'cut in the web font').to.equal(true);
    await waitUntil(() => moreShown(el), 'no More for text the late font cut');
  });

  it('drops More once a late web font makes the text fit', async () => {
    const { el, before } = await lateFont('LateNarrow', 'LiberationSansNarrow-Regular.ttf', '"Liberation Mono", monospace');
    expect(before, 'cut in the fallback font, with More').to.deep.equal({ cut: true, more: true });
    expect(cut(el), 'fits in the web font').to.equal(false);
    await waitUntil(() => !moreShown(el), 'More stayed on text that is now whole');
  });

  it("follows the element's width: More when narrow, none when wide", async () => {
    const { box, el } = await mount(EXPLANATION.repeat(2), '', 1280);
    for (const width of [1280, 280, 600, 1280]) {
      box.style.width = `${width}px`;
      await frames();
      await waitUntil(
        () => moreShown(el) === cut(el),
        `${width}px: More ${moreShown(el) ? 'shown' : 'missing'} while the text is ${cut(el) ? 'cut' : 'whole'}`,
      );
    }
  });

  it('follows the text size', async () => {
    const { el } = await mount(EXPLANATION, '--research-snapshot-font-family: "Liberation Sans Narrow"');
    expect(moreShown(el)).to.equal(false);
    el.style.setProperty('--research-snapshot-font-size', '26px');
    await frames();
    expect(cut(el)).to.equal(true);
    await waitUntil(() => moreShown(el), 'no More after the text grew');
  });

  it('follows the language of a generated explanation', async () => {
    const { el } = await mount(undefined, '--research-snapshot-font-size: 22px', 300);
    for (const lang of ['de', 'ja', 'fr', 'en']) {
      const sentence = () => el.shadowRoot!.querySelector('[data-ticker="MSFT"] [part="explanation"]')?.textContent;
      const before = sentence();
      el.lang = lang;
      // While the catalog loads the card may be a skeleton for a moment.
      await waitUntil(() => sentence() && sentence() !== before, `${lang}: the explanation did not change language`);
      await el.updateComplete;
      await frames();
      await waitUntil(() => moreShown(el) === cut(el), `${lang}: More does not match the cut`);
    }
  });

  it('shows no Less once the expanded text would fit in the clamped lines', async () => {
    const { box, el } = await mount(EXPLANATION, '', 280);
    await waitUntil(() => moreShown(el), 'no More at 280px');
    card(el, 'MSFT').querySelector<HTMLElement>('[part="more"]')!.click();
    await el.updateComplete;
    await frames();
    expect(moreShown(el), 'Less while the text is longer than its lines').to.equal(true);
    // One column, wide: the text takes fewer than its four lines.
    box.style.width = '500px';
    await waitUntil(() => !moreShown(el), 'a Less that would change nothing is shown');
  });
});
