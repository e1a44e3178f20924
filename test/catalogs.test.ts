import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import { BUILT_IN } from '../src/locales/load.js';
import type { Catalog, ChangeTime } from '../src/locales/catalog.js';
import { SIGNAL_NAMES, type Grade, type SignalName } from '../src/data/types.js';
import { numbers } from '../src/format/words.js';
import en from '../src/locales/en.js';
import { enMovement } from '../src/locales/en-movement.js';
import { card, part, settled, shadow, text } from './support/dom.js';
import { ENDPOINT, http, HttpResponse, serve, startWorker, worker } from './support/msw.js';
import { readerClockOnStoryDay } from './support/clock.js';

/**
 * Every catalog says every message, for every grade, count and case, in its
 * own words: nothing undefined, no raw placeholder, no English left over, and
 * plural forms that follow Intl.PluralRules. Then the panel in the reader's
 * language: marked with it, laid out right to left where it is written so,
 * with the endpoint's texts isolated and one digit system per sentence.
 */

const GRADES: Grade[] = ['strong', 'moderate', 'weak', 'poor'];
const WHEN: ChangeTime[] = ['today', 'close', 'pre', 'post', 'day', 'unknown'];
/** Words that only English has: if one of them is in another catalog's sentence, English was left in. */
const ENGLISH =
  /\b(today|signals|based on|capped|remaining|unavailable|could not|since|rose|fell|held at|reflects|overall|try again|loading|after hours|pre-market|at close|full research|invalid|ticker symbol)\b/i;
const ASCII_DIGIT = /[0-9]/;

/** All of English: the bundle's catalog and its sentences about how the score moved (in movement.js). */
const english: Required<Catalog> = { ...en, ...enMovement };

async function load(id: string): Promise<Required<Catalog>> {
  return id === 'en' ? english : ((await import(`../src/locales/${id}.js`)) as { default: Required<Catalog> }).default;
}

/** Every sentence a catalog can say, with the numbers it writes itself in Arabic-Indic digits, so that none may be a raw digit. */
function sentences(t: Required<Catalog>, locale: string): string[] {
  const f = numbers(locale);
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const out: string[] = [t.heading, t.subheading, t.footer(), t.footer('AlphaDesk'), t.scoreName, t.more, t.less, t.loading, t.loadFailed];
  out.push(t.retry, t.unavailable, t.stale('16:30'), t.priceAt('Apr 27, 04:30 PM EDT'), t.moreLink('MSFT'));
  out.push(
    t.invalidTicker('B@D'),
    t.unavailableTicker('MSFT'),
    t.notFoundTicker('ZZZZ'),
    t.unsupportedTicker('AMZN'),
    t.unavailableTicker('ARM'),
  );
  for (const grade of GRADES) {
    out.push(t.labels[grade], t.scoreValueText('65', t.labels[grade], f));
    out.push(t.explanation('65', grade, [], list, t.scoreName));
    out.push(
      t.explanation(
        '65',
        grade,
        SIGNAL_NAMES.map((name): [SignalName, Grade] => [name, grade]),
        list,
        t.scoreName,
      ),
    );
    for (const from of GRADES) {
      if (from !== grade)
        out.push(
          t.movement(
            { value: 7, text: '+7' },
            'Apr 20',
            SIGNAL_NAMES.map((n): [SignalName, Grade, Grade] => [n, from, grade]),
            list,
          ),
        );
    }
  }
  for (const when of WHEN) out.push(t.change('-0.24%', when, 'Apr 24'));
  out.push(
    t.movement(undefined, 'Apr 20', [['momentum', 'weak', 'moderate']], list),
    t.movement({ value: 0, text: '0' }, 'Apr 20', [], list),
  );
  out.push(t.movement({ value: -3, text: '-3' }, 'Apr 20', [], list));
  for (const direction of ['up', 'down', 'flat'] as const) out.push(t.trend(t.scoreName, '58', '65', 'Mar 27', direction));
  for (let count = 0; count <= 5; count++) out.push(t.coverage(count, undefined, f), t.coverage(count, '90', f));
  return out;
}

describe('every catalog', () => {
  for (const id of ['en', ...BUILT_IN]) {
    it(`${id}: every message, every grade, count and case, in its own words`, async () => {
      const t = await load(id);
      expect(Object.keys(t).sort(), 'the messages of English').to.deep.equal(Object.keys(english).sort());
      // Arabic-Indic digits for the numbers the catalog writes: a raw digit in a message would stand out.
      const all = sentences(t, `${id}-u-nu-arab`);
      for (const sentence of all) {
        expect(sentence, 'a message').to.be.a('string').and.not.equal('');
        expect(sentence).to.not.match(/undefined|NaN|null|\$\{|\{\d\}|\[object/);
        // The only ASCII digits are those passed in (16:30, 04:30, 65, 58, 7, 3, 90, 24, 27, 20, 0.24).
        const own = sentence.replace(/16:30|04:30|0\.24|\b(65|58|7|3|90|24|27|20|0)\b/g, '');
        expect(own, `a raw digit in ${JSON.stringify(sentence)}`).to.not.match(ASCII_DIGIT);
        if (id !== 'en') expect(sentence, 'English left over').to.not.match(ENGLISH);
      }
      expect(new Set(t.labels ? Object.values(t.labels) : []).size, 'four distinct grade labels').to.equal(4);
    });

    it(`${id}: plural forms follow Intl.PluralRules`, async () => {
      const t = await load(id);
      const f = numbers(id);
      const rules = new Intl.PluralRules(id);
      // Counts of one plural category read alike, once the number is taken out.
      const byCategory = new Map<string, Set<string>>();
      // 4 of 4 is full coverage, never said; in the others the count is the only number that varies.
      for (const count of [0, 1, 2, 3, 5]) {
        const shape = t.coverage(count, undefined, f).replace(f.n(count), '#');
        const category = rules.select(count);
        byCategory.set(category, (byCategory.get(category) ?? new Set()).add(shape));
      }
      for (const [category, shapes] of byCategory) expect([...shapes], `${id}: counts in "${category}"`).to.have.length(1);
      // Every category is one Intl knows for the language.
      const known = rules.resolvedOptions().pluralCategories;
      for (const category of byCategory.keys()) expect(known).to.include(category);
    });
  }
});

const ITEMS = [
  {
    ticker: 'AMZN',
    name: 'Amazon.com, Inc.',
    sector: 'Consumer Discretionary',
    score: 54,
    label: 'Outperform',
    signals: { momentum: 'strong', value: 'poor', quality: 'strong', sentiment: null },
    scoreCap: 90,
    price: 263.07,
    changePercent: -0.35,
    priceAsOf: '2026-04-27T20:30:00Z',
    url: 'https://example.com/research/AMZN',
    explanation: 'Retail margins improved.',
  },
  {
    ticker: 'RIVN',
    name: 'Rivian Automotive, Inc.',
    score: 47,
    signals: { momentum: 'moderate', value: 'poor', quality: 'moderate' },
    scoreCap: 90,
  },
];

describe('the panel in the reader’s language', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());
  readerClockOnStoryDay();

  async function panel(
    attributes: { lang?: string; dir?: string },
    body: object = { provider: 'AlphaDesk', items: ITEMS },
  ): Promise<ResearchSnapshot> {
    serve(body);
    const box = await fixture<HTMLElement>(
      html`<div lang=${attributes.lang ?? 'en'} dir=${attributes.dir ?? 'ltr'} style="width: 360px">
        <research-snapshot tickers="AMZN RIVN B@D" endpoint=${ENDPOINT}></research-snapshot>
      </div>`,
    );
    const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
    await settled(el);
    await waitUntil(() => card(el, 'AMZN'), 'no card');
    return el;
  }
  const root = (el: ResearchSnapshot) => shadow(el).querySelector<HTMLElement>('[part="panel"]')!;
  /** The screen position of a text node's character. */
  const charRect = (node: Node, index: number) => {
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    return range.getBoundingClientRect();
  };
  const textNode = (element: Element, pattern: RegExp) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (pattern.test(node.textContent!)) return node;
    throw new Error(`no text ${pattern} in ${element.outerHTML.slice(0, 100)}`);
  };

  it('marks its content with the catalog’s language, and lays Arabic and Hebrew out right to left', async () => {
    for (const [lang, id, dir] of [
      ['de-CH', 'de', 'ltr'],
      ['ar-EG', 'ar', 'rtl'],
      ['he', 'he', 'rtl'],
      ['zh-Hant-HK', 'zh-TW', 'ltr'],
      ['nn', 'nb', 'ltr'],
    ]) {
      const el = await panel({ lang });
      await waitUntil(() => root(el).getAttribute('lang') === id, `${lang}: not marked ${id}`);
      expect(getComputedStyle(root(el)).direction, lang).to.equal(dir);
      // The catalogs keep the brand name in English: it is marked so.
      expect(part(root(el), 'heading')!.querySelector('[lang]')?.getAttribute('lang'), `${lang}: the heading`).to.equal('en');
    }
  });

  it('lays a failure out in the panel’s direction: in Arabic, Try again sits to the left of the message', async () => {
    window.ResearchSnapshotConfig = { retries: 0 };
    try {
      worker.use(http.get(ENDPOINT, () => new HttpResponse(null, { status: 500 })));
      const box = await fixture<HTMLElement>(
        html`<div lang="ar" style="width: 600px"><research-snapshot tickers="AMZN" endpoint=${ENDPOINT}></research-snapshot></div>`,
      );
      const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
      await waitUntil(() => part(root(el), 'retry'), 'no Try again');
      const message = part(root(el), 'message')!;
      expect(getComputedStyle(message).direction).to.equal('rtl');
      const said = message.querySelector('p')!.getBoundingClientRect();
      const button = part(root(el), 'retry')!.getBoundingClientRect();
      expect(button.right, 'the button after the message, in reading order').to.be.at.most(said.left + 1);
    } finally {
      delete window.ResearchSnapshotConfig;
    }
  });

  it('keeps "US$" and a publisher’s "Q.A.R." whole in a right-to-left panel', async () => {
    serve({ items: [{ ...ITEMS[0], explanation: undefined }] });
    const box = await fixture<HTMLElement>(
      html`<div lang="ar-EG" style="width: 360px">
        <research-snapshot tickers="AMZN" endpoint=${ENDPOINT} score-name="Q.A.R."></research-snapshot>
      </div>`,
    );
    const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
    await settled(el);
    await waitUntil(() => root(el).getAttribute('lang') === 'ar' && card(el, 'AMZN'), 'no Arabic card');
    const symbol = textNode(card(el, 'AMZN').querySelector('.price-value')!, /US\$/);
    const at = symbol.textContent!.indexOf('US$');
    expect(charRect(symbol, at).left, '"U" before "$", on its left').to.be.below(charRect(symbol, at + 2).left);
    const check = (where: Element) => {
      const name = textNode(where, /Q\.A\.R\./);
      const start = name.textContent!.indexOf('Q');
      expect(charRect(name, start + 5).left, `${where.className}: the final "." after "R", on its right`).to.be.above(
        charRect(name, start).left,
      );
    };
    check(card(el, 'AMZN').querySelector('.score-name')!);
    check(part(card(el, 'AMZN'), 'explanation')!);
  });

  it('aligns text in another direction to the panel’s side: an English sector and explanation in a Hebrew card', async () => {
    const el = await panel({ lang: 'he', dir: 'rtl' });
    await waitUntil(() => root(el).getAttribute('lang') === 'he');
    const amzn = card(el, 'AMZN');
    const edge =
      amzn.getBoundingClientRect().right -
      parseFloat(getComputedStyle(amzn).paddingRight) -
      parseFloat(getComputedStyle(amzn).borderRightWidth);
    for (const name of ['sector', 'explanation']) {
      const piece = part(amzn, name)!;
      const range = document.createRange();
      range.selectNodeContents(piece);
      const right = Math.max(...[...range.getClientRects()].map((r) => r.right));
      expect(edge - right, `${name} ("${piece.textContent!.slice(0, 20)}…") ends at the card's right edge`).to.be.below(2);
    }
  });

  for (const lang of ['he', 'ar']) {
    it(`${lang}: the change of score leads its sentence about what changed, on its right, written "+N"`, async () => {
      const previous = {
        asOf: '2026-04-20',
        score: 47,
        signals: { momentum: 'weak', value: 'poor', quality: 'strong', sentiment: 'weak' },
      };
      const el = await panel({ lang, dir: 'rtl' }, { items: ITEMS.map((item) => ({ ...item, previous })) });
      await waitUntil(() => root(el).getAttribute('lang') === lang && part(card(el, 'AMZN'), 'movement'), 'no movement line');
      const line = part(card(el, 'AMZN'), 'movement')!;
      expect(getComputedStyle(line).direction, 'the sentence is right to left').to.equal('rtl');
      const figure = textNode(line, /\d|[٠-٩]/);
      const value = figure.textContent!;
      const sign = value.search(/[+\-−]/);
      const digit = value.search(/\d|[٠-٩]/);
      const words = textNode(line, /[\u0590-\u06ff]{2}/);
      const first = words.textContent!.search(/[\u0590-\u06ff]/);
      expect(charRect(figure, digit).left, `"${value}" is on the right of the words that follow it`).to.be.above(
        charRect(words, first).right - 1,
      );
      if (/\d/.test(value))
        expect(charRect(figure, sign).left, `"${value}": its sign before its digits`).to.be.below(charRect(figure, digit).left);
    });
  }

  it('he: an unchanged score leaves the date of its sentence whole ("20", not "02")', async () => {
    const el = await panel(
      { lang: 'he', dir: 'rtl' },
      { items: ITEMS.map((item) => ({ ...item, previous: { asOf: '2026-04-20', score: item.score } })) },
    );
    await waitUntil(() => root(el).getAttribute('lang') === 'he' && part(card(el, 'AMZN'), 'movement'), 'no movement line');
    const line = part(card(el, 'AMZN'), 'movement')!;
    const date = textNode(line, /20/);
    const at = date.textContent!.indexOf('20');
    expect(line.querySelectorAll('span[dir]').length, 'no figure isolated: there is none').to.equal(0);
    expect(charRect(date, at).left, `"${date.textContent}": 2 before 0`).to.be.below(charRect(date, at + 1).left);
  });

  it('keeps the reader’s full locale for numbers: Swiss grouping with German words', async () => {
    const el = await panel({ lang: 'de-CH' }, { items: [{ ticker: 'AMZN', price: 12345.5, currency: 'CHF', score: 54 }] });
    await waitUntil(() => text(part(card(el, 'AMZN'), 'price')).match(/12['’]345\.50/), text(part(card(el, 'AMZN'), 'price')));
  });

  it('marks the endpoint’s texts with the language the response names', async () => {
    const el = await panel({ lang: 'de' }, { lang: 'en', provider: 'AlphaDesk', items: ITEMS });
    await waitUntil(() => root(el).getAttribute('lang') === 'de');
    for (const name of ['name', 'sector', 'explanation', 'label'])
      expect(part(card(el, 'AMZN'), name)!.getAttribute('lang'), name).to.equal('en');
    expect(part(card(el, 'RIVN'), 'coverage')!.closest('[lang]')!.getAttribute('lang'), 'the catalog’s own sentence').to.equal('de');
    expect(root(el).querySelector('[part="footer"] bdi')!.getAttribute('lang'), 'the provider’s name').to.equal('en');
  });

  it('claims no language for the endpoint’s texts when the response names none', async () => {
    const el = await panel({ lang: 'de' });
    await waitUntil(() => root(el).getAttribute('lang') === 'de');
    expect(part(card(el, 'AMZN'), 'name')!.getAttribute('lang'), 'unknown: nothing claimed').to.equal('');
    expect(part(card(el, 'AMZN'), 'explanation')!.getAttribute('lang')).to.equal('');
  });

  for (const [lang, dir] of [
    ['en', 'rtl'],
    ['he', 'rtl'],
    ['ar', 'ltr'],
  ]) {
    it(`${lang} in a ${dir} page: names keep their period at the end, the change's sign is beside its number`, async () => {
      const el = await panel({ lang, dir });
      await waitUntil(() => root(el).getAttribute('lang') === lang);
      const name = part(card(el, 'AMZN'), 'name')!;
      const node = textNode(name, /Amazon/);
      const first = charRect(node, 0);
      const last = charRect(node, node.textContent!.length - 1);
      expect(last.left, '"." after "Inc" in reading order, on its right').to.be.above(first.left);
      const change = part(card(el, 'AMZN'), 'change')!;
      const figure = textNode(change, /\d|[٠-٩]/);
      const value = figure.textContent!;
      const sign = value.search(/[-−]/);
      const digit = value.search(/\d|[٠-٩]/);
      // The number is isolated on its own: its sign is drawn inside the number's box, not at the other end of the line.
      const box = figure.parentElement!.getBoundingClientRect();
      const signBox = charRect(figure, sign);
      expect(figure.parentElement!.textContent, 'the number alone in its box').to.equal(value);
      expect(signBox.left, `the sign inside its number's box (${value})`).to.be.at.least(box.left - 1);
      expect(signBox.right, `the sign inside its number's box (${value})`).to.be.at.most(box.right + 1);
      expect(box.width, 'a number-sized box').to.be.below(90);
      if (value.includes('0.35')) {
        // Latin digits: the sign right before the first digit, on its left.
        const gap = charRect(figure, digit).left - signBox.left;
        expect(gap, `the sign sits beside its number (${value})`).to.be.within(0, 20);
      }
      // A message with a value in it keeps its order: the invalid token is set apart, with its quotes.
      expect(card(el, 'B@D').querySelector('[part="status"] bdi')!.textContent).to.equal('B@D');
      // The footer's sentence ends with its period, in the sentence's own direction; the panel's pieces keep the panel's side.
      const footer = part(root(el), 'footer')!;
      const nodes: Node[] = [];
      const walker = document.createTreeWalker(footer, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.trim()) nodes.push(node);
      const end = nodes.at(-1)!;
      const at = end.textContent!.trimEnd().length - 1;
      expect(end.textContent![at], 'the footer ends with a period').to.equal('.');
      const period = charRect(end, at);
      const before = charRect(end, at - 1);
      if (lang === 'en') expect(period.left, `"." after "above", on its right: ${text(footer)}`).to.be.above(before.left);
      else expect(period.right, `"." after the last word, on its left: ${text(footer)}`).to.be.below(before.right);
      const rtl = getComputedStyle(root(el)).direction === 'rtl';
      for (const name of ['heading', 'subheading', 'footer']) {
        const piece = part(root(el), name)!;
        const words = piece.querySelector('span')!.getBoundingClientRect();
        const side = piece.getBoundingClientRect();
        const gap = rtl ? side.right - words.right : words.left - side.left;
        expect(gap, `${name} starts on the panel's ${rtl ? 'right' : 'left'}`).to.be.within(-1, 2);
      }
    });
  }

  for (const lang of ['ar-EG', 'hi-IN-u-nu-deva', 'th-u-nu-thai']) {
    it(`${lang}: one digit system in every sentence`, async () => {
      const el = await panel({ lang });
      await waitUntil(() => !!root(el).getAttribute('lang'));
      const systems = [/[0-9]/, /[٠-٩]/, /[۰-۹]/, /[०-९]/, /[๐-๙]/];
      const texts = [...shadow(el).querySelectorAll('[part="score"], [part="price"], [part="coverage"], [part="explanation"], meter')].map(
        (n) => (n.tagName === 'METER' ? n.getAttribute('aria-valuetext')! : text(n)),
      );
      expect(texts.length).to.be.above(4);
      for (const sentence of texts) {
        // Tickers and provider names are the endpoint's: only the numbers count.
        const found = systems.filter((system) => system.test(sentence.replace(/AMZN|RIVN/g, '')));
        expect(found, `${lang}: ${sentence}`).to.have.length.at.most(1);
      }
      expect(texts.filter((sentence) => /\p{Nd}/u.test(sentence)).length, 'sentences with numbers').to.be.above(3);
    });
  }
});
