import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { parentOf } from '../dom.js';

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
 * a page that declares none: the ancestors' background colours, each painted
 * over the one below it (the page's canvas, white when no scheme is
 * declared), down to the first opaque one; dark where dark text would have
 * less contrast on the result than light. `undefined` where a background is
 * an image or a colour it cannot read (the reader's preference decides).
 */
export function backgroundScheme(element: Element): PageScheme {
  const layers: number[][] = [];
  for (let node = parentOf(element); node && layers.at(-1)?.[3] !== 1; node = parentOf(node)) {
    const { backgroundColor, backgroundImage } = getComputedStyle(node);
    const rgba = /^rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\)$/.exec(backgroundColor);
    if (!rgba || backgroundImage !== 'none') return undefined;
    const layer = rgba.slice(1).map((c) => +(c ?? 1));
    if (layer[3]) layers.push(layer);
  }
  let color = [255, 255, 255];
  for (const [r, g, b, a] of layers.reverse()) color = [r, g, b].map((c, i) => a * c + (1 - a) * color[i]);
  const [r, g, b] = color.map((c) => (c <= 10.31 ? c / 3294.6 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  // Where the contrast of the dark text (#1a1d21) and of the light (#e8eaed) on it is the same.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18 ? 'dark' : 'light';
}

/** Each panel's follower, with the panel once it follows the page (its ancestors are watched too). */
const watchers = new Map<() => void, Element | undefined>();
let observer: MutationObserver | undefined;

/** The elements whose attributes can change a panel's scheme: its ancestors (root and body are always watched). */
function watchAncestors(host: Element): void {
  for (let node = parentOf(host); node; node = parentOf(node)) observer?.observe(node, { attributes: true });
}

/** Every panel reads the page again (a page's own dark styles may follow the reader's preference). */
const readAll = () => watchers.forEach((_, read) => read());
/** The reader's preference, one query for the page (a listener is removed from the object it was added to). */
let dark: MediaQueryList | undefined;
const prefersDark = () => (dark ??= matchMedia('(prefers-color-scheme: dark)'));

/**
 * One observer for all panels: the root's and body's own attributes, meta
 * tags, and the ancestors of panels that follow the page; and the reader's
 * preference.
 */
function observe(): void {
  // Changes already made are not lost with the old observer.
  const pending = observer?.takeRecords() ?? [];
  observer?.disconnect();
  if (observer) prefersDark().removeEventListener('change', readAll);
  observer = undefined;
  if (pending.length) notify(pending);
  if (!watchers.size) return;
  prefersDark().addEventListener('change', readAll);
  observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributes: true });
  if (document.body) observer.observe(document.body, { attributes: true });
  if (document.head) observer.observe(document.head, { childList: true, subtree: true, attributes: true });
  for (const host of watchers.values()) if (host) watchAncestors(host);
}

/** Attribute changes, and meta tags coming or going: not the scripts and styles a page keeps adding to its head. */
const notify = (records: MutationRecord[]) => {
  if (records.some((r) => r.type === 'attributes' || [...r.addedNodes, ...r.removedNodes].some((n) => n.nodeName === 'META'))) {
    readAll();
  }
};

/**
 * Follows the page's declared colour scheme for `theme="auto"` and
 * transparent panels, live: a page that switches its scheme (a class or
 * style on the root element, the body or a wrapper, a meta tag) is followed
 * at once. All panels share one observer.
 */
export class PageSchemeController implements ReactiveController {
  /**
   * What it read, and whether the background was read too; undefined until
   * asked, so that a panel that does not follow the page (theme="light", not
   * transparent) costs no style read.
   */
  #read?: { behind: boolean; value: PageScheme };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * The scheme a panel is shown in where it follows the page (`theme="auto"`,
   * `transparent`): the page's declared one; for a transparent `auto` panel on
   * a page that declares none, the background's; else none (its theme, or
   * for `auto` the reader's preference).
   */
  for(theme: string, transparent: boolean): PageScheme {
    // A server has no page to read: the stylesheet follows the reader's preference until the browser's first render.
    if (isServer || (theme !== 'auto' && !transparent)) return undefined;
    const behind = theme === 'auto' && transparent;
    if (this.#read?.behind !== behind) {
      // From now on a scheme or class set on a wrapper is followed too.
      if (!this.#read && watchers.has(this.#follow)) {
        watchers.set(this.#follow, this.host);
        watchAncestors(this.host);
      }
      this.#read = { behind, value: this.#scheme(behind) };
    }
    return this.#read.value;
  }

  #scheme(behind: boolean): PageScheme {
    return pageScheme(this.host) ?? (behind ? backgroundScheme(this.host) : undefined);
  }

  hostConnected(): void {
    watchers.set(this.#follow, undefined);
    if (!observer) observe();
    this.#read = undefined;
  }

  hostDisconnected(): void {
    const watched = watchers.get(this.#follow);
    watchers.delete(this.#follow);
    // Never the whole page's mutations: what it watched for this panel alone goes with it.
    if (watched || !watchers.size) observe();
  }

  #follow = (): void => {
    const read = this.#read;
    if (!read) return;
    const value = this.#scheme(read.behind);
    if (value === read.value) return;
    read.value = value;
    this.host.requestUpdate();
  };
}
