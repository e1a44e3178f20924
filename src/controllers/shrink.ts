import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A failed panel gives back the space it reserved, at a moment when that
 * moves nothing the reader sees: at once while it is outside the viewport;
 * while it is in view, once it leaves the viewport or the reader acts on it
 * (a press or a key inside it, other than Try again, which may bring the
 * cards back into that space). Until then it keeps its size, so a failure
 * never shifts the page.
 */
export class ShrinkController implements ReactiveController {
  /** Whether the failed panel may drop its placeholder space. */
  shrunk = false;
  #view?: IntersectionObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Called before each render: whether the panel now shows a failure in place of its cards. */
  follow(failed: boolean): void {
    if (!failed) {
      this.shrunk = false;
      return this.#stop();
    }
    if (this.shrunk || this.#view || !this.host.isConnected) return;
    if (typeof IntersectionObserver === 'undefined') return;
    this.#view = new IntersectionObserver((entries) => {
      if (entries.some((entry) => !entry.isIntersecting)) this.#shrink();
    });
    this.#view.observe(this.host);
    this.host.addEventListener('pointerdown', this.#onAct);
    this.host.addEventListener('keydown', this.#onAct);
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #onAct = (event: Event): void => {
    const target = event.composedPath()[0];
    if (target instanceof Element && target.closest('.retry')) return;
    this.#shrink();
  };

  #shrink(): void {
    this.#stop();
    this.shrunk = true;
    this.host.requestUpdate();
  }

  #stop(): void {
    this.#view?.disconnect();
    this.#view = undefined;
    this.host.removeEventListener('pointerdown', this.#onAct);
    this.host.removeEventListener('keydown', this.#onAct);
  }
}
