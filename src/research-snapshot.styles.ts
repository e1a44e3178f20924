import { css } from 'lit';

/**
 * Public tokens are `--research-snapshot-*` custom properties, each read once
 * here with an inline fallback into a private `--_*` variable; themes set the
 * fallbacks.
 *
 * Sizes are those of layout.ts, written out (the minifier cannot read
 * interpolated CSS); test/layout.test.ts measures the rendered panel against
 * layout.ts, so the two cannot drift apart.
 */
export const styles = css`
  :host {
    /* light-dark() picks by color-scheme: light by default, dark for theme="dark", the reader's for theme="auto". */
    color-scheme: light;
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

    display: block;
    container-type: inline-size;
    font-family: var(--research-snapshot-font-family, inherit);
    font-size: var(--research-snapshot-font-size, 16px);
    color: var(--_fg);
    line-height: 1.4;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([transparent]) {
    --_bg: transparent;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  p {
    margin: 0;
  }
  .panel {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Horizontal spacing is the publisher's; vertical spacing is fixed, so that the reserved height holds. */
    padding: 0.75em var(--_space);
  }
  :host([transparent]) .panel {
    border-color: transparent;
  }
  .heading {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .subheading {
    margin: 0.125em 0 0.75em;
    color: var(--_muted);
    font-size: 0.875em;
    height: 2.8em;
  }
  .subheading,
  .footer,
  .explanation,
  .coverage,
  .status {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .subheading {
    -webkit-line-clamp: 2;
  }
  .body {
    position: relative;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em var(--_space);
    grid-template-columns: repeat(var(--_cols), minmax(0, 1fr));
  }
  @container (min-width: 520px) {
    .cards {
      --_cols: 2;
    }
  }
  @container (min-width: 820px) {
    .cards {
      --_cols: 3;
    }
  }
  @container (min-width: 1100px) {
    .cards {
      --_cols: 4;
    }
  }
  .card {
    font-size: 0.875em;
    display: grid;
    grid-template-rows: 1.5em 1.4em 2.4em 2.8em 5.6em 3.9em 1.6em;
    grid-template-columns: minmax(0, 1fr);
    row-gap: 0.4em;
    padding: 0.85em;
    background: var(--_card-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .card[data-expanded] {
    grid-template-rows: 1.5em 1.4em 2.4em 2.8em auto 3.9em 1.6em;
  }
  .ghost {
    visibility: hidden;
  }
  .head {
    grid-row: 1;
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    min-width: 0;
    line-height: 1.5em;
  }
  .name {
    font-size: 1.0714em;
    line-height: 1.4;
    font-weight: 700;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .ticker {
    flex: none;
    font-size: 0.9286em;
    font-weight: 600;
    color: var(--_muted);
    letter-spacing: 0.02em;
  }
  .sector {
    grid-row: 2;
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .score {
    grid-row: 3;
    display: flex;
    align-items: center;
    gap: 0.6em;
    --_grade: var(--_moderate);
  }
  .score[data-grade='strong'] {
    --_grade: var(--_strong);
  }
  .score[data-grade='weak'] {
    --_grade: var(--_weak);
  }
  .score[data-grade='poor'] {
    --_grade: var(--_poor);
  }
  .score-value {
    font-size: 1.6em;
    line-height: 1.3;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    min-width: 2.2ch;
  }
  meter {
    flex: 1;
    min-width: 3em;
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
    white-space: nowrap;
  }
  .price {
    grid-row: 4;
    font-variant-numeric: tabular-nums;
  }
  .price-line {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.6em;
    height: 1.4em;
    overflow: hidden;
  }
  .price-value {
    font-weight: 700;
  }
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
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .explanation {
    grid-row: 5;
    -webkit-line-clamp: 4;
  }
  .card[data-expanded] .explanation {
    -webkit-line-clamp: unset;
    display: block;
  }
  .coverage {
    grid-row: 6;
    color: var(--_muted);
    line-height: 1.3;
    -webkit-line-clamp: 3;
  }
  .actions {
    grid-row: 7;
    display: flex;
    gap: 1em;
    align-items: center;
    white-space: nowrap;
    overflow: hidden;
  }
  .link {
    color: var(--_accent);
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .more {
    display: none;
    font: inherit;
    padding: 0;
    color: var(--_accent);
    background: none;
    border: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .card[data-overflows] .more,
  .card[data-expanded] .more {
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
  .message {
    position: absolute;
    inset: 0 0 auto;
    color: var(--_muted);
  }
  .message p {
    margin-bottom: 0.5em;
  }
  .retry {
    font: inherit;
    font-size: 0.875em;
    padding: 0.25em 0.75em;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .stale {
    font-weight: 700;
  }
  .footer {
    margin-top: 0.75em;
    font-size: 0.75em;
    color: var(--_muted);
    height: 4.2em;
    -webkit-line-clamp: 3;
  }
  @container (min-width: 640px) {
    .footer {
      height: 2.8em;
      -webkit-line-clamp: 2;
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
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* Compact: one line per company (name, score and label, change); the rest stays readable to screen readers. */
  :host([layout='compact']) .cards {
    --_cols: 1;
    gap: 0.375em;
  }
  :host([layout='compact']) .card {
    grid-template-rows: 2.2em;
    /* Each of ticker, score with label, and change keeps a share; what does not fit ends in an ellipsis. */
    grid-template-columns: minmax(4.2em, 1fr) minmax(2.6em, auto) minmax(5.6em, max-content);
    column-gap: 0.6em;
    align-items: center;
    padding: 0.6em 0.85em;
  }
  :host([layout='compact']) .card > * {
    grid-row: 1;
  }
  :host([layout='compact']) .head {
    overflow: hidden;
  }
  :host([layout='compact']) .ticker {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  :host([layout='compact']) .score {
    gap: 0.4em;
    min-width: 0;
  }
  :host([layout='compact']) .score-value {
    flex: none;
    white-space: nowrap;
  }
  :host([layout='compact']) .label {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  :host([layout='compact']) .score-value {
    font-size: 1.15em;
  }

  :host([layout='compact']) .price {
    display: contents;
  }
  :host([layout='compact']) .price-line {
    grid-column: 3;
    height: auto;
    flex-wrap: nowrap;
    min-width: 0;
  }
  :host([layout='compact']) .change {
    display: block;
    min-width: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  :host([layout='compact']) .status {
    grid-column: 2 / -1;
    font-size: 0.8em;
    line-height: 1.3;
    -webkit-line-clamp: 2;
  }
  /* A narrow sidebar: the ticker stands for the company (the name stays for screen readers). */
  @container (max-width: 379.98px) {
    :host([layout='compact']) .problem .status {
      grid-column: 1 / -1;
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
  :host([layout='compact']) :is(.sector, meter, .price-value, .price-time, .explanation, .coverage, .words, .bone:not(.bone-name)) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
    .card {
      grid-template-rows: 1.5em 1.4em 2.4em 2.8em auto 3.9em 1.6em;
    }
    .explanation {
      -webkit-line-clamp: unset;
      display: block;
    }
  }
`;
