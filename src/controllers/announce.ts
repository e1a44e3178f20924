import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announcement } from '../announce.js';
import type { TickerToken } from '../data/tickers.js';
import type { LoadState } from '../data/state.js';

interface Source {
  /** The state on screen now. */
  state: LoadState;
  tokens: readonly TickerToken[];
  /** Whether the panel is shown in the reader's language yet: nothing is announced before. */
  ready: boolean;
}

/**
 * Announcing: each settled state is told once (see announcement()), in a task
 * of its own after the render it describes, so that code which awaits the
 * element's first render still hears it; a configuration problem reaches the
 * console once per distinct message, however often it renders.
 */
export class AnnounceController implements ReactiveController {
  #announced?: LoadState;
  #timer?: ReturnType<typeof setTimeout>;
  #reported = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => Source,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { state, tokens, ready } = this.source();
    if (!ready || state === this.#announced || state.status === 'loading' || state.status === 'retrying') return;
    this.#announced = state;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (!this.host.isConnected || this.source().state !== state) return;
      const { events, console: message } = announcement(state, tokens);
      if (message && !this.#reported.has(message)) {
        this.#reported.add(message);
        console.error(message);
      }
      for (const event of events) this.host.dispatchEvent(event);
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#announced = undefined;
  }
}
