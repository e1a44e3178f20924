import { scriptUrl } from './script-url.js';

/**
 * Code few pages need is not in the bundle. The script-tag builds load it
 * from a file beside themselves (`ownFile`), a bundled app gets it as a chunk
 * of its own, and a server is given it at start (`provide`). Each module is
 * loaded once per page, at the first call that needs it; a module that cannot
 * be loaded is reported once and replaced by `fallback`, which does without.
 */
export interface OnDemand<T> {
  /** The module: at once once it is here, else a promise of it. */
  get(): T | Promise<T>;
  /** The module, if it is here. */
  readonly loaded?: T;
  /** Makes the module available with no download (server rendering). */
  provide(module: T): void;
}

/** One of our files beside the running script (the script-tag builds). */
// eslint-disable-next-line no-unsanitized/method
export const ownFile = (file: string): Promise<unknown> => import(/* @vite-ignore */ new URL(file, scriptUrl).href);

/** Modules given with provide(), for the whole process or page (see registerCatalog), by file. */
const provided = ((globalThis as { [key: symbol]: unknown })[Symbol.for('research-snapshot.provided')] ??= new Map()) as Map<
  string,
  unknown
>;

/**
 * `load` is written at each call site as `import.meta.env?.CDN ? ownFile('x.js') : import('./x.js')`,
 * so that each build keeps one branch and the script-tag builds never bundle the module.
 */
export function onDemand<T>(load: () => Promise<unknown>, fallback: T, what: string): OnDemand<T> {
  let loading: Promise<T> | undefined;
  const self: OnDemand<T> & { loaded?: T } = {
    get: () =>
      self.loaded ??
      (provided.get(what) as T | undefined) ??
      // A load that throws at once (no address for the script) is a failure like any other.
      (loading ??= Promise.resolve()
        .then(load)
        .then(
          (module) => (self.loaded = module as T),
          (error: unknown) => {
            console.error(`<research-snapshot>: could not load ${what}.`, error);
            return (self.loaded = fallback);
          },
        )),
    provide: (module) => void provided.set(what, (self.loaded = module)),
  };
  return self;
}
