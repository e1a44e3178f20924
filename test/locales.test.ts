import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { ResearchSnapshot } from '../src/research-snapshot.js';
import { BUILT_IN, canonicalLocale, catalogId, hasCatalog } from '../src/locales/load.js';
import type { Catalog } from '../src/locales/catalog.js';
import en from '../src/locales/en.js';
import fr from '../src/locales/fr.js';
import { enMovement } from '../src/locales/en-movement.js';
import { card, part, settled, shadow, text } from './support/dom.js';
import { bypass } from 'msw';
import { ENDPOINT, http, serve, startWorker, worker } from './support/msw.js';
import { readerClockOnStoryDay } from './support/clock.js';

const MSFT = {
  ticker: 'MSFT',
  name: 'Microsoft',
  sector: 'Technology',
  score: 65,
  signals: { momentum: 'moderate', value: 'moderate', quality: 'strong', sentiment: 'weak' },
  price: 423.62,
  changePercent: -0.24,
  priceAsOf: '2026-04-27T20:30:00Z',
};
const RIVN = { ticker: 'RIVN', score: 47, signals: { momentum: 'moderate', value: 'poor', quality: 'moderate' }, scoreCap: 90 };

async function panel(lang: string): Promise<ResearchSnapshot> {
  serve({ provider: 'AlphaDesk', items: [MSFT, RIVN] });
  const container = await fixture<HTMLElement>(
    html`<div lang=${lang}><research-snapshot tickers="MSFT RIVN" endpoint=${ENDPOINT} .headingLevel=${2}></research-snapshot></div>`,
  );
  const el = container.querySelector('research-snapshot')!;
  await settled(el);
  await waitUntil(() => shadow(el).querySelector('[part="card"][data-ticker="MSFT"]'), 'no card');
  return el;
}

const panelText = (el: ResearchSnapshot, name: string) => text(part(shadow(el).querySelector('.panel')!, name));

/**
 * Catalogs served from a folder of their own (`localeBase`), those `held`
 * picks held back until the returned function lets them go.
 */
function holdCatalogs(held: (file: string) => boolean): () => void {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  worker.use(
    http.get('/held-catalogs/:file', async ({ params }) => {
      if (held(String(params.file))) await gate;
      return fetch(bypass(new URL(`/src/locales/${String(params.file)}`, location.href)));
    }),
  );
  window.ResearchSnapshotConfig = { localeBase: '/held-catalogs/' };
  return release;
}

// Prices of the test data are from 16:30 on the story's day: the reader reads it that evening.
readerClockOnStoryDay();

describe('languages', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    delete window.ResearchSnapshotConfig;
  });

  it('lays an Arabic panel out right to left while its catalog is still on its way, and keeps it so', async () => {
    expect(hasCatalog('ar'), 'this test needs the Arabic catalog not yet loaded on the page').to.equal(false);
    const release = holdCatalogs(() => true);
    const requests = serve({ items: [MSFT] });
    const box = await fixture<HTMLElement>(
      html`<div lang="ar-EG"><research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot></div>`,
    );
    const el = box.querySelector('research-snapshot')!;
    // The data is here; the words are not.
    await waitUntil(() => requests.length === 1, 'no request');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadow(el).querySelector('[part="card"][data-ticker="MSFT"]'), 'cards before their words').to.equal(null);
    const waiting = shadow(el).querySelector('[part="panel"]')!;
    expect(waiting.getAttribute('dir'), 'while the catalog loads').to.equal('rtl');
    expect(waiting.getAttribute('lang'), 'the words so far are English').to.equal('en');
    expect(getComputedStyle(waiting).direction).to.equal('rtl');
    // Assistive technology is not told "Loading stock data…" in English meanwhile.
    expect(shadow(el).querySelector('[role="status"]')?.textContent?.trim(), 'an English status').to.equal('');
    release();
    await waitUntil(() => shadow(el).querySelector('[part="card"][data-ticker="MSFT"]'), 'no card');
    const done = shadow(el).querySelector('[part="panel"]')!;
    expect([done.getAttribute('dir'), done.getAttribute('lang')]).to.deep.equal(['rtl', 'ar']);
  });

  it('keeps a loaded panel in its language, whole, while the catalog of a new language is on its way', async () => {
    const release = holdCatalogs((file) => file.startsWith('fr'));
    const requests = serve({ items: [MSFT] });
    const box = await fixture<HTMLElement>(
      html`<div lang="de"><research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot></div>`,
    );
    const el = box.querySelector<ResearchSnapshot>('research-snapshot')!;
    await waitUntil(() => shadow(el).querySelector('[part="card"][data-ticker="MSFT"]'), 'no German card');
    const panelOf = () => shadow(el).querySelector('[part="panel"]')!;
    expect(panelOf().getAttribute('lang')).to.equal('de');
    box.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(!!shadow(el).querySelector('[part="card"][data-ticker="MSFT"]'), 'the card stays').to.equal(true);
    expect(shadow(el).querySelectorAll('[part~="skeleton"]').length, 'no loading cards').to.equal(0);
    expect(panelOf().getAttribute('lang'), 'still German, and marked so').to.equal('de');
    release();
    await waitUntil(() => panelOf().getAttribute('lang') === 'fr', 'French did not arrive');
    expect(panelText(el, 'subheading')).to.equal(fr.subheading);
    expect(requests).to.have.length(1);
  });

  it("writes in English, and says why, when the catalogs' folder is no usable address", async () => {
    window.ResearchSnapshotConfig = { localeBase: 'http://[not a host/' };
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(String(args[0]));
    try {
      const el = await panel('nl');
      expect(panelText(el, 'heading')).to.equal(en.heading);
      expect(shadow(el).querySelector('.panel')!.getAttribute('lang')).to.equal('en');
      expect(warned.join('\n')).to.contain('could not load the "nl" catalog');
    } finally {
      console.warn = original;
    }
  });

  it('resolves a locale to its catalog', () => {
    expect(
      ['de-DE', 'de', 'fr-CA', 'es-MX', 'it', 'pt', 'pt-PT', 'pt-BR', 'ja-JP', 'zh', 'zh-Hans-CN', 'zh-CN', 'ro', 'en-GB'].map(catalogId),
    ).to.deep.equal(['de', 'de', 'fr', 'es', 'it', 'pt-BR', 'pt-BR', 'pt-BR', 'ja', 'zh-CN', 'zh-CN', 'zh-CN', 'en', 'en']);
    // Any region of a language reaches its catalog; Norwegian and Nynorsk read Bokmål; the old tag for Hebrew.
    expect(
      [
        'nl-BE',
        'sv-FI',
        'ko-KR',
        'ar-EG',
        'ar-SA',
        'he-IL',
        'hi-IN',
        'ru-RU',
        'pl-PL',
        'cs-CZ',
        'tr-TR',
        'fi-FI',
        'da-DK',
        'id-ID',
        'vi-VN',
      ].map(catalogId),
    ).to.deep.equal(['nl', 'sv', 'ko', 'ar', 'ar', 'he', 'hi', 'ru', 'pl', 'cs', 'tr', 'fi', 'da', 'id', 'vi']);
    expect(['no', 'nn', 'nb-NO', 'no-NO', 'nn-NO', 'iw', 'iw-IL'].map(catalogId)).to.deep.equal(['nb', 'nb', 'nb', 'nb', 'nb', 'he', 'he']);
    expect(['zh-Hans-CN', 'zh-CN'].map(catalogId)).to.deep.equal(['zh-CN', 'zh-CN']);
    expect(canonicalLocale('DE-de')).to.equal('de-DE');
    expect(canonicalLocale('not a tag!')).to.equal('en-US');
    expect(canonicalLocale('')).to.equal('en-US');
  });

  it('every built-in catalog has every message, and differs from English', async () => {
    for (const id of BUILT_IN) {
      const catalog = ((await import(`../src/locales/${id}.js`)) as { default: Catalog }).default;
      expect(Object.keys(catalog).sort(), id).to.deep.equal(Object.keys({ ...en, ...enMovement }).sort());
      expect(catalog.subheading, id).to.not.equal(en.subheading);
      const sentence = catalog.explanation(
        '65',
        'moderate',
        [
          ['momentum', 'strong'],
          ['sentiment', 'weak'],
        ],
        (items) => items.join(' + '),
        'Quant Rating',
      );
      expect(sentence, id).to.contain('65');
      expect(sentence, `${id}: the score's name is the one given`).to.contain('Quant Rating');
    }
  });

  it('takes the lang of the element, then of the closest ancestor, then of the document', async () => {
    serve({ items: [MSFT] });
    const container = await fixture<HTMLElement>(
      html`<div lang="de">
        <research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>
        <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} lang="fr"></research-snapshot>
      </div>`,
    );
    const [german, french] = container.querySelectorAll('research-snapshot');
    await Promise.all([settled(german), settled(french)]);
    await waitUntil(() => card(german, 'MSFT') && card(french, 'MSFT'));
    expect(text(part(card(german, 'MSFT'), 'change'))).to.contain('-0,24 % heute');
    expect(text(part(card(french, 'MSFT'), 'change'))).to.contain('aujourd’hui');
  });

  it("falls back to the document's language, and follows a change of its own lang", async () => {
    serve({ items: [MSFT] });
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'it';
    try {
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(el);
      await waitUntil(() => text(shadow(el).querySelector('[part="change"]')).includes('oggi'), 'not Italian');
      el.setAttribute('lang', 'es');
      await waitUntil(() => text(shadow(el).querySelector('[part="change"]')).includes('hoy'), 'did not switch to Spanish');
    } finally {
      document.documentElement.lang = previous;
    }
  });

  it("follows a change of an ancestor's lang, and takes the lang of a component it sits in", async () => {
    serve({ items: [MSFT] });
    const container = await fixture<HTMLElement>(
      html`<div lang="en"><research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot></div>`,
    );
    const el = container.querySelector('research-snapshot')!;
    await settled(el);
    await waitUntil(() => text(shadow(el).querySelector('[part="change"]')).includes('today'), 'not English');
    container.setAttribute('lang', 'de');
    await waitUntil(() => text(shadow(el).querySelector('[part="change"]')).includes('heute'), 'did not follow the ancestor to German');

    const host = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('research-snapshot');
    inner.setAttribute('tickers', 'MSFT');
    inner.setAttribute('endpoint', ENDPOINT);
    root.append(inner);
    await settled(inner);
    await waitUntil(() => text(shadow(inner).querySelector('[part="change"]')).includes('aujourd’hui'), "did not take the host's French");

    // A lang that changes inside that component's shadow root is followed too.
    const wrap = document.createElement('div');
    wrap.setAttribute('lang', 'en');
    const nested = document.createElement('research-snapshot');
    nested.setAttribute('tickers', 'MSFT');
    nested.setAttribute('endpoint', ENDPOINT);
    wrap.append(nested);
    root.append(wrap);
    await settled(nested);
    await waitUntil(() => text(shadow(nested).querySelector('[part="change"]')).includes('today'), 'not English');
    wrap.setAttribute('lang', 'de');
    await waitUntil(
      () => text(shadow(nested).querySelector('[part="change"]')).includes('heute'),
      'did not follow a lang inside a shadow root',
    );
  });

  it('gives Traditional Chinese readers Traditional Chinese, and Simplified Chinese readers Simplified', () => {
    expect(['zh-TW', 'zh-Hant', 'zh-Hant-HK', 'zh-HK', 'zh-MO', 'zh-Hant-TW'].map(catalogId)).to.deep.equal(Array(6).fill('zh-TW'));
    expect(['zh', 'zh-CN', 'zh-Hans-CN'].map(catalogId)).to.deep.equal(['zh-CN', 'zh-CN', 'zh-CN']);
    expect(['zh-SG', 'zh-Hans', 'zh-Hans-SG'].map(catalogId)).to.deep.equal(['zh-CN', 'zh-CN', 'zh-CN']);
  });

  const expectations: Record<string, { change: RegExp; sentence: RegExp; coverage: RegExp; price: RegExp }> = {
    de: {
      change: /-0,24 % heute/,
      price: /423,62 \$/,
      sentence:
        /^Der Alpha-Score von 65 spiegelt ein moderates Gesamtprofil wider, mit moderatem Momentum, moderater Bewertung, starker Qualität und schwacher Stimmung\.$/,
      coverage: /^Basiert auf 3 von 4 Signalen – der Score ist bis zum Eingang der übrigen Daten auf 90 begrenzt\.$/,
    },
    fr: {
      change: /-0,24 %/,
      price: /423,62 \$US/,
      sentence:
        /^Un Alpha Score de 65 traduit un profil global modéré, avec un momentum modéré, une valorisation modérée, une qualité forte et un sentiment faible\.$/,
      coverage: /^Basé sur 3 signaux sur 4 — le score est plafonné à 90/,
    },
    es: {
      change: /-0,24 % hoy/,
      price: /423,62 US\$/,
      sentence:
        /^Un Alpha Score de 65 refleja un perfil general moderado, con momentum moderado, valoración moderada, calidad fuerte y sentimiento débil\.$/,
      coverage: /^Basado en 3 de 4 señales: la puntuación está limitada a 90/,
    },
    it: {
      change: /-0,24% oggi/,
      price: /423,62 USD/,
      sentence:
        /^Un Alpha Score di 65 riflette un profilo complessivo moderato, con momentum moderato, valutazione moderata, qualità forte e sentiment debole\.$/,
      coverage: /^Basato su 3 segnali su 4/,
    },
    'pt-BR': {
      change: /-0,24% hoje/,
      price: /US\$ 423,62/,
      sentence:
        /^Um Alpha Score de 65 reflete um perfil geral moderado, com momentum moderado, valuation moderado, qualidade forte e sentimento fraco\.$/,
      coverage: /^Com base em 3 de 4 sinais — a pontuação fica limitada a 90/,
    },
    ja: {
      change: /本日 -0\.24%/,
      price: /\$423\.62/,
      sentence:
        /^アルファスコア65は、総合評価が中程度であることを示しています（モメンタム：中程度、バリュー：中程度、クオリティ：強い、センチメント：弱い）。$/,
      coverage: /^シグナル4件中3件に基づく評価です。残りのデータがそろうまで、スコアの上限は90です。$/,
    },
    'zh-CN': {
      change: /今日 -0\.24%/,
      price: /US\$423\.62/,
      sentence: /^Alpha 评分为65，整体表现中等，其中动量中等、估值中等、质量强、情绪弱。$/,
      coverage: /^基于4项信号中的3项——在其余数据到位之前，评分上限为90。$/,
    },
  };

  for (const [lang, expected] of Object.entries(expectations)) {
    it(`speaks ${lang}: numbers, currency, percent and the generated sentences`, async () => {
      const el = await panel(lang);
      const msft = card(el, 'MSFT');
      expect(text(part(msft, 'change'))).to.match(expected.change);
      expect(text(part(msft, 'price'))).to.match(expected.price);
      expect(text(part(msft, 'explanation'))).to.match(expected.sentence);
      expect(text(part(card(el, 'RIVN'), 'coverage'))).to.match(expected.coverage);
      expect(panelText(el, 'subheading')).to.not.equal(en.subheading);
      expect(panelText(el, 'footer')).to.contain('AlphaDesk');
      await expect(el).to.be.accessible();
    });
  }

  it("shows the endpoint's own grade label in the reader's language, and any other label verbatim", async () => {
    serve({
      items: [
        { ...MSFT, label: 'Moderate' },
        { ...RIVN, label: 'Outperform' },
      ],
    });
    const container = await fixture<HTMLElement>(
      html`<div lang="de"><research-snapshot tickers="MSFT RIVN" endpoint=${ENDPOINT}></research-snapshot></div>`,
    );
    const el = container.querySelector('research-snapshot')!;
    await settled(el);
    await waitUntil(() => shadow(el).querySelector('[part="card"][data-ticker="MSFT"]'), 'no card');
    expect(text(part(card(el, 'MSFT'), 'label'))).to.equal('Moderat');
    expect(part(card(el, 'MSFT'), 'meter')!.getAttribute('aria-valuetext')).to.equal('65 von 100, Moderat');
    expect(text(part(card(el, 'RIVN'), 'label'))).to.equal('Outperform');
  });

  it('elides French « de » before a vowel', async () => {
    serve({
      items: [
        { ...MSFT, url: 'https://example.com/MSFT' },
        { ...RIVN, ticker: 'AMZN', url: 'https://example.com/AMZN' },
      ],
    });
    const container = await fixture<HTMLElement>(
      html`<div lang="fr"><research-snapshot tickers="MSFT AMZN" endpoint=${ENDPOINT}></research-snapshot></div>`,
    );
    const el = container.querySelector('research-snapshot')!;
    await settled(el);
    await waitUntil(() => shadow(el).querySelector('[part="card"][data-ticker="AMZN"]'), 'no card');
    expect(text(part(card(el, 'AMZN'), 'link'))).to.equal('Analyse complète d’AMZN');
    expect(text(part(card(el, 'MSFT'), 'link'))).to.equal('Analyse complète de MSFT');
  });

  it('elides the Italian article before a vowel sound in the price time', async () => {
    serve({
      items: [
        { ...MSFT, ticker: 'EIGHT', priceAsOf: '2026-04-08T14:00:00Z' },
        { ...MSFT, ticker: 'ELEVEN', priceAsOf: '2026-04-11T14:00:00Z' },
        { ...MSFT, ticker: 'OTHER', priceAsOf: '2026-04-24T14:00:00Z' },
      ],
    });
    const container = await fixture<HTMLElement>(
      html`<div lang="it"><research-snapshot tickers="EIGHT ELEVEN OTHER" endpoint=${ENDPOINT}></research-snapshot></div>`,
    );
    const el = container.querySelector('research-snapshot')!;
    await settled(el);
    await waitUntil(() => shadow(el).querySelector('[part="card"][data-ticker="OTHER"] .price-time'), 'no card');
    const time = (ticker: string) => text(card(el, ticker).querySelector('.price-time'));
    expect(time('EIGHT')).to.match(/^aggiornato all’8 apr/);
    expect(time('ELEVEN')).to.match(/^aggiornato all’11 apr/);
    expect(time('OTHER')).to.match(/^aggiornato al 24 apr/);
  });

  it('formats the price time in the market zone, in the language', async () => {
    const el = await panel('de-DE');
    expect(text(part(card(el, 'MSFT'), 'price'))).to.match(/27\. Apr\., 16:30/);
  });

  it('lets the publisher override single messages and add a language', async () => {
    window.ResearchSnapshotConfig = {
      locales: {
        de: { heading: 'Aktien im Artikel' },
        af: { ...en, heading: 'Navorsingsoorsig', change: (percent: string) => `${percent} vandag` },
      },
    };
    const german = await panel('de');
    expect(panelText(german, 'heading')).to.equal('Aktien im Artikel');
    expect(panelText(german, 'subheading')).to.contain('Börsendaten');
    const afrikaans = await panel('af');
    expect(panelText(afrikaans, 'heading')).to.equal('Navorsingsoorsig');
    expect(text(part(card(afrikaans, 'MSFT'), 'change'))).to.match(/0,24\s?% vandag/);
    // A language the publisher supplies in full is marked as that language.
    expect(shadow(afrikaans).querySelector('[part="panel"]')!.getAttribute('lang')).to.equal('af');
  });

  it('falls back to English for a language it does not have', async () => {
    const el = await panel('ro-RO');
    expect(panelText(el, 'heading')).to.equal('Research Snapshot');
    // English inside a Romanian page is marked as English, for speech engines and translators.
    expect(shadow(el).querySelector('[part="panel"]')!.getAttribute('lang')).to.equal('en');
    expect(text(part(card(el, 'MSFT'), 'change'))).to.contain('today');
    // Its numbers are English's as used in Romania (en-RO): a decimal comma where the engine has that region's data.
    expect(text(part(card(el, 'MSFT'), 'change'))).to.match(/[-−]0[,.]24\s?%/);
  });

  it("keeps English's own messages out of a language the publisher writes in full, wherever its tag names it", async () => {
    window.ResearchSnapshotConfig = {
      locales: {
        en: { heading: 'Stocks in this story' },
        // Written under the region's tag: still a whole Romanian catalog.
        'ro-RO': { ...en, heading: 'Acțiuni din articol', subheading: 'Date bursiere pentru companiile din articol' },
      },
    };
    const romanian = await panel('ro-RO');
    expect(panelText(romanian, 'heading')).to.equal('Acțiuni din articol');
    expect(shadow(romanian).querySelector('[part="panel"]')!.getAttribute('lang')).to.equal('ro-RO');
    // A language English stands in for still gets English's own messages.
    const czech = await panel('sk');
    expect(panelText(czech, 'heading')).to.equal('Stocks in this story');
    expect(shadow(czech).querySelector('[part="panel"]')!.getAttribute('lang')).to.equal('en');
  });

  it("marks the publisher's own texts with the page's language where English stands in for it", async () => {
    serve({ items: [MSFT] });
    const box = await fixture<HTMLElement>(
      html`<div lang="ro-RO">
        <research-snapshot tickers="MSFT" endpoint=${ENDPOINT} heading="Acțiuni din articol" provider="Bursa"></research-snapshot>
      </div>`,
    );
    const el = box.querySelector('research-snapshot')!;
    await settled(el);
    const heading = part(shadow(el).querySelector('.panel')!, 'heading')!;
    expect(heading.querySelector('[lang]')?.getAttribute('lang'), 'the heading attribute').to.equal('ro-RO');
    expect(text(heading)).to.equal('Acțiuni din articol');
    const footer = part(shadow(el).querySelector('.panel')!, 'footer')!;
    expect(footer.querySelector('bdi')?.getAttribute('lang'), 'the provider attribute').to.equal('ro-RO');
    // In a language with its catalog, the publisher's texts are simply in the panel's language.
    const german = await fixture<ResearchSnapshot>(
      html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} lang="de" heading="Aktien im Artikel"></research-snapshot>`,
    );
    await settled(german);
    await waitUntil(() => panelText(german, 'subheading').includes('Börsendaten'), 'not German');
    expect(part(shadow(german).querySelector('.panel')!, 'heading')!.querySelector('[lang]')).to.equal(null);
  });

  it("marks the messages a publisher wrote in the page's language, where English stands in for the rest", async () => {
    window.ResearchSnapshotConfig = {
      locales: {
        th: { heading: 'หุ้นในข่าว', more: 'เพิ่มเติม', scoreName: 'คะแนนอัลฟา', coverage: () => 'ยังได้รับสัญญาณไม่ครบ', less: 'ย่อ' },
        // English's own word wins over the language's where English stands in: it is English, and not marked otherwise.
        en: { less: 'Show less' },
      },
    };
    serve({ items: [{ ...MSFT, explanation: 'A long explanation. '.repeat(40) }, RIVN] });
    const box = await fixture<HTMLElement>(
      html`<div lang="th" style="width: 360px">
        <research-snapshot tickers="MSFT RIVN" endpoint=${ENDPOINT}></research-snapshot>
      </div>`,
    );
    const el = box.querySelector('research-snapshot')!;
    await settled(el);
    const root = shadow(el).querySelector('[part="panel"]')!;
    expect(root.getAttribute('lang'), 'the rest is English').to.equal('en');
    const heading = part(root, 'heading')!.querySelector('span')!;
    expect([text(heading), heading.getAttribute('lang')]).to.deep.equal(['หุ้นในข่าว', 'th']);
    const more = part(card(el, 'MSFT'), 'more')!;
    expect([text(more), more.getAttribute('lang')]).to.deep.equal(['เพิ่มเติม', 'th']);
    const coverage = part(card(el, 'RIVN'), 'coverage')!;
    expect([text(coverage), coverage.getAttribute('lang')]).to.deep.equal(['ยังได้รับสัญญาณไม่ครบ', 'th']);
    // The publisher's name for the score is isolated and marked in the generated sentence too.
    const named = part(card(el, 'RIVN'), 'explanation')!.querySelector('bdi')!;
    expect([named.textContent, named.getAttribute('lang')]).to.deep.equal(['คะแนนอัลฟา', 'th']);
    // English's own messages, and the publisher's English ones, stay under the panel's lang="en".
    expect(part(root, 'subheading')!.querySelector('[lang]'), 'the sub-heading').to.equal(null);
    expect(card(el, 'MSFT').querySelector('.price-time')!.hasAttribute('lang'), 'the price time').to.equal(false);
  });

  it("marks the publisher's name for the score with the page's language, in the score row and in the sentence", async () => {
    serve({ items: [MSFT] });
    const box = await fixture<HTMLElement>(
      html`<div lang="ro-RO"><research-snapshot tickers="MSFT" endpoint=${ENDPOINT} score-name="Scor Alfa"></research-snapshot></div>`,
    );
    const el = box.querySelector('research-snapshot')!;
    await settled(el);
    const name = card(el, 'MSFT')!.querySelector('.score-name')!;
    expect(name.getAttribute('lang')).to.equal('ro-RO');
    const sentence = part(card(el, 'MSFT')!, 'explanation')!;
    expect(text(sentence)).to.match(/^Scor Alfa of 65 reflects/);
    const marked = sentence.querySelector('bdi');
    expect(marked?.textContent, 'the name in the sentence').to.equal('Scor Alfa');
    expect(marked?.getAttribute('lang')).to.equal('ro-RO');
    // The catalog's own name is in the panel's language: nothing to mark.
    const plain = await fixture<HTMLElement>(
      html`<div lang="ro-RO"><research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot></div>`,
    );
    const other = plain.querySelector('research-snapshot')!;
    await settled(other);
    expect(card(other, 'MSFT')!.querySelector('.score-name')!.hasAttribute('lang')).to.equal(false);
    expect(part(card(other, 'MSFT')!, 'explanation')!.querySelector('bdi')).to.equal(null);
  });

  it("marks English's sentences about how the score moved where a publisher's catalog has none of its own", async () => {
    window.ResearchSnapshotConfig = { locales: { af: { ...en, heading: 'Navorsingsoorsig' } } };
    const history = [
      { date: '2026-03-27', score: 58 },
      { date: '2026-04-27', score: 65 },
    ];
    serve({ items: [{ ...MSFT, history, previous: { asOf: '2026-04-20', score: 58 } }] });
    const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="MSFT" endpoint=${ENDPOINT} lang="af"></research-snapshot>`);
    await settled(el);
    await waitUntil(() => card(el, 'MSFT') && part(card(el, 'MSFT'), 'trend'), 'no trend');
    expect(shadow(el).querySelector('[part="panel"]')!.getAttribute('lang')).to.equal('af');
    expect(card(el, 'MSFT').querySelector('.movement-text')!.getAttribute('lang')).to.equal('en');
    expect(part(card(el, 'MSFT'), 'trend')!.getAttribute('lang')).to.equal('en');
  });

  it("writes dates, numbers and lists in the panel's language, with the reader's region", async () => {
    // Nynorsk readers read the Bokmål catalog, and Bokmål's months and "og" (the engine may have no Nynorsk data at all).
    const nynorsk = await panel('nn-NO');
    expect(shadow(nynorsk).querySelector('[part="panel"]')!.getAttribute('lang')).to.equal('nb');
    expect(text(part(card(nynorsk, 'MSFT'), 'price'))).to.match(/27\. apr\./);
    expect(text(part(card(nynorsk, 'MSFT'), 'explanation'))).to.match(/ og /);
    // English standing in on a Romanian page: English months, the Romanian page's digits.
    const romanian = await panel('ro-RO');
    const price = text(part(card(romanian, 'MSFT'), 'price'));
    expect(price).to.match(/\bApr\b/);
    expect(price).to.not.match(/apr\./);
  });

  describe("isolation and marking of the endpoint's values", () => {
    it('isolates a value where the sentence puts it, even when it is also part of a word', async () => {
      serve({
        items: [
          { ticker: 'F', name: 'Ford Motor', score: 50, url: 'https://example.com/F' },
          { ticker: 'A', score: 40 },
        ],
      });
      const el = await fixture<ResearchSnapshot>(
        html`<research-snapshot tickers="F A D" endpoint=${ENDPOINT} lang="de"></research-snapshot>`,
      );
      await settled(el);
      await waitUntil(() => card(el, 'F') && text(part(card(el, 'F'), 'link')).startsWith('Ausführliche'), 'no German card');
      const before = (node: Element) => {
        let said = '';
        for (let n = node.previousSibling; n; n = n.previousSibling) if (n.nodeType === Node.TEXT_NODE) said = n.textContent! + said;
        return said;
      };
      const link = part(card(el, 'F'), 'link')!;
      const bdi = link.querySelector('bdi')!;
      expect([bdi.textContent, before(bdi), text(link)]).to.deep.equal(['F', 'Ausführliche Analyse zu ', 'Ausführliche Analyse zu F']);
      // D has no data: its message isolates the D after "Daten zu", not the one inside it.
      const status = part(card(el, 'D'), 'status')!;
      expect([status.querySelector('bdi')!.textContent, before(status.querySelector('bdi')!)]).to.deep.equal(['D', 'Daten zu ']);
    });

    it('claims no language for texts from responses that do not agree on one', async () => {
      window.ResearchSnapshotConfig = { batchSize: 1 };
      serve((tickers) => ({
        ...(tickers[0] === 'AAPL' ? { lang: 'de' } : {}),
        items: tickers.map((ticker) => ({ ticker, name: ticker, score: 50 })),
      }));
      const el = await fixture<ResearchSnapshot>(html`<research-snapshot tickers="AAPL MSFT" endpoint=${ENDPOINT}></research-snapshot>`);
      await settled(el);
      await waitUntil(() => card(el, 'AAPL') && card(el, 'MSFT'), 'no cards');
      expect([part(card(el, 'AAPL'), 'name')!.getAttribute('lang'), part(card(el, 'MSFT'), 'name')!.getAttribute('lang')]).to.deep.equal([
        '',
        '',
      ]);
    });

    it('keeps an English change line in its order on a right-to-left page without a catalog of its own', async () => {
      serve({ items: [MSFT] });
      const box = await fixture<HTMLElement>(
        html`<div lang="fa" dir="rtl" style="width: 400px">
          <research-snapshot tickers="MSFT" endpoint=${ENDPOINT}></research-snapshot>
        </div>`,
      );
      const el = box.querySelector('research-snapshot')!;
      await settled(el);
      await waitUntil(() => card(el, 'MSFT'), 'no card');
      const change = part(card(el, 'MSFT'), 'change')!;
      // The number, isolated in its own direction (Persian digits here: the reader's locale is fa).
      const figure = [...change.children].find((child) => child.hasAttribute('dir') && !child.matches('.words'))!.getBoundingClientRect();
      const words = [...change.querySelectorAll('.words')].find((w) => w.textContent!.includes('today'))!.getBoundingClientRect();
      expect(words.left, '"today" after the number, as English reads').to.be.at.least(figure.right - 1);
    });
  });
});
