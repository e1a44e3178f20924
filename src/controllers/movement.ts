import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { LoadState } from '../data/state.js';
import { onDemand, ownFile } from '../on-demand.js';
import type { Lit } from '../templates/movement.js';
import type { Movement } from '../templates/view.js';

interface MovementModule {
  /** Absent when movement.js could not be loaded. */
  movementParts?(lit: Lit): Movement;
}

/** movement.js: loaded for the first data with `history` or `previous`; if it cannot be, cards are drawn as if they had none. */
export const movementModule = onDemand<MovementModule>(
  () => (import.meta.env?.CDN ? ownFile('movement.js') : import('../templates/movement.js')),
  {},
  'how the score moved (movement.js beside the script)',
);

let parts: Movement | undefined;

/**
 * How the score moved, on demand: cards whose data has `history` or
 * `previous` wait (as loading) until movement.js is here, then the host
 * renders again; other cards never load it. It has no lifecycle of its own
 * (nothing to undo on disconnect): the module is the page's, and its late
 * arrival only asks a removed host to render.
 */
export class MovementController {
  constructor(private readonly host: ReactiveControllerHost) {}

  /** The parts, once loaded. */
  get parts(): Movement | undefined {
    return parts;
  }

  /** Cards are on screen: a later state never goes back to the skeleton for want of movement.js. */
  #drawn = false;
  #waiting = false;

  /**
   * Whether the cards of `state` can be drawn now, given whether the panel's
   * words (and colours) are here (`words`); movement.js is asked for at once either way, so
   * that it and a catalog load side by side. Cards already on screen (a refresh
   * that brings history, say) stay, without how the score moved until it is here.
   */
  ready(state: LoadState, words: boolean): boolean {
    if (state.status !== 'complete') {
      this.#drawn = false;
      return words;
    }
    const here = !state.data.items.some((item) => item.history || item.previous) || this.load();
    const ready = words && (here || this.#drawn);
    this.#drawn ||= ready;
    return ready;
  }

  /** Server markup is on screen: it counts as drawn cards (the server drew what this data shows). */
  shown(): void {
    this.#drawn = true;
  }

  /** True when movement.js is here (or could not be loaded); else loads it, and renders the host again once it is here. */
  load(): boolean {
    const module = movementModule.get();
    if (!(module instanceof Promise)) {
      parts ??= module.movementParts?.({ html, nothing });
      return true;
    }
    if (!this.#waiting) {
      this.#waiting = true;
      void module.then(() => {
        this.#waiting = false;
        this.host.requestUpdate();
      });
    }
    return false;
  }
}
