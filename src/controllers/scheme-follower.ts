/**
 * scheme.js: reading and following the page's colour scheme, which only
 * panels with `theme="auto"` or `transparent` need (see PageSchemeController).
 * It imports nothing but a one-line helper, so that it carries no Lit.
 */
import { parentOf } from '../dom.js';
import type { PageScheme } from './page-scheme.js';

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

/** Each following panel's reader, with the panel (its ancestors are watched too). */
const watchers = new Map<() => void, Element>();
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
  for (const host of watchers.values()) watchAncestors(host);
}

/** Attribute changes, and meta tags coming or going: not the scripts and styles a page keeps adding to its head. */
const notify = (records: MutationRecord[]) => {
  if (records.some((r) => r.type === 'attributes' || [...r.addedNodes, ...r.removedNodes].some((n) => n.nodeName === 'META'))) {
    readAll();
  }
};

/** What a panel that follows the page asks: its scheme now, and to stop following. */
export interface Follower {
  /** The page's declared scheme; with `behind` (a transparent `auto` panel), else the background's. */
  scheme(behind: boolean): PageScheme;
  stop(): void;
}

/**
 * Follows the page's declared colour scheme around `host`, live: a page that
 * switches its scheme (a class or style on the root element, the body or a
 * wrapper, a meta tag) is followed at once, and `changed` is called. All
 * panels share one observer; `stop()` lets go of what it watched for this one.
 */
export function follow(host: Element, changed: () => void): Follower {
  let read: { behind: boolean; value: PageScheme } | undefined;
  const scheme = (behind: boolean) => pageScheme(host) ?? (behind ? backgroundScheme(host) : undefined);
  const onChange = () => {
    if (!read) return;
    const value = scheme(read.behind);
    if (value === read.value) return;
    read.value = value;
    changed();
  };
  watchers.set(onChange, host);
  if (observer) watchAncestors(host);
  else observe();
  return {
    scheme(behind) {
      if (read?.behind !== behind) read = { behind, value: scheme(behind) };
      return read.value;
    },
    stop() {
      watchers.delete(onChange);
      // Never the whole page's mutations: what it watched for this panel alone goes with it.
      observe();
    },
  };
}
