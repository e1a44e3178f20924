import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadState } from '../data/state.js';

/**
 * After Try again: once the cards replace the button that had the focus, the
 * panel's heading takes it, rather than the page. Only focus that fell to the
 * page is taken back; focus the reader moved elsewhere stays where it is.
 */
export class RetryFocusController implements ReactiveController {
  #pending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly state: () => LoadState,
  ) {
    host.addController(this);
  }

  /** Called as Try again is pressed. */
  retrying(): void {
    this.#pending = this.host.shadowRoot?.activeElement?.matches('.retry') ?? false;
  }

  hostUpdated(): void {
    const { status } = this.state();
    if (!this.#pending || status === 'retrying' || status === 'loading') return;
    this.#pending = false;
    const lost = !this.host.shadowRoot?.activeElement && (!document.activeElement || document.activeElement === document.body);
    if (status === 'complete' && lost) this.host.shadowRoot?.querySelector<HTMLElement>('#heading')?.focus();
  }
}
