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

/**
 * The scheme of the background `element` sits on, for a transparent panel on
 * a page that declares none: the nearest ancestor's background colour that is
 * not transparent (dark when dark text would have less contrast on it than
 * light), else the page's canvas, which is light when no scheme is declared.
 * `undefined` for a colour it cannot read (the reader's preference decides).
 */
/** The element above, across shadow roots. */
const parent = (node: Element): Element | null => node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host ?? null;

export function backgroundScheme(element: Element): PageScheme {
  for (let node = parent(element); node; node = parent(node)) {
    const background = getComputedStyle(node).backgroundColor;
    const rgb = /^rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\)$/.exec(background);
    if (!rgb) return undefined;
    if (rgb[4] === '0') continue;
    const [r, g, b] = rgb.slice(1, 4).map((c) => (+c <= 10.31 ? +c / 3294.6 : ((+c / 255 + 0.055) / 1.055) ** 2.4));
    // Where the contrast of the dark text (#1a1d21) and of the light (#e8eaed) on it is the same.
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18 ? 'dark' : 'light';
  }
  return 'light';
}

/** Each panel's follower, with the panel once it follows the page (its ancestors are watched too). */
const watchers = new Map<() => void, Element | undefined>();
let observer: MutationObserver | undefined;

/** The elements whose attributes can change a panel's scheme: its ancestors (root and body are always watched). */
function watchAncestors(host: Element): void {
  for (let node = parent(host); node; node = parent(node)) observer?.observe(node, { attributes: true });
}

/** One observer for all panels: the root's and body's own attributes, meta tags, and the ancestors of panels that follow the page. */
function observe(): void {
  observer?.disconnect();
  observer = undefined;
  if (!watchers.size) return;
  observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributes: true });
  if (document.body) observer.observe(document.body, { attributes: true });
  if (document.head) observer.observe(document.head, { childList: true, subtree: true, attributes: true });
  for (const host of watchers.values()) if (host) watchAncestors(host);
}

/** Attribute changes, and meta tags coming or going: not the scripts and styles a page keeps adding to its head. */
const notify = (records: MutationRecord[]) => {
  if (records.some((r) => r.type === 'attributes' || [...r.addedNodes, ...r.removedNodes].some((n) => n.nodeName === 'META'))) {
    watchers.forEach((_, read) => read());
  }
};

/**
 * Follows the page's declared colour scheme for `theme="auto"` and
 * transparent panels, live: a page that switches its scheme (a class or
 * style on the root element, the body or a wrapper, a meta tag) is followed
 * at once. All panels share one observer.
 */
export class PageSchemeController implements ReactiveController {
  // Read on first use: a panel that does not follow the page (theme="light", not transparent) never asks, so costs no style read.
  #value: PageScheme;
  #read = false;
  #behind: PageScheme;
  #readBehind = false;

  get value(): PageScheme {
    if (!this.#read) {
      this.#read = true;
      this.#value = pageScheme(this.host);
      // From now on a scheme or class set on a wrapper is followed too.
      if (watchers.has(this.#follow) && !watchers.get(this.#follow)) {
        watchers.set(this.#follow, this.host);
        watchAncestors(this.host);
      }
    }
    return this.#value;
  }

  /**
   * The scheme a panel is shown in where it follows the page (`theme="auto"`,
   * `transparent`): the page's declared one; for a transparent `auto` panel on
   * a page that declares none, the background's; else none (its theme, or
   * for `auto` the reader's preference).
   */
  for(theme: string, transparent: boolean): PageScheme {
    if (theme !== 'auto' && !transparent) return undefined;
    if (this.value || theme !== 'auto' || !transparent) return this.value;
    if (!this.#readBehind) {
      this.#readBehind = true;
      this.#behind = backgroundScheme(this.host);
    }
    return this.#behind;
  }

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    watchers.set(this.#follow, undefined);
    if (!observer) observe();
    this.#read = this.#readBehind = false;
  }

  hostDisconnected(): void {
    const watched = watchers.get(this.#follow);
    watchers.delete(this.#follow);
    // Never the whole page's mutations: what it watched for this panel alone goes with it.
    if (watched || !watchers.size) observe();
  }

  #follow = (): void => {
    const value = this.#read ? pageScheme(this.host) : this.#value;
    const behind = this.#readBehind ? backgroundScheme(this.host) : this.#behind;
    if (value === this.#value && behind === this.#behind) return;
    this.#value = value;
    this.#behind = behind;
    this.host.requestUpdate();
  };
}
