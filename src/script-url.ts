/**
 * The address of the running script, for what it loads from beside itself
 * (language catalogs, ticker discovery). Captured while the script runs: the
 * classic build has no import.meta, but its <script> is document.currentScript
 * at this moment.
 */
export const scriptUrl = (globalThis.document?.currentScript as HTMLScriptElement | null | undefined)?.src || import.meta.url;
