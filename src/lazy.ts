/**
 * One IntersectionObserver for the page: calls back once when an element
 * comes near the viewport. Elements that come into view together are called
 * back in the same task, so their requests share a batch.
 */
const NEAR = '300px';
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function observe(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    const callback = waiting.get(entry.target);
    cancelNear(entry.target);
    callback?.();
  }
}

/** Calls `callback` once `element` is within 300 px of the viewport. */
export function whenNear(element: Element, callback: () => void): void {
  if (typeof IntersectionObserver === 'undefined') return callback();
  observer ??= new IntersectionObserver(observe, { rootMargin: NEAR });
  waiting.set(element, callback);
  observer.observe(element);
}

export function cancelNear(element: Element): void {
  if (!waiting.delete(element)) return;
  observer?.unobserve(element);
  if (!waiting.size) {
    // Nothing left to watch: let the observer go too.
    observer?.disconnect();
    observer = undefined;
  }
}
