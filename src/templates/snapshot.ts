import { html, nothing, type TemplateResult } from 'lit';
import { langOf } from './marked.js';
import { entriesFor } from '../data/entries.js';
import type { TickerToken } from '../data/tickers.js';
import type { LoadState } from '../data/state.js';
import { cardTemplate, skeletonCard } from './card.js';
import {
  cardList,
  failureMessage,
  failureVoice,
  loadingStatus,
  messageTemplate,
  panelTemplate,
  staleNote,
  type PanelText,
} from './panel.js';
import type { View } from './view.js';
import type { Voice } from '../announce.js';

export interface SnapshotView {
  /** What the data says; shown as loading until the panel's words are here too (`ready`). */
  state: LoadState;
  ready: boolean;
  tokens: readonly TickerToken[];
  /** The attributes' texts; the provider a response names wins over the attribute's. */
  text: PanelText;
  /** A failed panel that gave its space back. */
  shrunk: boolean;
  /** How a failure is spoken (see AnnounceController). */
  voice?: Voice;
  /** Try again; none where nothing could be asked again. */
  onRetry?: () => void;
  onCardClick: (event: Event) => void;
}

/**
 * The whole panel as one named state: loading (a skeleton per ticker),
 * cards, or a failure (with Try again, which may be under way). Adding a
 * state is a LoadState variant and a case here.
 */
export function snapshotTemplate(
  view: View,
  { state, ready, tokens, text: given, shrunk, voice, onRetry, onCardClick }: SnapshotView,
): TemplateResult {
  const shown: LoadState = ready ? state : { status: 'loading' };
  // The endpoint's texts are in its language, when it says; else in none claimed.
  if (state.status === 'complete') view = { ...view, dataLang: state.data.lang ?? '' };
  const fromData = state.status === 'complete' ? state.data.provider : undefined;
  const text = { ...given, provider: fromData || given.provider, providerLang: fromData ? view.dataLang : view.pageLang };
  switch (shown.status) {
    case 'loading': {
      // An invalid ticker says so as soon as the words are here.
      const skeletons = tokens.map((t) =>
        t.valid || !ready ? skeletonCard() : cardTemplate({ state: 'invalid', ticker: t.ticker }, view),
      );
      // Skeletons alone are no list for assistive technology (the status says it is loading).
      const placeholders = tokens.every((t) => t.valid || !ready);
      return panelTemplate(view, text, cardList(skeletons, loadingStatus(view), undefined, false, placeholders), {
        busy: true,
        empty: true,
      });
    }
    case 'complete': {
      const cards = entriesFor(tokens, shown.data).map((entry) => cardTemplate(entry, view));
      const notice = shown.stale ? staleNote(view, shown.stale.since) : undefined;
      return panelTemplate(view, text, cardList(cards, nothing, onCardClick), { notice });
    }
    case 'error':
    case 'retrying': {
      const config = shown.error.kind === 'config';
      const retrying = shown.status === 'retrying';
      const message = config
        ? html`<p dir="auto" lang=${langOf(view, 'unavailable')}>${view.t.unavailable}</p>`
        : failureMessage(view, onRetry, retrying, voice);
      const live = config ? nothing : failureVoice(view, retrying, voice);
      return panelTemplate(view, text, messageTemplate(message, shrunk ? 0 : tokens.length, live), { empty: true, shrunk });
    }
  }
}
