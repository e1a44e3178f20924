import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import { BUILT_IN } from '../src/locales/load.js';
import { cards, settled } from './support/dom.js';
import { describeClipped, findClipped, TEXT_SPACING } from './support/clipping.js';
import { ENDPOINT, HttpResponse, serve, useEndpointWithoutRetries } from './support/msw.js';
import { AMZN, MSFT, RIVN } from './support/companies.js';

/**
 * Reserve, never clip: no fact of a panel is cut or overlapped, at any width
 * down to 280 px, in every shipped language, in both layouts, with long
 * values, with a reader's text spacing (on the page, and in the shadow root),
 * and with large text. findClipped() (test/support/clipping.ts) walks the
 * shadow tree and reports every text that is not whole.
 */

const LANGUAGES = ['en', ...BUILT_IN];
const WIDTHS = [280, 320, 360, 600, 900, 1280];

const TYPICAL = { provider: 'AlphaDesk', items: [MSFT, AMZN, RIVN], errors: [{ ticker: 'ZZZZ', code: 'not_found' }] };

const LONG = {
  provider: 'A research provider with a rather long legal name, Limited',
  items: [
    {
      ticker: 'ABCDEFGHIJKL',
      name: 'A Forty Character Company Name Holdings',
      sector: 'Diversified Consumer Discretionary Services',
      score: 100,
      label: 'Exceptionally strong long-term',
      signals: { momentum: 'strong', value: null, quality: 'strong', sentiment: null },
      scoreCap: 90,
      price: 1234567.89,
      currency: 'EUR',
      changePercent: -12.34,
      priceAsOf: '2026-04-27T20:30:00Z',
      explanation: 'A long explanation of the score that goes on for a while, written by the provider, '.repeat(4).slice(0, 300),
      url: 'https://example.com/research/ABCDEFGHIJKL',
    },
    {
      ticker: 'BRK.B',
      name: 'Berkshire Hathaway Inc.',
      sector: 'Financials',
      score: 3,
      signals: { momentum: 'poor', value: 'poor', quality: 'poor', sentiment: 'poor' },
      price: 1234567.89,
      changePercent: 100,
      priceAsOf: '2026-04-27T20:30:00Z',
      url: 'https://example.com/research/BRK.B',
    },
  ],
  errors: [{ ticker: 'ZZZZZZZZZZZZ', code: 'unsupported' }],
};

interface Case {
  lang: string;
  layout: 'full' | 'compact';
  body: typeof TYPICAL | typeof LONG;
  long: boolean;
  spacing?: 'page' | 'shadow';
  fontSize?: number;
}

let pageSpacing: HTMLStyleElement | undefined;

/** The reader's text-spacing override on the page (taken away after each test). */
function addPageSpacing(): void {
  pageSpacing = document.createElement('style');
  pageSpacing.textContent = TEXT_SPACING;
  document.head.append(pageSpacing);
}

/** A German panel at 280 px with 24 px text, asking the current test's endpoint. */
async function germanLargeText(): Promise<{ box: HTMLElement; el: ResearchSnapshot }> {
  const box = await fixture<HTMLElement>(
    html`<div style="width: 280px" lang="de">
      <research-snapshot
        tickers="MSFT AMZN"
        endpoint=${ENDPOINT}
        loading="eager"
        style="--research-snapshot-font-size: 24px"
      ></research-snapshot>
    </div>`,
  );
  return { box, el: box.querySelector<ResearchSnapshot>('research-snapshot')! };
}

async function mount(c: Case): Promise<{ box: HTMLElement; el: ResearchSnapshot }> {
  const endpoint = `${ENDPOINT}/${c.lang}-${c.layout}-${c.long}`;
  serve(c.body, { endpoint });
  const tickers = [...c.body.items.map((i) => i.ticker), c.body.errors[0].ticker, 'B@D'].join(' ');
  const style = c.fontSize ? `--research-snapshot-font-size: ${c.fontSize}px` : '';
  const box = await fixture<HTMLElement>(
    html`<div style="width: ${WIDTHS[0]}px" lang=${c.lang}>
      <research-snapshot tickers=${tickers} endpoint=${endpoint} loading="eager" layout=${c.layout} style=${style}></research-snapshot>
    </div>`,
  );
  const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
  if (c.spacing === 'shadow') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(TEXT_SPACING);
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
  }
  await settled(el);
  await waitUntil(() => cards(el).length === c.body.items.length + 2, 'not every card rendered');
  return { box, el };
}

/**
 * One frame, then a task: container queries have applied, the clamp
 * controller's ResizeObserver (called after the frame's animation callbacks)
 * has had its turn, and the render it asked for (a microtask) is done.
 */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

function name(c: Case): string {
  const extras = [
    c.spacing && `text spacing in the ${c.spacing === 'page' ? 'page' : 'shadow root'}`,
    c.fontSize && `${c.fontSize}px text`,
  ].filter(Boolean);
  return `${c.lang}, ${c.layout}, ${c.long ? 'long values' : 'typical values'}${extras.length ? `, ${extras.join(', ')}` : ''}`;
}

const cases: Case[] = [];
for (const lang of LANGUAGES) {
  for (const layout of ['full', 'compact'] as const) {
    for (const long of [false, true]) cases.push({ lang, layout, long, body: long ? LONG : TYPICAL });
  }
}
for (const lang of ['en', 'fr', 'de']) {
  for (const layout of ['full', 'compact'] as const) {
    for (const extra of [{ spacing: 'page' }, { spacing: 'shadow' }, { fontSize: 24 }, { spacing: 'page', fontSize: 24 }] as const) {
      cases.push({ lang, layout, long: true, body: LONG, ...extra });
    }
  }
}

describe('reserve, never clip: every fact is shown whole', () => {
  useEndpointWithoutRetries();
  afterEach(() => {
    pageSpacing?.remove();
    pageSpacing = undefined;
  });

  // The cases that can share a page are mounted side by side and measured together at each width: one frame per width for all.
  const groups = new Map<string, Case[]>();
  for (const c of cases) {
    const key = `${c.lang}${c.spacing === 'page' ? ', with text spacing in the page' : c.spacing || c.fontSize ? ', with reader settings' : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [group, members] of groups) {
    it(`${group}: nothing cut or overlapped at ${WIDTHS.join(', ')} px (${members.map(name).join('; ')})`, async () => {
      if (members.some((c) => c.spacing === 'page')) addPageSpacing();
      const mounted = await Promise.all(members.map(mount));
      const found: string[] = [];
      for (const width of WIDTHS) {
        for (const { box } of mounted) box.style.width = `${width}px`;
        await frames();
        for (const [i, { el }] of mounted.entries()) {
          const problems = findClipped(el);
          if (problems.length) found.push(`${name(members[i])} at ${width}px:\n${describeClipped(problems)}`);
          // Never wider than its box: the page does not scroll sideways.
          const overflow = el.getBoundingClientRect().width - width;
          if (overflow > 0.5) found.push(`${name(members[i])} at ${width}px: the panel is ${overflow}px wider than its box`);
        }
      }
      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }

  it('says why the whole request failed, whole, at every width and with text spacing', async () => {
    addPageSpacing();
    serve(() => new HttpResponse(null, { status: 500 }));
    const { box, el } = await germanLargeText();
    await settled(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="retry"]'), 'no Try again');
    for (const width of WIDTHS) {
      box.style.width = `${width}px`;
      await frames();
      expect(findClipped(el), `${width}px: ${describeClipped(findClipped(el))}`).to.deep.equal([]);
    }
  });

  it('wraps an unbroken word in the heading, sub-heading, footer or the provider’s name rather than widen the page', async () => {
    const word = 'Börsenkursentwicklungsübersichtsdarstellungskomponentenbeschriftung';
    serve({ provider: word, items: [MSFT] });
    const box = await fixture<HTMLElement>(
      html`<div style="width: 280px">
        <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager" heading=${word} subheading=${word}></research-snapshot>
        <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} loading="eager" footer=${word}></research-snapshot>
      </div>`,
    );
    const panels = [...box.querySelectorAll<ResearchSnapshot>('research-snapshot')];
    for (const el of panels) await settled(el);
    await waitUntil(() => panels.every((el) => cards(el).length === 1), 'no cards');
    await frames();
    for (const el of panels) {
      for (const name of ['heading', 'subheading', 'footer']) {
        const piece = el.shadowRoot!.querySelector(`[part="${name}"]`)!;
        expect(piece.scrollWidth, `${name}: as wide as its box`).to.be.at.most(piece.clientWidth + 1);
      }
      expect(el.getBoundingClientRect().width, 'the panel within its box').to.be.at.most(280.5);
      expect(findClipped(el), describeClipped(findClipped(el))).to.deep.equal([]);
    }
  });

  it('shows a name whole once its ticker goes below it, and cuts it only while the ticker is beside it', async () => {
    serve({
      items: [
        { ...MSFT, name: 'MSFT Corp' },
        { ...AMZN, name: 'Amazon.com, Inc.', ticker: 'ABCDEFGHIJKL' },
      ],
    });
    const box = await fixture<HTMLElement>(
      html`<div style="width: 250px">
        <research-snapshot
          tickers="MSFT ABCDEFGHIJKL"
          endpoint=${ENDPOINT}
          loading="eager"
          style="--research-snapshot-font-size: 28px"
        ></research-snapshot>
      </div>`,
    );
    const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
    await settled(el);
    await waitUntil(() => cards(el).length === 2, 'no cards');
    const below = (card: HTMLElement) =>
      card.querySelector('[part="ticker"]')!.getBoundingClientRect().top >=
      card.querySelector('[part="name"]')!.getBoundingClientRect().bottom - 1;
    let stacked = 0;
    for (const width of [250, 300, 360]) {
      box.style.width = `${width}px`;
      await frames();
      for (const card of cards(el)) {
        const name = card.querySelector<HTMLElement>('[part="name"]')!;
        if (!below(card)) continue;
        stacked += 1;
        expect(name.scrollWidth, `${width}px, ${name.textContent}: alone on its line, and whole`).to.be.at.most(name.clientWidth + 1);
      }
    }
    expect(stacked, 'some width puts a ticker below its name').to.be.above(0);
  });

  it('shows the stale note whole, in German at 280 px with large text', async () => {
    let calls = 0;
    serve(() => (++calls === 1 ? TYPICAL : new HttpResponse(null, { status: 503 })));
    const { el } = await germanLargeText();
    await settled(el);
    el.refresh();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="stale"]'), 'no stale note');
    await frames();
    expect(findClipped(el), describeClipped(findClipped(el))).to.deep.equal([]);
  });
});

describe('the clipping detector', () => {
  useEndpointWithoutRetries();

  it('reports text hidden by a clipping box and text that overlaps another part', async () => {
    serve(TYPICAL);
    const el = await fixture<ResearchSnapshot>(
      html`<research-snapshot tickers="AMZN" endpoint=${ENDPOINT} loading="eager" style="width: 360px"></research-snapshot>`,
    );
    await settled(el);
    expect(findClipped(el)).to.deep.equal([]);
    const sheet = new CSSStyleSheet();
    // The old fixed-height price line, and a time drawn over the explanation.
    sheet.replaceSync('.price-line { height: 0.5em; overflow: hidden } .price-time { position: relative; top: 3em }');
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
    const problems = findClipped(el);
    expect(problems.map((p) => `${p.part}: ${p.problem}`)).to.include.members([
      'price: 1 line(s) of text outside a clipping p.price-line',
      'time: overlaps explanation',
    ]);
  });
});
