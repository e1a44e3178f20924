/**
 * The language catalogs are the files of src/locales/ named by a language tag
 * (de.ts, pt-BR.ts, zh-CN.ts…): that folder is the only list of languages.
 * English (en.ts) is in the bundle; every other catalog is built into
 * dist/locales/ and loaded on demand. The build, the test runner, the server
 * entry (through the __CATALOGS__ constant), the size check and the demo read
 * this list, so adding a language is adding one file.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LOCALES_DIR = fileURLToPath(new URL('../../src/locales/', import.meta.url));

/** A file name that is a language tag: `de`, `pt-BR`, `zh-CN`, `zh-TW`, `es-419`. */
const TAG = /^([a-z]{2,3}(?:-(?:[A-Z][a-z]{3}|[A-Z]{2}|\d{3}))?)\.ts$/;

/** The ids of the catalogs loaded on demand (all but English), sorted. */
export function catalogIds() {
  return readdirSync(LOCALES_DIR)
    .map((file) => TAG.exec(file)?.[1])
    .filter((id) => id && id !== 'en')
    .sort();
}

/** What the source reads as `__CATALOGS__`, for vite's and esbuild's `define`. */
export const catalogsDefine = () => ({ __CATALOGS__: JSON.stringify(catalogIds()) });
