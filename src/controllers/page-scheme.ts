import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { onDemand, ownFile } from '../on-demand.js';
import type { Follower } from './scheme-follower.js';

export type PageScheme = 'light' | 'dark' | 'both' | undefined;

interface SchemeModule {
  /** Absent when scheme.js could not be loaded. */
  follow?(host: Element, changed: () => void): Follower;
}

/** scheme.js: loaded for the first panel that follows the page; if it cannot be, such panels follow the reader's preference. */
export const schemeModule = onDemand<SchemeModule>(
  () => (import.meta.env?.CDN ? ownFile('scheme.js') : import('./scheme-follower.js')),
  {},
  'the page’s colour scheme (scheme.js beside the script) for theme="auto" and transparent',
);

/**
 * The page's declared colour scheme for `theme="auto"` and transparent
 * panels, followed live (scheme.js, loaded for the first such panel). A
 * panel that does not follow the page (theme="light" or "dark", not
 * transparent) loads nothing, reads no style and watches nothing.
 */
export class PageSchemeController implements ReactiveController {
  #follower?: Follower;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * Whether a panel shown with `theme` and `transparent` can be drawn now:
   * false while scheme.js, which it needs, is on its way (the host renders
   * again once it is here).
   */
  ready(theme: string, transparent: boolean): boolean {
    if (isServer || (theme !== 'auto' && !transparent)) return true;
    const module = schemeModule.get();
    if (!(module instanceof Promise)) return true;
    void module.then(() => this.host.requestUpdate());
    return false;
  }

  /**
   * The scheme a panel is shown in where it follows the page (`theme="auto"`,
   * `transparent`): the page's declared one; for a transparent `auto` panel on
   * a page that declares none, the background's; else none (its theme, or
   * for `auto` the reader's preference). `pending` while scheme.js is on its way.
   */
  for(theme: string, transparent: boolean): PageScheme | 'pending' {
    // A server has no page to read: the stylesheet follows the reader's preference until the browser's first render.
    if (isServer || (theme !== 'auto' && !transparent) || !this.host.isConnected) {
      this.hostDisconnected();
      return undefined;
    }
    const module = schemeModule.get();
    if (module instanceof Promise) return 'pending';
    this.#follower ??= module.follow?.(this.host, () => this.host.requestUpdate());
    return this.#follower?.scheme(theme === 'auto' && transparent);
  }

  hostDisconnected(): void {
    this.#follower?.stop();
    this.#follower = undefined;
  }
}
