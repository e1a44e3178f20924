/**
 * Counts what is still running: timers, intervals, listeners on window,
 * document and media queries (matchMedia), nodes watched by intersection, resize and mutation observers, and
 * fetches, started while it was recording.
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
    mediaAdd: MediaQueryList.prototype.addEventListener,
    mediaRemove: MediaQueryList.prototype.removeEventListener,
    fetch: window.fetch,
  };
  // Intersection, resize and mutation observers: which nodes each still watches.
  type Observer = { observe(target: Node): void; unobserve?(target: Node): void; disconnect(): void };
  const kinds = [IntersectionObserver, ResizeObserver, MutationObserver].map((kind) => ({
    prototype: kind.prototype as unknown as Observer,
    observe: (kind.prototype as unknown as Observer).observe,
    unobserve: (kind.prototype as unknown as Observer).unobserve,
    disconnect: (kind.prototype as unknown as Observer).disconnect,
  }));
  const observed = new Set<Node>();
  const observers = new Map<Observer, Set<Node>>();

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

  // Keyed by the object a listener is added to: removing it from another (a second matchMedia() of the same query) leaves it.
  const wrapAdd = (add: typeof window.addEventListener) =>
    function (this: EventTarget | undefined, type: string, listener: Listener | null, options?: boolean | AddEventListenerOptions) {
      // A bare addEventListener() call in a module is the window's.
      const target = this ?? window;
      if (listener) {
        const capture = typeof options === 'boolean' ? options : !!options?.capture;
        listeners.set(`${idOf(target)}:${type}:${idOf(listener as object)}:${capture}`, { target, type, listener, capture });
      }
      return add.call(target, type, listener as Listener, options);
    };
  const wrapRemove = (remove: typeof window.removeEventListener) =>
    function (this: EventTarget | undefined, type: string, listener: Listener | null, options?: boolean | EventListenerOptions) {
      const target = this ?? window;
      if (listener) {
        const capture = typeof options === 'boolean' ? options : !!options?.capture;
        listeners.delete(`${idOf(target)}:${type}:${idOf(listener as object)}:${capture}`);
      }
      return remove.call(target, type, listener as Listener, options);
    };
  window.addEventListener = wrapAdd(original.windowAdd);
  window.removeEventListener = wrapRemove(original.windowRemove);
  document.addEventListener = wrapAdd(original.documentAdd);
  document.removeEventListener = wrapRemove(original.documentRemove);
  MediaQueryList.prototype.addEventListener = wrapAdd(original.mediaAdd);
  MediaQueryList.prototype.removeEventListener = wrapRemove(original.mediaRemove);

  const stillObserved = (target: Node) => [...observers.values()].some((set) => set.has(target));
  for (const kind of kinds) {
    kind.prototype.observe = function (this: Observer, target: Node, ...rest: unknown[]) {
      if (!observers.has(this)) observers.set(this, new Set());
      observers.get(this)!.add(target);
      observed.add(target);
      return (kind.observe as (...a: unknown[]) => void).call(this, target, ...rest);
    };
    if (kind.unobserve) {
      kind.prototype.unobserve = function (this: Observer, target: Node) {
        observers.get(this)?.delete(target);
        if (!stillObserved(target)) observed.delete(target);
        return kind.unobserve!.call(this, target);
      };
    }
    kind.prototype.disconnect = function (this: Observer) {
      const targets = observers.get(this) ?? new Set();
      observers.delete(this);
      for (const target of targets) if (!stillObserved(target)) observed.delete(target);
      return kind.disconnect.call(this);
    };
  }

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
      listeners: [...listeners.values()].map(
        (l) => `${l.target === window ? 'window' : l.target === document ? 'document' : 'media query'} ${l.type}`,
      ),
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
      MediaQueryList.prototype.addEventListener = original.mediaAdd;
      MediaQueryList.prototype.removeEventListener = original.mediaRemove;
      for (const kind of kinds) {
        kind.prototype.observe = kind.observe;
        if (kind.unobserve) kind.prototype.unobserve = kind.unobserve;
        kind.prototype.disconnect = kind.disconnect;
      }
    },
  };
}
