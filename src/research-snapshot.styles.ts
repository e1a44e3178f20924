import { css } from 'lit';

/**
 * Public tokens are `--research-snapshot-*` custom properties, each read once
 * here with an inline fallback into a private `--_*` variable.
 */
export const styles = css`
  :host {
    --_bg: var(--research-snapshot-background, #ffffff);
    --_fg: var(--research-snapshot-color, #1a1d21);
    --_muted: var(--research-snapshot-muted-color, #545b64);
    --_border: var(--research-snapshot-border-color, #d5d9de);
    --_card-bg: var(--research-snapshot-card-background, #f7f8fa);
    --_accent: var(--research-snapshot-accent-color, #0b57d0);
    --_up: var(--research-snapshot-gain-color, #146c2e);
    --_down: var(--research-snapshot-loss-color, #b3261e);
    --_meter-track: var(--research-snapshot-meter-track-color, #d5d9de);
    --_strong: var(--research-snapshot-strong-color, #146c2e);
    --_moderate: var(--research-snapshot-moderate-color, #0b57d0);
    --_weak: var(--research-snapshot-weak-color, #a15c00);
    --_poor: var(--research-snapshot-poor-color, #b3261e);
    --_font: var(--research-snapshot-font-family, inherit);
    --_radius: var(--research-snapshot-radius, 8px);
    --_gap: var(--research-snapshot-spacing, 12px);

    display: block;
    container-type: inline-size;
    font-family: var(--_font);
    color: var(--_fg);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .panel {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  .heading {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .subheading {
    margin: 2px 0 var(--_gap);
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 6px;
    min-width: 0;
    min-height: 11.5rem;
    padding: var(--_gap);
    background: var(--_card-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .card > * {
    margin: 0;
  }
  .card-head {
    display: flex;
    align-items: baseline;
    gap: 8px;
    min-width: 0;
  }
  .name {
    margin: 0;
    font-size: 1rem;
    line-height: 1.3;
  }
  .ticker {
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_muted);
    letter-spacing: 0.02em;
  }
  .sector,
  .price-time,
  .coverage,
  .status {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .score {
    display: flex;
    align-items: center;
    gap: 8px;
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
    font-size: 1.5rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    min-width: 2.2ch;
  }
  meter {
    flex: 1;
    min-width: 3rem;
    height: 8px;
    appearance: none;
    -webkit-appearance: none;
    border: 0;
    border-radius: 4px;
    background: var(--_meter-track);
  }
  meter::-webkit-meter-bar {
    height: 8px;
    border: 0;
    border-radius: 4px;
    background: var(--_meter-track);
  }
  meter::-webkit-meter-optimum-value,
  meter::-webkit-meter-suboptimum-value,
  meter::-webkit-meter-even-less-good-value {
    border-radius: 4px;
    background: var(--_grade);
  }
  meter::-moz-meter-bar {
    border-radius: 4px;
    background: var(--_grade);
  }
  .label {
    font-weight: 600;
    font-size: 0.875rem;
    color: var(--_grade);
  }
  .price {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 8px;
    font-variant-numeric: tabular-nums;
  }
  .price-value {
    font-weight: 600;
  }
  .change {
    font-size: 0.875rem;
    font-weight: 600;
  }
  .change[data-direction='up'] {
    color: var(--_up);
  }
  .change[data-direction='down'] {
    color: var(--_down);
  }
  .arrow {
    font-size: 0.7em;
  }
  .explanation {
    font-size: 0.875rem;
  }
  .link {
    margin-top: auto;
    font-size: 0.875rem;
    color: var(--_accent);
  }
  .link:focus-visible,
  .retry:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .problem {
    justify-content: flex-start;
  }
  .message {
    margin: 0;
    padding: var(--_gap) 0;
    color: var(--_muted);
  }
  .message p {
    margin: 0 0 8px;
  }
  .retry {
    font: inherit;
    font-size: 0.875rem;
    padding: 4px 12px;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .stale {
    margin: 0 0 var(--_gap);
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .footer {
    margin-top: var(--_gap);
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .bone {
    display: block;
    height: 0.9rem;
    border-radius: 4px;
    background: var(--_meter-track);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .bone-name {
    width: 55%;
    height: 1.2rem;
  }
  .bone-line {
    width: 40%;
  }
  .bone-score {
    height: 1.9rem;
    width: 100%;
  }
  .bone-text {
    width: 100%;
  }
  .bone-text.short {
    width: 70%;
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
  @container (max-width: 30rem) {
    .cards {
      grid-template-columns: 1fr;
    }
  }
`;
