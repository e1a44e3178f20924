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

  /** Cards have been drawn: a later state never goes back to the skeleton for want of movement.js. */
  #drawn = false;

  /**
   * Whether the cards of `state` can be drawn now. Once the host has shown
   * cards (a refresh that brings history, say), they stay, without how the
   * score moved until movement.js is here.
   */
  ready(state: LoadState): boolean {
    if (state.status !== 'complete') return true;
    const ready = !state.data.items.some((item) => item.history || item.previous) || this.load() || this.#drawn;
    this.#drawn ||= ready;
    return ready;
  }

  /** True when movement.js is here (or could not be loaded); else loads it, and renders the host again once it is here. */
  load(): boolean {
    const module = movementModule.get();
    if (module instanceof Promise) return (void module.then(() => this.host.requestUpdate()), false);
    parts ??= module.movementParts?.({ html, nothing });
    return true;
  }
}
