import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cancelNear, whenNear } from '../lazy.js';

/**
 * Lazy start: runs a callback once the host comes within 300 px of the
 * viewport (or the page is printed), through the page's one observer.
 * Removing the host cancels the wait.
 */
export class LazyStartController implements ReactiveController {
  #pending = false;
  #start?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Whether a start is waiting for the host to come into view. */
  get waiting(): boolean {
    return this.#pending;
  }

  /** Calls `start` once the host is near the viewport; replaces a start still waiting. */
  when(start: () => void): void {
    this.cancel();
    this.#pending = true;
    this.#start = start;
    whenNear(this.host, () => this.now());
  }

  /** Runs the start still waiting, if any, at once (the host no longer waits to be seen). */
  now(): void {
    const start = this.#start;
    this.cancel();
    start?.();
  }

  cancel(): void {
    this.#start = undefined;
    if (!this.#pending) return;
    this.#pending = false;
    cancelNear(this.host);
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
