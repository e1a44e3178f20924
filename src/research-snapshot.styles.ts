import { css } from 'lit';

/**
 * Public tokens are `--research-snapshot-*` custom properties, each read once
 * here with an inline fallback into a private `--_*` variable; themes set the
 * fallbacks.
 *
 * Reserve, never clip: every row has a minimum height (the numbers of
 * layout.ts, written out, since the minifier cannot read interpolated CSS), so
 * at default settings the panel is exactly the size reserved for it; when text
 * needs more room (a reader's text size or spacing, a late web font, long data)
 * the row grows. Nothing is cut but a long company name (its ticker stays) and
 * the explanation (while More shows the rest). test/layout.test.ts measures the
 * rendered panel against layout.ts, and test/clipping.test.ts looks for any
 * text that is cut or overlapped.
 *
 * No rule inside sets a line height or letter spacing of its own: a reader's
 * text-spacing override on the page reaches the host and, from there, every text.
 */
export const styles = css`
  :host {
    --_bg: var(--research-snapshot-background, light-dark(#ffffff, #16191d));
    --_fg: var(--research-snapshot-color, light-dark(#1a1d21, #e8eaed));
    --_muted: var(--research-snapshot-muted-color, light-dark(#51575f, #a9b0b8));
    --_border: var(--research-snapshot-border-color, light-dark(#d5d9de, #3c434b));
    --_card-bg: var(--research-snapshot-card-background, light-dark(#f7f8fa, #1f2328));
    --_accent: var(--research-snapshot-accent-color, light-dark(#0b57d0, #8ab4f8));
    --_up: var(--research-snapshot-gain-color, light-dark(#146c2e, #6dd58c));
    --_down: var(--research-snapshot-loss-color, light-dark(#b3261e, #f28b82));
    --_track: var(--research-snapshot-meter-track-color, light-dark(#d5d9de, #3c434b));
    --_strong: var(--research-snapshot-strong-color, light-dark(#146c2e, #6dd58c));
    --_moderate: var(--research-snapshot-moderate-color, light-dark(#0b57d0, #8ab4f8));
    --_weak: var(--research-snapshot-weak-color, light-dark(#975700, #f6b36b));
    --_poor: var(--research-snapshot-poor-color, light-dark(#b3261e, #f28b82));
    --_radius: var(--research-snapshot-radius, 8px);
    --_space: var(--research-snapshot-spacing, 0.75em);
    --_edge: var(--research-snapshot-meter-edge-color, light-dark(#848c95, #6b737c));
    --_cols: 1;

    /* What a page's body typography would otherwise pass down (text-transform, text-align, letter and word spacing, white-space, font style and weight…) starts from its initial value; a reader's "* { … !important }" still applies to the host and reaches every text from there. */
    all: initial;
    visibility: inherit;
    display: block;
    /* Layout follows the element's own width; in a shrink-to-fit box (float, flex item, inline-block) it is one card wide, never wider than its container. */
    container-type: inline-size;
    contain-intrinsic-inline-size: 20em;
    max-width: 100%;
    min-width: 0;
    /* The page's font family; the reader's default size (initial: medium), not the page's root size. */
    font-family: var(--research-snapshot-font-family, inherit);
    font-size: var(--research-snapshot-font-size, medium);
    line-height: 1.4;
    color: var(--_fg);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  /* Text isolated in its own direction keeps to the panel's side: an English sector in a Hebrew card aligns right, as the rest of the card does. */
  [dir='auto'] {
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  p {
    margin: 0;
  }
  .panel {
    /* An atomic inline box: a page's text-decoration (body { text-decoration: underline }) does not reach inside. */
    display: inline-block;
    vertical-align: top;
    width: 100%;
    /* light-dark() picks by color-scheme: light by default, dark for theme="dark"; theme="auto" follows the page's declared scheme, else the reader's. */
    color-scheme: light;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Horizontal spacing is the publisher's; vertical spacing is fixed, so that the reserved height holds. */
    padding: 0.75em var(--_space);
  }
  :host([theme='dark']) .panel {
    color-scheme: dark;
  }
  :host([theme='auto']) .panel {
    color-scheme: light dark;
  }
  /* The page's declared scheme, for theme="auto" and transparent panels (see PageSchemeController); "both" follows the reader, as such a page does. */
  :host .panel[data-scheme='both'] {
    color-scheme: light dark;
  }
  :host .panel[data-scheme='dark'] {
    color-scheme: dark;
  }
  :host .panel[data-scheme='light'] {
    color-scheme: light;
  }
  /* Not shown in a scheme that may be the wrong one: its space stays. */
  :host .panel[data-scheme='pending'] {
    visibility: hidden;
  }
  :host([transparent]) .panel {
    --_bg: transparent;
    border-color: transparent;
  }
  .heading {
    font-size: 1.125em;
    font-weight: 700;
  }
  /* While the catalog loads, its space is kept and no English stands in for a moment. */
  .waiting {
    visibility: hidden;
  }
  /* A long unbroken word (a heading, a provider's name) wraps rather than push the page sideways. */
  .panel-head,
  .footer {
    overflow-wrap: anywhere;
  }
  /* Text in another language (the brand name in English) may have another font: aligned to the line's top, it does not make the line taller. */
  .heading [lang] {
    vertical-align: top;
  }
  .subheading {
    margin: 0.125em 0 0.75em;
    color: var(--_muted);
    font-size: 0.875em;
    min-height: 2.8em;
  }
  .body {
    position: relative;
    display: grid;
  }
  .body > * {
    grid-area: 1 / 1;
  }
  .cards[hidden] {
    display: none;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em var(--_space);
    grid-template-columns: repeat(var(--_cols), minmax(0, 1fr));
  }
  /* Breakpoints in em of the panel's text: larger text, fewer columns. */
  @container (min-width: 32.5em) {
    .cards {
      --_cols: 2;
    }
  }
  @container (min-width: 51.25em) {
    .cards {
      --_cols: 3;
    }
  }
  @container (min-width: 68.75em) {
    .cards {
      --_cols: 4;
    }
  }
  .card {
    font-size: 0.875em;
    display: grid;
    /* Minimum heights: name, sector, score, price (2 lines), explanation (4 lines), coverage note (3 lines), actions. */
    grid-template-rows:
      minmax(1.5em, auto) minmax(1.4em, auto) minmax(2.4em, auto) minmax(2.8em, auto)
      minmax(5.6em, auto) minmax(4.2em, auto) minmax(1.6em, auto);
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    row-gap: 0.4em;
    padding: 0.85em;
    background: var(--_card-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .ghost {
    visibility: hidden;
  }
  .head {
    grid-row: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
    min-width: 0;
  }
  .name {
    font-size: 1.0714em;
    font-weight: 700;
  }
  /* A long name gives way, with an ellipsis, to its ticker; the ticker moves below it only when even a few letters of the name would not fit. */
  .name:not(:only-child) {
    flex: 1 1 0;
    width: 0;
    min-width: 2.5em;
    max-width: max-content;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* Where the ticker goes below the name (very large text), the name is alone on its line, and whole. */
  :host(:not([layout='compact'])) .head[data-stacked] .name:not(:only-child) {
    flex-basis: 100%;
    max-width: none;
    white-space: normal;
    overflow: visible;
  }
  .ticker {
    flex: none;
    /* A symbol is never broken (12 characters fit in the narrowest panel). */
    white-space: nowrap;
    overflow-wrap: normal;
    font-size: 0.9286em;
    font-weight: 600;
    color: var(--_muted);
  }
  .sector {
    grid-row: 2;
    color: var(--_muted);
  }
  .score {
    grid-row: 3;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.6em;
  }
  .score,
  .trend {
    --_grade: var(--_moderate);
  }
  .score-name {
    color: var(--_muted);
  }
  :host(:not([layout='compact'])) .score {
    container-type: inline-size;
  }
  /* The compact line's change of score; the full card has the whole sentence. */
  .score-change {
    display: none;
  }
  [data-grade='strong'] {
    --_grade: var(--_strong);
  }
  [data-grade='weak'] {
    --_grade: var(--_weak);
  }
  [data-grade='poor'] {
    --_grade: var(--_poor);
  }
  .score-value {
    font-size: 1.6em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    min-width: 2.2ch;
  }
  /* The meter takes the room the name, number and label leave; where that is too little, it is only heard (see below). */
  meter {
    flex: 1 1 0;
    min-width: 0;
    height: 0.6em;
    appearance: none;
    -webkit-appearance: none;
    box-sizing: border-box;
    /* The edge marks where 100 is, at 3:1 or more against the card. */
    border: 1px solid var(--_edge);
    border-radius: 0.3em;
    background: var(--_track);
  }
  meter::-webkit-meter-bar {
    height: 100%;
    border: 0;
    border-radius: 0.3em;
    background: var(--_track);
  }
  meter::-webkit-meter-optimum-value,
  meter::-webkit-meter-suboptimum-value,
  meter::-webkit-meter-even-less-good-value {
    border-radius: 0.3em;
    background: var(--_grade);
  }
  meter::-moz-meter-bar {
    border-radius: 0.3em;
    background: var(--_grade);
  }
  .label {
    font-weight: 700;
    color: var(--_grade);
  }
  .price {
    grid-row: 4;
    font-variant-numeric: tabular-nums;
  }
  /* Price and change share a line while they fit; the change takes the next line when they do not. */
  .price-line {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.6em;
  }
  .price-value,
  .change {
    font-weight: 700;
  }
  .change[data-direction='up'] {
    color: var(--_up);
  }
  .change[data-direction='down'] {
    color: var(--_down);
  }
  .arrow {
    font-size: 0.75em;
  }
  .price-time {
    color: var(--_muted);
  }
  /* The movement line, then the explanation in the lines it leaves of four, so that the card keeps its height. */
  .about {
    grid-row: 5;
    min-width: 0;
  }
  /* How the score moved: the trend line, then what changed; it takes lines from the explanation's four. */
  .movement {
    color: var(--_muted);
  }
  .trend {
    display: inline-block;
    width: 3em;
    height: 1em;
    /* Within the line's text: the line is no taller for it. */
    vertical-align: text-bottom;
    margin-inline-end: 0.4em;
    overflow: visible;
    color: var(--_grade);
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5px;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .explanation {
    /* Cut at a whole line; the clamp controller shows More exactly when this hides text. */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  /* The lines the movement line leaves: the clamp controller counts them (one is assumed until it has). */
  .card[data-moved] .explanation,
  .card[data-lines='3'] .explanation {
    -webkit-line-clamp: 3;
  }
  .card[data-lines='2'] .explanation {
    -webkit-line-clamp: 2;
  }
  .card[data-lines='1'] .explanation {
    -webkit-line-clamp: 1;
  }
  .card[data-expanded] .explanation {
    -webkit-line-clamp: unset;
    display: block;
  }
  .coverage {
    grid-row: 6;
    color: var(--_muted);
  }
  .actions {
    grid-row: 7;
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
    align-items: center;
  }
  .link {
    color: var(--_accent);
  }
  /* Buttons take the panel's text, the reader's spacing included. */
  .more,
  .retry {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  .more {
    display: none;
    /* At the end of the row, after the link: showing it moves nothing. */
    margin-inline-start: auto;
    padding: 0;
    color: var(--_accent);
    background: none;
    border: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .card[data-overflows] .more {
    display: inline;
  }
  .link:focus-visible,
  .more:focus-visible,
  .retry:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .status {
    grid-row: 2 / -1;
    color: var(--_muted);
  }
  /* In the space of the cards it replaces; within one compact card's space when it fits on a line. */
  .message {
    /* Above the invisible placeholder cards that share its place: Try again takes the pointer. */
    position: relative;
    z-index: 1;
    align-self: start;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .retry {
    font-size: 0.875em;
    padding: 0.2em 0.75em;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .stale {
    /* A block of its own: a bold inline box could make its line box taller than the line height. */
    display: block;
    font-weight: 700;
  }
  .footer {
    margin-top: 0.75em;
    font-size: 0.75em;
    color: var(--_muted);
    min-height: 4.2em;
  }
  @container (min-width: 40em) {
    .footer {
      min-height: 2.8em;
    }
  }
  .bone {
    display: block;
    border-radius: 0.3em;
    background: var(--_track);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .bone-name {
    width: 55%;
    margin: 0.25em 0;
  }
  .bone-line {
    width: 40%;
    margin: 0.2em 0;
  }
  .bone-score {
    margin: 0.8em 0;
  }
  .bone-text {
    grid-row: 5;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  @container (width < 19em) {
    meter {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  }
  .visually-hidden,
  :host([layout='compact']) :is(.sector, meter, .price-value, .price-time, .movement, .explanation, .coverage, .bone:not(.bone-name)) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
    min-height: 0;
  }

  /* Compact: one line per company (ticker, score and label, the whole change) while they fit, a second where they do not; the rest stays readable to screen readers. */
  :host([layout='compact']) .cards {
    --_cols: 1;
    gap: 0.375em;
  }
  :host([layout='compact']) .card {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    align-content: center;
    gap: 0.2em 0.5em;
    /* 2.2em of content and its padding, as layout.ts reserves. */
    min-height: calc(3.4em + 2px);
    padding: 0.6em 0.85em;
  }
  :host([layout='compact']) .head {
    /* Grows into the free space, never narrower than the ticker. */
    flex: 1 1 0;
    min-width: auto;
  }
  :host([layout='compact']) .score {
    gap: 0.25em;
  }
  :host([layout='compact']) .score-value {
    font-size: 1.15em;
  }
  :host([layout='compact']) .about {
    display: contents;
  }
  :host([layout='compact']) .score-name {
    display: none;
  }
  :host([layout='compact']) .score-change {
    display: inline;
    font-size: 0.8em;
    font-weight: 700;
  }
  :host([layout='compact']) .price {
    display: contents;
  }
  :host([layout='compact']) .price-line {
    margin-inline-start: auto;
  }
  :host([layout='compact']) .status {
    flex: 1 1 12em;
    font-size: 0.8em;
  }
  /* A narrow sidebar: the ticker stands for the company (the name stays for screen readers). */
  @container (width < 23.75em) {
    /* Room for the score's change: the price change keeps its sign, and its arrow is only a picture of it. */
    :host([layout='compact']) .card:has(.score-change) .arrow {
      display: none;
    }
    :host([layout='compact']) .problem .status {
      flex-basis: 100%;
    }
    :host([layout='compact']) .problem .head,
    :host([layout='compact']) .name:not(:only-child) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  :host([layout='compact']) .actions {
    display: none;
  }

  @media (forced-colors: active) {
    .panel,
    .card {
      border-color: CanvasText;
    }
    .change,
    .label,
    .link,
    .more {
      color: CanvasText;
      forced-color-adjust: auto;
    }
    .bone {
      background: GrayText;
    }
    .trend {
      color: CanvasText;
    }
    meter,
    meter::-webkit-meter-bar {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
    meter::-webkit-meter-optimum-value,
    meter::-webkit-meter-suboptimum-value,
    meter::-webkit-meter-even-less-good-value {
      background: CanvasText;
    }
    meter::-moz-meter-bar {
      background: CanvasText;
    }
  }

  /* No script to expand them: explanations are shown in full. */
  @media (scripting: none) {
    .explanation {
      -webkit-line-clamp: unset;
      display: block;
    }
  }

  /* On paper: the data in full, in the light palette, without controls; a panel with no data yet prints nothing. */
  @media print {
    .panel {
      color-scheme: light !important;
    }
    .panel[data-empty] {
      display: none;
    }
    .explanation {
      -webkit-line-clamp: unset;
      display: block;
    }
    .more,
    .retry {
      display: none !important;
    }
  }
`;
