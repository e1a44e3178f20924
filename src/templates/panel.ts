import { html, nothing, type TemplateResult } from 'lit';
import { formatTime } from '../format/dates.js';
import type { View } from './view.js';
import type { Voice } from '../announce.js';
import { withValue } from './bidi.js';
import en from '../locales/en.js';
import { langOf } from './marked.js';

export interface PanelText {
  heading?: string;
  subheading?: string;
  footer?: string;
  provider?: string;
  /** The provider's language: the response's when it names the provider, else the page's (the attribute's). */
  providerLang?: string;
}

/** A text the publisher gave (an attribute), marked with the page's language where the content is in another. */
const own = (value: string | undefined, view: View) =>
  value?.trim() && view.pageLang ? html`<span lang=${view.pageLang}>${value.trim()}</span>` : value?.trim();

export interface PanelState {
  /** The data is on its way. */
  busy?: boolean;
  /** No card holds data (loading or failed): nothing worth printing. */
  empty?: boolean;
  /** Takes the sub-heading's place (the stale note). */
  notice?: unknown;
  /** A failed panel that gave its space back: heading, message, Try again and footer only. */
  shrunk?: boolean;
}

/**
 * The frame around the cards: heading and sub-heading on top, footer below.
 * Each piece is a slot whose fallback is the attribute's text or the default,
 * isolated in a span of its own direction: `dir="auto"` does not look into a
 * slot's fallback, so on the piece itself it would miss the text, while the
 * piece keeps the panel's direction and alignment. The brand name, which the
 * catalogs keep in English, is marked so.
 */
export function panelTemplate(view: View, text: PanelText, body: unknown, { busy, empty, notice, shrunk }: PanelState): TemplateResult {
  const { t } = view;
  const heading = own(text.heading, view);
  // While the catalog loads, its words keep their space hidden: no English for a moment. The publisher's own texts show.
  const waiting = (given: unknown) => (view.pending && !given ? 'waiting' : nothing);
  // A group, not a landmark: a page may hold several panels, and the publisher decides on landmarks.
  return html`<div
    class="panel"
    part="panel"
    role="group"
    aria-labelledby="heading"
    aria-busy=${busy ? 'true' : 'false'}
    ?data-empty=${empty}
    data-scheme=${view.scheme ?? nothing}
    lang=${view.lang}
    dir=${view.dir ?? nothing}
  >
    <div class="panel-head">
      <div id="heading" class="heading" part="heading" role="heading" tabindex="-1" aria-level=${view.level}>
        <slot name="heading"
          ><span
            class=${waiting(heading)}
            dir="auto"
            lang=${heading ? nothing : t.heading === en.heading && view.lang.split('-')[0] !== 'en' ? 'en' : langOf(view, 'heading')}
            >${heading || t.heading}</span
          ></slot
        >
      </div>
      ${
        shrunk
          ? nothing
          : html`<p class="subheading" part="subheading">
              ${
                notice ??
                html`<slot name="subheading"
                  ><span
                    class=${waiting(text.subheading?.trim())}
                    dir="auto"
                    lang=${text.subheading?.trim() ? nothing : langOf(view, 'subheading')}
                    >${own(text.subheading, view) || t.subheading}</span
                  ></slot
                >`
              }
            </p>`
      }
    </div>
    ${body}
    <p class="footer" part="footer">
      <slot name="footer"
        ><span class=${waiting(text.footer?.trim())} dir="auto" lang=${text.footer?.trim() ? nothing : langOf(view, 'footer')}
          >${own(text.footer, view) || withValue((provider) => t.footer(provider), text.provider, text.providerLang)}</span
        ></slot
      >
    </p>
  </div>`;
}

/** The list of cards; `onClick` hears every card's buttons (one listener, not one per card). `empty`: a list with nothing in it, left out. */
export function cardList(
  cards: unknown,
  extra: unknown = nothing,
  onClick?: (event: Event) => void,
  empty = false,
  placeholders = false,
): TemplateResult {
  // Placeholders only (a failure that keeps its space): no list for assistive technology either.
  return html`<div class="body">
    ${extra}
    <ul class="cards" part="cards" role="list" @click=${onClick} ?hidden=${empty} aria-hidden=${placeholders ? 'true' : nothing}>
      ${cards}
    </ul>
  </div>`;
}

/**
 * A message in place of the cards. `count` invisible placeholder cards keep
 * the panel the size it had while loading, so a failure does not move the
 * page; once moving it is safe, the panel is given none and shrinks.
 */
export function messageTemplate(message: unknown, count: number, live: unknown = nothing): TemplateResult {
  // The same elements whether or not the space is kept: nothing is announced again, and focus stays on Try again.
  return cardList(
    Array.from({ length: count }, () => html`<li class="card ghost" aria-hidden="true"></li>`),
    // In the panel's direction; its text has its own. The live region, if any, beside it.
    html`${live}
      <div class="message" part="message">${message}</div>`,
    undefined,
    !count,
    true,
  );
}

/** What a failure message says: that loading failed, or (Try again under way) that it is loading. */
const failureWords = (view: View, retrying: boolean) => ({
  lang: langOf(view, retrying ? 'loading' : 'loadFailed'),
  words: retrying ? view.t.loading : view.t.loadFailed,
});

/**
 * Where the panel says its failure aloud (`voice`): a polite live region that
 * holds its words for assistive technology (see failureMessage).
 */
export function failureVoice(view: View, retrying: boolean, voice: Voice): TemplateResult | typeof nothing {
  const { lang, words } = failureWords(view, retrying);
  return voice ? html`<p class="visually-hidden" role="status" dir="auto" lang=${lang}>${voice === 'said' ? words : ''}</p>` : nothing;
}

/**
 * The whole request failed: say so, and offer to try again. Where the panel
 * says it aloud (`voice`, failureVoice), the text on screen is not read a second time.
 */
export function failureMessage(view: View, onRetry: (() => void) | undefined, retrying: boolean, voice: Voice): TemplateResult {
  const { lang, words } = failureWords(view, retrying);
  return html`<p dir="auto" lang=${lang} aria-hidden=${voice ? 'true' : nothing}>${words}</p>
    ${
      onRetry
        ? html`<button
            type="button"
            class="retry"
            part="retry"
            dir="auto"
            lang=${langOf(view, 'retry')}
            aria-disabled=${retrying ? 'true' : 'false'}
            @click=${onRetry}
          >
            ${view.t.retry}
          </button>`
        : nothing
    }`;
}

/**
 * A refresh failed: the data on screen is older, from `since`. It takes the
 * sub-heading's place, which has the room, so the panel does not grow.
 */
export function staleNote(view: View, since: number): TemplateResult {
  return html`<span class="stale" part="stale" dir="auto" lang=${langOf(view, 'stale')}
    >${view.t.stale(formatTime(since, view.locale, view.now))}</span
  >`;
}

export function loadingStatus(view: View): TemplateResult {
  // Nothing in English while the panel's own words are on their way.
  return html`<p class="visually-hidden" role="status" dir="auto" lang=${langOf(view, 'loading')}>
    ${view.pending ? '' : view.t.loading}
  </p>`;
}
