import { html, nothing, type TemplateResult } from 'lit';
import type { Entry } from '../data/entries.js';
import type { SnapshotItem } from '../data/types.js';
import { formatPriceTime } from '../format/dates.js';
import { changeDirection, formatChange, formatPrice, formatScore } from '../format/numbers.js';
import { changeTime, coverageNote, explanation, numbers, scoreGrade, scoreLabel } from '../format/words.js';
import type { View } from './view.js';
import { number, withValue } from './bidi.js';
import { langOf } from './marked.js';

/**
 * Cards are pure functions of validated data. Every value from the endpoint
 * goes into a text node or a plain attribute, never into markup.
 *
 * Each part of a card sits in a row of fixed height (see the styles), so a
 * card is as tall with a missing sector or price as with all of them, and as
 * tall as its skeleton: data arriving never moves the page.
 */

const ARROWS = { up: '▲', down: '▼', flat: '■' } as const;

/** The company's name is a heading one level below the panel's (written out in each card: one template fewer per card). */
const nameLevel = (view: View) => Math.min(view.level + 1, 6);

/** A name for the score the publisher gave: isolated wherever it is shown, and marked with the page's language where the panel is written in another. */
const ownName = (view: View) => view.name !== view.t.scoreName || !!view.marked?.keys.has('scoreName');
/** Its language: the page's for the attribute's name, or for one the publisher wrote in `locales` for the page's language where English stands in. */
const nameLang = (view: View) => (view.name !== view.t.scoreName ? view.pageLang : view.marked?.lang);

function score(item: SnapshotItem, view: View): TemplateResult | typeof nothing {
  if (item.score === undefined) return nothing;
  const value = formatScore(item.score, view.locale);
  const label = scoreLabel(item, view.t) ?? '';
  const fromCatalog = Object.values(view.t.labels).includes(label) ? label : undefined;
  // The name is seen here and heard once, as the meter's name.
  return html`<div class="score" part="score" data-grade=${scoreGrade(item) ?? 'moderate'}>
    <span class="score-name" aria-hidden="true" dir=${ownName(view) ? 'auto' : nothing} lang=${(ownName(view) && nameLang(view)) || nothing}
      >${view.name}</span
    >
    <span class="score-value" aria-hidden="true">${value}</span>
    <meter
      part="meter"
      min="0"
      max="100"
      low="40"
      high="80"
      optimum="100"
      .value=${item.score}
      aria-label=${view.name}
      aria-valuetext=${view.t.scoreValueText(value, label, numbers(view.locale))}
    ></meter>
    <span
      class="label"
      part="label"
      aria-hidden="true"
      dir="auto"
      lang=${label === fromCatalog ? langOf(view, 'labels') : (view.dataLang ?? nothing)}
      >${label}</span
    >
    ${
      /* The compact line's change of score; the full card (and a screen reader) has the whole sentence. */
      view.movement?.scoreChange(item, view) ?? nothing
    }
  </div>`;
}

function price(item: SnapshotItem, view: View): TemplateResult | typeof nothing {
  const time = item.priceAsOf ? formatPriceTime(item.priceAsOf, item.timeZone, view.locale, view.now) : undefined;
  if (item.price === undefined && item.changePercent === undefined && !time) return nothing;
  let change: TemplateResult | typeof nothing = nothing;
  if (item.changePercent !== undefined) {
    const direction = changeDirection(item.changePercent);
    // The words around the number ("today", "on Apr 24") are spans of their own (the reader hears and sees them in both layouts).
    const percent = formatChange(item.changePercent, view.locale);
    const { when, day } = changeTime(item, view.locale, view.now);
    const said = view.t.change(percent, when, day);
    const at = said.indexOf(percent);
    const [before, figure, after] = at < 0 ? ['', said, ''] : [said.slice(0, at), percent, said.slice(at + percent.length)];
    change = html`<span class="change" part="change" data-direction=${direction} dir="auto" lang=${langOf(view, 'change')}
      ><span class="arrow" aria-hidden="true">${ARROWS[direction]}</span> <span class="words">${before}</span>${number(figure)}<span
        class="words"
        >${after}</span
      ></span
    >`;
  }
  return html`<div class="price" part="price">
    <p class="price-line">
      ${item.price === undefined ? nothing : html`<span class="price-value">${number(formatPrice(item.price, item.currency, view.locale))}</span>`}
      ${change}
    </p>
    ${time ? html`<p class="price-time" dir="auto" lang=${langOf(view, 'priceAt')}><time datetime=${item.priceAsOf!}>${view.t.priceAt(time)}</time></p>` : nothing}
  </div>`;
}

function itemCard(item: SnapshotItem, view: View): TemplateResult {
  const plain = explanation(item, view.t, view.locale, view.name);
  // A generated sentence holds the score's name: the publisher's is isolated, and marked with its language.
  const sentence =
    plain && !item.explanation && ownName(view)
      ? withValue((name: string) => explanation(item, view.t, view.locale, name)!, view.name, nameLang(view))
      : plain;
  const note = coverageNote(item, view.t, view.locale);
  const expanded = view.expanded.has(item.ticker);
  // The endpoint's own explanation is in the endpoint's language; a generated one in the catalog's.
  const lang = item.explanation ? (view.dataLang ?? nothing) : langOf(view, 'explanation');
  const explained = html`<p class="explanation" part="explanation" dir="auto" lang=${lang}>${sentence}</p>`;
  // How the score moved (movement.js, here whenever the data has history or previous).
  const line = view.movement?.line(item, view) ?? nothing;
  return html`<li
    class="card"
    part="card"
    data-ticker=${item.ticker}
    data-state="item"
    ?data-expanded=${expanded}
    ?data-moved=${line !== nothing}
  >
    <div class="head">
      <span
        class="name"
        part="name"
        id=${`name-${item.ticker}`}
        role="heading"
        aria-level=${nameLevel(view)}
        dir="auto"
        lang=${view.dataLang ?? nothing}
        >${item.name ?? item.ticker}</span
      >
      ${item.name ? html`<span class="ticker" part="ticker" dir="ltr">${item.ticker}</span>` : nothing}
    </div>
    ${item.sector ? html`<p class="sector" part="sector" dir="auto" lang=${view.dataLang ?? nothing}>${item.sector}</p>` : nothing}
    ${score(item, view)} ${price(item, view)}
    <div class="about">
      ${line}
      ${
        /* One level below the movement line, so that the clamp controller can fit it to that line within one frame. */
        sentence ? html`<div>${explained}</div>` : nothing
      }
    </div>
    ${note ? html`<p class="coverage" part="coverage" dir="auto" lang=${langOf(view, 'coverage')}>${note}</p>` : nothing}
    <div class="actions">
      ${
        item.url
          ? html`<a
              class="link"
              part="link"
              href=${item.url}
              target="_blank"
              rel="noopener noreferrer"
              dir="auto"
              lang=${langOf(view, 'moreLink')}
              >${withValue((ticker) => view.t.moreLink(ticker), item.ticker)}</a
            >`
          : nothing
      }
      ${
        /* After the link, at the row's end: when the clamp controller shows it, nothing else moves. Named with its company ("More Microsoft Corporation"), as several are on a page. */
        sentence
          ? html`<button
              type="button"
              class="more"
              part="more"
              id=${`more-${item.ticker}`}
              aria-labelledby=${`more-${item.ticker} name-${item.ticker}`}
              dir="auto"
              lang=${langOf(view, expanded ? 'less' : 'more')}
              aria-expanded=${expanded ? 'true' : 'false'}
            >
              ${expanded ? view.t.less : view.t.more}
            </button>`
          : nothing
      }
    </div>
  </li>`;
}

function problemCard(
  ticker: string,
  state: 'invalid' | 'unavailable',
  key: 'invalidTicker' | 'notFoundTicker' | 'unsupportedTicker' | 'unavailableTicker',
  view: View,
): TemplateResult {
  const message = (value: string) => view.t[key](value);
  return html`<li class="card problem" part="card" data-ticker=${ticker} data-state=${state}>
    <div class="head"><span class="name" part="name" role="heading" aria-level=${nameLevel(view)} dir="ltr">${ticker}</span></div>
    <p class="status" part="status" dir="auto" lang=${langOf(view, key)}>${withValue(message, ticker)}</p>
  </li>`;
}

export function cardTemplate(entry: Entry, view: View): TemplateResult {
  switch (entry.state) {
    case 'item':
      return itemCard(entry.item, view);
    case 'invalid':
      return problemCard(entry.ticker, 'invalid', 'invalidTicker', view);
    case 'unavailable':
      return problemCard(
        entry.ticker,
        'unavailable',
        entry.code === 'not_found' ? 'notFoundTicker' : entry.code === 'unsupported' ? 'unsupportedTicker' : 'unavailableTicker',
        view,
      );
  }
}

/** A placeholder shaped like a card, shown while its data loads. */
export function skeletonCard(): TemplateResult {
  return html`<li class="card skeleton" part="card skeleton" aria-hidden="true">
    <span class="bone bone-name"></span>
    <span class="bone bone-line"></span>
    <span class="bone bone-score"></span>
    <span class="bone bone-line"></span>
    <span class="bone bone-text"></span>
  </li>`;
}
