import { expect, fixture, html } from '@open-wc/testing';
import { panelHeight, reserveCss } from '../src/layout.js';

/**
 * Before its script runs, <research-snapshot> is an unknown element. The
 * pre-upgrade stylesheet (dist/research-snapshot.css) must give it the height
 * the panel will have. This file does not import the element until the end.
 */
describe('pre-upgrade stylesheet', () => {
  before(() => {
    const style = document.createElement('style');
    style.textContent = reserveCss();
    document.head.append(style);
  });

  for (const compact of [false, true]) {
    for (const width of [300, 360, 600, 700, 900, 1200]) {
      for (const count of [1, 4, 5]) {
        it(`reserves the panel's height: ${compact ? 'compact' : 'full'}, ${width}px, ${count} cards`, async () => {
          const box = await fixture<HTMLElement>(
            html`<div style="width: ${width}px">
              <research-snapshot
                tickers="X"
                layout=${compact ? 'compact' : 'full'}
                style="--research-snapshot-cards: ${count}"
              ></research-snapshot>
            </div>`,
          );
          const el = box.firstElementChild!;
          expect(el.matches(':not(:defined)')).to.equal(true);
          expect(el.getBoundingClientRect().height).to.be.closeTo(panelHeight(count, width, compact), 1);
        });
      }
    }
  }

  it('keeps slotted texts out of the reserved height until the panel shows them', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="width: 360px">
        <research-snapshot tickers="X" style="--research-snapshot-cards: 2"
          ><span slot="heading">Stocks in this story</span><span slot="footer">Data: AlphaDesk.</span></research-snapshot
        >
      </div>`,
    );
    const el = box.firstElementChild!;
    expect(el.matches(':not(:defined)')).to.equal(true);
    expect(el.getBoundingClientRect().height).to.be.closeTo(panelHeight(2, 360), 1);
  });

  it('lets go once the element is defined', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="width: 360px">
        <research-snapshot tickers="X" style="--research-snapshot-cards: 3"></research-snapshot>
      </div>`,
    );
    const el = box.firstElementChild!;
    const before = el.getBoundingClientRect().height;
    expect(before).to.be.closeTo(panelHeight(3, 360), 1);
    // Without an endpoint it settles on "Snapshot unavailable", which keeps the size of one card.
    const original = console.error;
    console.error = () => {};
    try {
      await import('../src/index.js');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.matches(':defined')).to.equal(true);
      expect(getComputedStyle(el, '::before').content).to.equal('none');
    } finally {
      console.error = original;
    }
  });
});
