import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type PageScheme = 'light' | 'dark' | 'both' | undefined;

/** Which schemes a color-scheme value names: one, both, or (undefined) neither. */
function schemeOf(value = ''): PageScheme {
  const light = /\blight\b/.test(value);
  const dark = /\bdark\b/.test(value);
  return light && dark ? 'both' : light ? 'light' : dark ? 'dark' : undefined;
}

/**
 * The colour scheme the page declares around `element`: the `color-scheme`
 * its parent has (set on the root element or any ancestor), else the page's
 * `<meta name="color-scheme">`: `both` when it supports both (the page then
 * follows the reader's preference), undefined when it declares none.
 */
export function pageScheme(element: Element): PageScheme {
  const declared = getComputedStyle(element.parentElement ?? document.documentElement).colorScheme;
  return declared && declared !== 'normal'
    ? schemeOf(declared)
    : schemeOf(document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '');
}

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Attribute changes, and meta tags coming or going: not the scripts and styles a page keeps adding to its head. */
const notify = (records: MutationRecord[]) => {
  if (records.some((r) => r.type === 'attributes' || [...r.addedNodes, ...r.removedNodes].some((n) => n.nodeName === 'META'))) {
    watchers.forEach((read) => read());
  }
};

/**
 * Follows the page's declared colour scheme for `theme="auto"` and
 * transparent panels, live: a page that switches its scheme (a class or
 * style on the root element or body, a meta tag) is followed at once. All
 * panels share one observer.
 */
export class PageSchemeController implements ReactiveController {
  // Read on first use: a panel that does not follow the page (theme="light", not transparent) never asks, so costs no style read.
  #value: PageScheme;
  #read = false;

  get value(): PageScheme {
    if (!this.#read) {
      this.#read = true;
      this.#value = pageScheme(this.host);
    }
    return this.#value;
  }

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!watchers.size) {
      observer = new MutationObserver(notify);
      // The root's and body's own attributes, and meta tags: never the whole page's mutations.
      observer.observe(document.documentElement, { attributes: true });
      if (document.body) observer.observe(document.body, { attributes: true });
      if (document.head) observer.observe(document.head, { childList: true, subtree: true, attributes: true });
    }
    watchers.add(this.#follow);
    this.#read = false;
  }

  hostDisconnected(): void {
    watchers.delete(this.#follow);
    if (watchers.size) return;
    observer?.disconnect();
    observer = undefined;
  }

  #follow = (): void => {
    if (!this.#read) return;
    const value = pageScheme(this.host);
    if (value === this.#value) return;
    this.#value = value;
    this.host.requestUpdate();
  };
}
