/**
 * One IntersectionObserver for the page: calls back once when an element
 * comes near the viewport. Elements that come into view together are called
 * back in the same task, so their requests share a batch. A page about to be
 * printed calls back every element still waiting, so that panels below the
 * fold start loading for paper too.
 */
const NEAR = '300px';
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function observe(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    // An element without a box of its own (display: contents) is never seen to intersect: it starts at once.
    if (!entry.isIntersecting && getComputedStyle(entry.target).display !== 'contents') continue;
    const callback = waiting.get(entry.target);
    cancelNear(entry.target);
    callback?.();
  }
}

function onPrint(): void {
  for (const [element, callback] of [...waiting]) {
    cancelNear(element);
    callback();
  }
}

/** Calls `callback` once `element` is within 300 px of the viewport, or the page is printed. */
export function whenNear(element: Element, callback: () => void): void {
  if (typeof IntersectionObserver === 'undefined') return callback();
  if (!observer) {
    observer = new IntersectionObserver(observe, { rootMargin: NEAR });
    addEventListener('beforeprint', onPrint);
  }
  waiting.set(element, callback);
  observer.observe(element);
}

export function cancelNear(element: Element): void {
  if (!waiting.delete(element)) return;
  observer?.unobserve(element);
  if (!waiting.size) {
    // Nothing left to watch: let the observer and the print listener go too.
    observer?.disconnect();
    observer = undefined;
    removeEventListener('beforeprint', onPrint);
  }
}
