import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announcement, type Voice } from '../announce.js';
import type { TickerToken } from '../data/tickers.js';
import type { LoadState } from '../data/state.js';

/** Page-wide: when a panel began to say each failure (panels of one request share it). */
const said = new WeakMap<object, number>();

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
 * console once per distinct message, however often it renders. A failure is
 * also said to the reader, politely (`voice`).
 */
export class AnnounceController implements ReactiveController {
  #announced?: LoadState;
  #timer?: ReturnType<typeof setTimeout>;
  #reported = new Set<string>();
  /** How the failure on screen is spoken (see Voice); of panels that fail together (one request for them all), the first says it, once for the page. */
  voice: Voice;
  #voiced?: LoadState;
  #fill?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => Source,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { state, ready } = this.source();
    const failed = ready && (state.status === 'retrying' || (state.status === 'error' && state.error.kind !== 'config'));
    if (!failed) this.voice = this.#voiced = undefined;
    if (!failed || state === this.#voiced) return;
    const failing = this.#voiced !== undefined;
    this.#voiced = state;
    // A region on screen is heard when its words change: Try again's progress, and its outcome.
    if (this.voice) this.voice = 'said';
    // Try again in a panel that was silent; or a panel that begins to fail, unless another began to say the same failure a moment ago.
    else if (state.status === 'retrying' || (!failing && !((said.get(state.error) ?? -Infinity) > performance.now() - 2000))) {
      this.voice = 'live';
    }
    if (this.voice) said.set(state.error, performance.now());
  }

  hostUpdated(): void {
    if (this.voice === 'live' && !this.#fill) {
      this.#fill = setTimeout(() => {
        this.#fill = undefined;
        if (this.voice !== 'live') return;
        this.voice = 'said';
        this.host.requestUpdate();
      });
    }
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
    clearTimeout(this.#fill);
    this.#timer = this.#fill = undefined;
    this.#announced = this.#voiced = this.voice = undefined;
  }
}
