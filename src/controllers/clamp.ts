import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Lines an explanation shows before More (the styles' -webkit-line-clamp), the movement line's included. */
export const CLAMP_LINES = 4;

/**
 * Clamp and More: a card's explanation shows a few lines, and its More
 * button appears exactly when those lines hide text. Whether they do is
 * decided again whenever the text can re-wrap: after each render (new data,
 * a language change), when the text's box changes size (the element's width,
 * the text size, a reader's line height), and when web fonts finish loading
 * (a late font re-wraps text inside a box of the same size, which no
 * ResizeObserver reports): at `loadingdone`, and, for engines that fire no
 * font events (WebKitGTK), every 300 ms while `document.fonts` says it is
 * loading. Sizes are read in ResizeObserver callbacks, after layout, so the
 * check never forces a layout of its own.
 *
 * The card carries `data-overflows` while its More (or Less) would change
 * what the reader sees; an expanded text is checked against the lines it
 * would be cut to. The same watch gives a name its own line where its ticker
 * would leave it too little (see `stack`), in cards with an explanation.
 */
export class ClampController implements ReactiveController {
  /** Tickers whose explanation the reader expanded (More), shown in full. */
  readonly expanded = new Set<string>();
  #resize?: ResizeObserver;
  #poll?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly selector = '.explanation, .movement',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.fonts?.addEventListener('loadingdone', this.#recheck);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.#recheck);
    clearTimeout(this.#poll);
    this.#poll = undefined;
    this.#resize?.disconnect();
    this.#resize = undefined;
  }

  hostUpdated(): void {
    // An update that runs after removal (removed before its first update) watches nothing: hostDisconnected has been.
    if (!this.host.isConnected) return;
    // Cards with a movement line take its lines from the explanation's before the first paint: the card keeps its height.
    this.host.shadowRoot?.querySelectorAll<HTMLElement>('.card[data-moved]').forEach(fit);
    this.#recheck();
    this.#whileFontsLoad();
  }

  /** More/Less: one listener on the list hears every card's button. */
  onClick = (event: Event): void => {
    const ticker = (event.target as Element).closest?.('.more')?.closest<HTMLElement>('[data-ticker]')?.dataset.ticker;
    if (!ticker) return;
    if (!this.expanded.delete(ticker)) this.expanded.add(ticker);
    this.host.requestUpdate();
  };

  #whileFontsLoad(): void {
    if (this.#poll || document.fonts?.status !== 'loading') return;
    this.#poll = setTimeout(() => {
      this.#poll = undefined;
      this.#recheck();
      this.#whileFontsLoad();
    }, 300);
  }

  /** Observing anew makes the observer report every text after the next layout. */
  #recheck = (): void => {
    const texts = this.host.shadowRoot?.querySelectorAll<HTMLElement>(this.selector) ?? [];
    this.#resize?.disconnect();
    if (!texts.length) return;
    this.#resize ??= new ResizeObserver((entries) => {
      for (const { target } of entries) {
        const card = target.closest<HTMLElement>('.card');
        // The explanation is as wide as the card's head: its size tells when the head's width changed.
        stack(card?.querySelector<HTMLElement>('.head'));
        mark(card);
      }
    });
    for (const text of texts) this.#resize.observe(text);
  };
}

function lineHeight(text: Element): number {
  const computed = getComputedStyle(text);
  return parseFloat(computed.lineHeight) || 1.2 * parseFloat(computed.fontSize);
}

/**
 * The explanation's lines: four, less the movement line's. Set on the card
 * (`data-lines`); the movement line sits one level above the explanation, so
 * a change made here from a ResizeObserver callback is seen in the same frame.
 */
function fit(card: HTMLElement): number {
  const movement = card.querySelector('.movement');
  const text = card.querySelector('.explanation');
  if (!movement || !text) return CLAMP_LINES;
  const lines = Math.max(1, CLAMP_LINES - Math.round(movement.getBoundingClientRect().height / lineHeight(text)));
  if (card.dataset.lines !== String(lines)) card.dataset.lines = String(lines);
  return lines;
}

/**
 * A long name gives way to its ticker with an ellipsis while the two share a
 * line. Where even a few letters of it (its 2.5em) would not fit beside the
 * ticker, the ticker goes below it, and the name, alone on its line, is shown
 * whole (`data-stacked`). The head's width does not depend on it: no loop.
 */
function stack(head: HTMLElement | null | undefined): void {
  const name = head?.querySelector('.name');
  const ticker = head?.querySelector('.ticker');
  if (!head || !name || !ticker) return;
  const room = ticker.getBoundingClientRect().width + (parseFloat(getComputedStyle(head).columnGap) || 0);
  head.toggleAttribute('data-stacked', head.clientWidth < room + 2.5 * parseFloat(getComputedStyle(name).fontSize));
}

function mark(card: HTMLElement | null): void {
  const text = card?.querySelector<HTMLElement>('.explanation');
  if (!card?.isConnected || !text) return;
  const lines = fit(card);
  // Against the lines it shows (or, expanded, would show): the same test whether or not it is cut now.
  card.toggleAttribute('data-overflows', text.scrollHeight > lines * lineHeight(text) + 1);
}
