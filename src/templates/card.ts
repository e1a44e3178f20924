import { html, nothing, type TemplateResult } from 'lit';
import type { Entry } from '../data/entries.js';
import type { SnapshotItem } from '../data/types.js';
import { formatPriceTime } from '../format/dates.js';
import { messages } from '../format/messages.js';
import { changeDirection, formatChange, formatPrice, formatScore } from '../format/numbers.js';
import { coverageNote, explanation, scoreGrade, scoreLabel } from '../format/words.js';

/**
 * Cards are pure functions of validated data. Every value from the endpoint
 * goes into a text node or a plain attribute, never into markup.
 */

const ARROWS = { up: '▲', down: '▼', flat: '■' } as const;

function score(item: SnapshotItem): TemplateResult | typeof nothing {
  if (item.score === undefined) return nothing;
  const value = formatScore(item.score);
  const label = scoreLabel(item) ?? '';
  return html`<div class="score" part="score" data-grade=${scoreGrade(item)}>
    <span class="score-value" aria-hidden="true">${value}</span>
    <meter
      part="meter"
      min="0"
      max="100"
      low="40"
      high="80"
      optimum="100"
      .value=${item.score}
      aria-label=${messages.scoreName}
      aria-valuetext=${messages.scoreValueText(value, label)}
    ></meter>
    <span class="label" part="label" aria-hidden="true">${label}</span>
  </div>`;
}

function price(item: SnapshotItem): TemplateResult | typeof nothing {
  const time = item.priceAsOf ? formatPriceTime(item.priceAsOf, item.timeZone) : undefined;
  if (item.price === undefined && item.changePercent === undefined && !time) return nothing;
  let change: TemplateResult | typeof nothing = nothing;
  if (item.changePercent !== undefined) {
    const direction = changeDirection(item.changePercent);
    change = html`<span class="change" part="change" data-direction=${direction}
      ><span class="arrow" aria-hidden="true">${ARROWS[direction]}</span>
      ${messages.change(formatChange(item.changePercent))}</span
    >`;
  }
  return html`<p class="price" part="price">
    ${item.price === undefined
      ? nothing
      : html`<span class="price-value">${formatPrice(item.price, item.currency)}</span>`}
    ${change}
    ${time
      ? html`<span class="price-time"><time datetime=${item.priceAsOf!}>${messages.priceAt(time)}</time></span>`
      : nothing}
  </p>`;
}

function itemCard(item: SnapshotItem): TemplateResult {
  const sentence = explanation(item);
  const note = coverageNote(item);
  return html`<li class="card" part="card" data-ticker=${item.ticker} data-state="item">
    <div class="card-head">
      <h3 class="name" part="name">${item.name ?? item.ticker}</h3>
      ${item.name ? html`<span class="ticker" part="ticker">${item.ticker}</span>` : nothing}
    </div>
    ${item.sector ? html`<p class="sector" part="sector">${item.sector}</p>` : nothing}
    ${score(item)} ${price(item)}
    ${sentence ? html`<p class="explanation" part="explanation">${sentence}</p>` : nothing}
    ${note ? html`<p class="coverage" part="coverage">${note}</p>` : nothing}
    ${item.url
      ? html`<a class="link" part="link" href=${item.url} target="_blank" rel="noopener noreferrer"
          >${messages.moreLink(item.ticker)}</a
        >`
      : nothing}
  </li>`;
}

const PROBLEMS = {
  invalid: messages.invalidTicker,
  unavailable: messages.unavailableTicker,
  not_found: messages.notFoundTicker,
  unsupported: messages.unsupportedTicker,
};

function problemCard(ticker: string, state: 'invalid' | 'unavailable', message: string): TemplateResult {
  return html`<li class="card problem" part="card" data-ticker=${ticker} data-state=${state}>
    <div class="card-head"><h3 class="name" part="name">${ticker}</h3></div>
    <p class="status" part="status">${message}</p>
  </li>`;
}

export function cardTemplate(entry: Entry): TemplateResult {
  switch (entry.state) {
    case 'item':
      return itemCard(entry.item);
    case 'invalid':
      return problemCard(entry.ticker, 'invalid', PROBLEMS.invalid(entry.ticker));
    case 'unavailable':
      return problemCard(entry.ticker, 'unavailable', PROBLEMS[entry.code](entry.ticker));
  }
}

/** A placeholder shaped like a card, shown while its data loads. */
export function skeletonCard(): TemplateResult {
  return html`<li class="card skeleton" part="skeleton" aria-hidden="true">
    <div class="card-head"><span class="bone bone-name"></span></div>
    <span class="bone bone-line"></span>
    <span class="bone bone-score"></span>
    <span class="bone bone-line"></span>
    <span class="bone bone-text"></span>
    <span class="bone bone-text short"></span>
  </li>`;
}
