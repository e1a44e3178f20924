/**
 * Where an element's language comes from: its own `lang`, else the closest
 * ancestor's (across shadow roots, so a panel inside another component takes
 * that component's), else the document's. One MutationObserver for the page
 * tells the panels when a `lang` changes anywhere in the document.
 */
export function languageOf(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host ?? null)) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
  }
  return undefined;
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `listener` after any `lang` attribute in the document changes; returns the function that stops it. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((call) => call()));
    observer.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
