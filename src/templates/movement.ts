import type { html as litHtml, nothing as litNothing } from 'lit';
import type { SnapshotItem } from '../data/types.js';
import { formatDelta, movement, scoreDelta, trend } from '../format/movement.js';
import { numberDirection } from '../format/numbers.js';
import { scoreGrade } from '../format/words.js';
import type { Movement, View } from './view.js';

/** What the parts are drawn with: the page's one copy of Lit, handed over by the bundle that loads them. */
export interface Lit {
  readonly html: typeof litHtml;
  readonly nothing: typeof litNothing;
}

/**
 * How the score moved (movement.js beside the script, loaded only for data
 * with `history` or `previous`): the trend line and what changed, for the
 * card's about row, and the compact line's change of score. Lit comes from
 * the bundle that loads this module, so that its templates are that Lit's.
 */
export function movementParts(lit: Lit): Movement {
  const { html } = lit;
  const nothing: typeof litNothing = lit.nothing;
  /** `en` where the panel's catalog has no sentence of its own for this and English's is used (a publisher's catalog). */
  const english = (view: View, message: 'movement' | 'trend') =>
    view.t[message]
      ? // A sentence the publisher wrote for the page's language, where English stands in for the rest, is marked so.
        view.marked?.keys.has(message)
        ? view.marked.lang
        : nothing
      : view.lang.split('-')[0] === 'en'
        ? nothing
        : 'en';
  /**
   * The score over time, drawn from `history`: days along, score up (viewBox
   * 100 × 24), scaled to the points' range (at least 10 points of score), in
   * the grade's colour; its accessible name says the same in words.
   */
  function trendLine(item: SnapshotItem, view: View) {
    const label = trend(item, view.t, view.locale, view.now, view.name);
    const points = item.history;
    if (!label || !points) return nothing;
    const start = Date.parse(points[0].date);
    const span = Date.parse(points[points.length - 1].date) - start;
    const scores = points.map((p) => p.score);
    const low = Math.min(...scores);
    const range = Math.max(Math.max(...scores) - low, 10);
    const at = (value: number) => Math.round(value * 10) / 10;
    const coordinates = points
      .map((p) => `${at(((Date.parse(p.date) - start) / span) * 100)},${at(21 - ((p.score - low) / range) * 18)}`)
      .join(' ');
    return html`<svg
      class="trend"
      part="trend"
      role="img"
      aria-label=${label}
      lang=${english(view, 'trend')}
      viewBox="0 0 100 24"
      preserveAspectRatio="none"
      data-grade=${scoreGrade(item) ?? 'moderate'}
    >
      <polyline points=${coordinates} vector-effect="non-scaling-stroke"></polyline>
    </svg>`;
  }

  return {
    line(item, view) {
      const moved = movement(item, view.t, view.locale, view.now);
      const drawn = trendLine(item, view);
      // The change of score isolated as every number is: "+7" stays before its words in a right-to-left sentence (Intl's mark would make it left to right).
      const delta = scoreDelta(item);
      // A signed change only: "0" (no catalog writes it) could be found inside the date.
      const figure = !delta ? '' : formatDelta(delta, view.locale);
      const at = figure && moved ? moved.indexOf(figure) : -1;
      const words =
        at < 0
          ? moved
          : html`${moved!.slice(0, at)}<span dir=${numberDirection(figure)}>${figure}</span>${moved!.slice(at + figure.length)}`;
      return moved || drawn !== nothing
        ? html`<p class="movement" part="movement" dir="auto">
            ${drawn}${moved ? html`<span class="movement-text" lang=${english(view, 'movement')}>${words}</span>` : nothing}
          </p>`
        : nothing;
    },
    scoreChange(item, view) {
      const delta = scoreDelta(item);
      if (delta === undefined) return nothing;
      const text = formatDelta(delta, view.locale);
      // Isolated in its own direction, as every number (see number() in bidi.ts): "+27", not "27+", on a right-to-left page.
      return html`<span class="score-change" part="score-change" aria-hidden="true" dir=${numberDirection(text)}>${text}</span>`;
    },
  };
}
