/**
 * Counts what is still running: timers, intervals, listeners on window and
 * document, observed elements and fetches, started while it was recording.
 * It wraps the platform APIs themselves, so it sees whatever code calls them.
 */
export interface Live {
  timers: number;
  intervals: number;
  listeners: string[];
  observed: number;
  fetches: number;
}

type Listener = EventListenerOrEventListenerObject;

export function track(): { live(): Live; stop(): void } {
  const timers = new Set<number>();
  const intervals = new Set<number>();
  const listeners = new Map<string, { target: EventTarget; type: string; listener: Listener; capture: boolean }>();
  const observed = new Set<Element>();
  let fetches = 0;
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (value: object) => {
    if (!ids.has(value)) ids.set(value, ++nextId);
    return ids.get(value)!;
  };

  const original = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    windowAdd: window.addEventListener,
    windowRemove: window.removeEventListener,
    documentAdd: document.addEventListener,
    documentRemove: document.removeEventListener,
    observe: IntersectionObserver.prototype.observe,
    unobserve: IntersectionObserver.prototype.unobserve,
    disconnect: IntersectionObserver.prototype.disconnect,
    fetch: window.fetch,
  };
  const observers = new Map<IntersectionObserver, Set<Element>>();

  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = (original.setTimeout as unknown as (...a: unknown[]) => number).call(
      window,
      ((...a: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') handler(...a);
      }) as () => void,
      ms,
      ...args,
    ) as unknown as number;
    timers.add(id);
    return id;
  }) as unknown as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    original.clearTimeout.call(window, id);
  }) as typeof clearTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = (original.setInterval as unknown as (...a: unknown[]) => number).call(window, handler, ms, ...args);
    intervals.add(id);
    return id;
  }) as unknown as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    original.clearInterval.call(window, id);
  }) as typeof clearInterval;

  const wrapAdd = (target: EventTarget, add: typeof window.addEventListener) =>
    function (this: EventTarget, type: string, listener: Listener | null, options?: boolean | AddEventListenerOptions) {
      if (listener) {
        const capture = typeof options === 'boolean' ? options : !!options?.capture;
        listeners.set(`${idOf(target)}:${type}:${idOf(listener as object)}:${capture}`, { target, type, listener, capture });
      }
      return add.call(this, type, listener as Listener, options);
    };
  const wrapRemove = (target: EventTarget, remove: typeof window.removeEventListener) =>
    function (this: EventTarget, type: string, listener: Listener | null, options?: boolean | EventListenerOptions) {
      if (listener) {
        const capture = typeof options === 'boolean' ? options : !!options?.capture;
        listeners.delete(`${idOf(target)}:${type}:${idOf(listener as object)}:${capture}`);
      }
      return remove.call(this, type, listener as Listener, options);
    };
  window.addEventListener = wrapAdd(window, original.windowAdd);
  window.removeEventListener = wrapRemove(window, original.windowRemove);
  document.addEventListener = wrapAdd(document, original.documentAdd);
  document.removeEventListener = wrapRemove(document, original.documentRemove);

  IntersectionObserver.prototype.observe = function (target: Element) {
    if (!observers.has(this)) observers.set(this, new Set());
    observers.get(this)!.add(target);
    observed.add(target);
    return original.observe.call(this, target);
  };
  IntersectionObserver.prototype.unobserve = function (target: Element) {
    observers.get(this)?.delete(target);
    if (![...observers.values()].some((set) => set.has(target))) observed.delete(target);
    return original.unobserve.call(this, target);
  };
  IntersectionObserver.prototype.disconnect = function () {
    for (const target of observers.get(this) ?? []) observed.delete(target);
    observers.delete(this);
    return original.disconnect.call(this);
  };

  window.fetch = (input, init) => {
    fetches += 1;
    return original.fetch.call(window, input, init).finally(() => {
      fetches -= 1;
    });
  };

  return {
    live: () => ({
      timers: timers.size,
      intervals: intervals.size,
      listeners: [...listeners.values()].map((l) => `${l.target === window ? 'window' : 'document'} ${l.type}`),
      observed: observed.size,
      fetches,
    }),
    stop() {
      Object.assign(window, {
        setTimeout: original.setTimeout,
        clearTimeout: original.clearTimeout,
        setInterval: original.setInterval,
        clearInterval: original.clearInterval,
        addEventListener: original.windowAdd,
        removeEventListener: original.windowRemove,
        fetch: original.fetch,
      });
      document.addEventListener = original.documentAdd;
      document.removeEventListener = original.documentRemove;
      IntersectionObserver.prototype.observe = original.observe;
      IntersectionObserver.prototype.unobserve = original.unobserve;
      IntersectionObserver.prototype.disconnect = original.disconnect;
    },
  };
}
