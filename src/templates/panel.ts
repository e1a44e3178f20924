import { html, nothing, type TemplateResult } from 'lit';
import { formatTime } from '../format/dates.js';
import { messages } from '../format/messages.js';

export interface PanelText {
  heading?: string;
  subheading?: string;
  provider?: string;
}

/**
 * The frame around the cards: heading and sub-heading on top, footer below.
 * Each piece is a slot whose fallback is the attribute's text or the default.
 */
export function panelTemplate(text: PanelText, body: unknown, busy: boolean): TemplateResult {
  return html`<section class="panel" part="panel" aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'}>
    <header class="panel-head">
      <h2 id="heading" class="heading" part="heading"><slot name="heading">${text.heading ?? messages.heading}</slot></h2>
      <p class="subheading" part="subheading"><slot name="subheading">${text.subheading ?? messages.subheading}</slot></p>
    </header>
    ${body}
    <footer class="footer" part="footer"><slot name="footer">${messages.footer(text.provider)}</slot></footer>
  </section>`;
}

export function cardList(cards: unknown): TemplateResult {
  return html`<ul class="cards" part="cards" role="list">${cards}</ul>`;
}

/** The whole request failed: say so, and offer to try again. */
export function failureTemplate(onRetry: (() => void) | undefined): TemplateResult {
  return html`<div class="message failure" part="message" role="alert">
    <p>${messages.loadFailed}</p>
    ${onRetry ? html`<button type="button" class="retry" part="retry" @click=${onRetry}>${messages.retry}</button>` : nothing}
  </div>`;
}

/** Not configured: a short, neutral line. */
export function unavailableTemplate(): TemplateResult {
  return html`<p class="message" part="message">${messages.unavailable}</p>`;
}

/** A refresh failed: the data on screen is older, from `since`. */
export function staleNote(since: number): TemplateResult {
  return html`<p class="stale" part="stale">${messages.stale(formatTime(since))}</p>`;
}

export function loadingStatus(): TemplateResult {
  return html`<p class="visually-hidden" role="status">${messages.loading}</p>`;
}
