/**
 * npm run build: every output of the package, each by its own vite build,
 * into a dist/ this script empties once, first. No build empties or depends
 * on another, so their order does not matter; then the type declarations.
 *
 *   node scripts/build.mjs
 */
import { rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The publishable outputs (vite.config.ts refuses any other mode). */
const OUTPUTS = ['cdn', 'locales', 'npm', 'server'];

const root = fileURLToPath(new URL('..', import.meta.url));
await rm(`${root}dist`, { recursive: true, force: true });
for (const mode of OUTPUTS) {
  await build({ root, configFile: `${root}vite.config.ts`, mode, logLevel: 'warn' });
}
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}src/tsconfig.types.json`], { stdio: 'inherit' });
