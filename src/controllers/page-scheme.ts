import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type PageScheme = 'light' | 'dark' | undefined;

/** `light` or `dark` when a color-scheme value names one of them only; undefined when it names both or neither. */
function schemeOf(value: string | null | undefined): PageScheme {
  const words = (value ?? '').toLowerCase().split(/\s+/);
  const light = words.includes('light');
  const dark = words.includes('dark');
  return light === dark ? undefined : dark ? 'dark' : 'light';
}

/**
 * The colour scheme the page declares around `element`: the `color-scheme`
 * its parent has (set on the root element or any ancestor), else the page's
 * `<meta name="color-scheme">`. Undefined when the page declares none, or
 * both (then the reader's preference decides).
 */
export function pageScheme(element: Element): PageScheme {
  const parent = element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? document.documentElement;
  const declared = getComputedStyle(parent).colorScheme;
  if (declared && declared !== 'normal') return schemeOf(declared);
  return schemeOf(document.querySelector('meta[name="color-scheme"]')?.getAttribute('content'));
}

/**
 * Follows the page's declared colour scheme for `theme="auto"` and
 * transparent panels, live: a page that switches its scheme (a class or
 * style on the root element, a new meta tag, a media query in its styles)
 * is followed at once. All panels share one observer.
 */
export class PageSchemeController implements ReactiveController {
  value: PageScheme;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    watchers.add(this.#read);
    if (watchers.size === 1) start();
    this.value = pageScheme(this.host);
  }

  hostDisconnected(): void {
    watchers.delete(this.#read);
    if (!watchers.size) stop();
  }

  #read = (): void => {
    const value = pageScheme(this.host);
    if (value === this.value) return;
    this.value = value;
    this.host.requestUpdate();
  };
}

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;
let media: MediaQueryList | undefined;
const notify = () => {
  for (const read of watchers) read();
};

function start(): void {
  observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributes: true });
  if (document.head) observer.observe(document.head, { childList: true, subtree: true, attributes: true, attributeFilter: ['content', 'name'] });
  if (document.body) observer.observe(document.body, { attributes: true, attributeFilter: ['class', 'style'] });
  media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', notify);
}

function stop(): void {
  observer?.disconnect();
  observer = undefined;
  media?.removeEventListener('change', notify);
  media = undefined;
}
