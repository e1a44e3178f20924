declare module 'virtual:research-snapshot-sri' {
  /** `sha384-…` hashes of dist/research-snapshot.js and dist/research-snapshot.iife.js, when built. */
  export const integrity: Record<string, string>;
}

/** The language catalogs (every language but English), from the files of src/locales/ (test/tools/catalogs.mjs). */
declare const __CATALOGS__: readonly string[];
