import { parentOf } from '../dom.js';

/**
 * Where an element's language comes from: its own `lang`, else the closest
 * ancestor's (across shadow roots, so a panel inside another component takes
 * that component's), else the document's. One MutationObserver for the page
 * tells the panels when a `lang` changes in the document or in a shadow root
 * a panel sits in.
 */
export function languageOf(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
  }
  return undefined;
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` after a `lang` attribute changes in the document or in any
 * shadow root `element` sits in; returns the function that stops it.
 */
export function onLanguageChange(element: Element, listener: () => void): () => void {
  listeners.add(listener);
  observer ??= new MutationObserver(() => listeners.forEach((call) => call()));
  const options = { subtree: true, attributes: true, attributeFilter: ['lang'] };
  observer.observe(document.documentElement, options);
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observer.observe(root, options);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
