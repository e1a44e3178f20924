declare module 'virtual:research-snapshot-sri' {
  /** `sha384-…` hashes of dist/research-snapshot.js and dist/research-snapshot.iife.js, when built. */
  export const integrity: Record<string, string>;
}
