/**
 * Builds the installable WordPress plugin: integrations/wordpress/research-snapshot/
 * with the built files of dist/ in its own dist/ (no CDN), zipped as
 * integrations/wordpress/build/research-snapshot.zip.
 *   npm run build && npm run build:wordpress
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const plugin = `${root}integrations/wordpress/research-snapshot`;
const out = `${root}integrations/wordpress/build`;
const stage = `${out}/stage/research-snapshot`;
const files = [
  'research-snapshot.js',
  'research-snapshot.iife.js',
  'research-snapshot.css',
  'discovery.js',
  'movement.js',
  'scheme.js',
  'locales',
];

for (const file of files) {
  if (!existsSync(`${root}dist/${file}`)) throw new Error(`dist/${file} is missing: run npm run build first.`);
}
rmSync(`${out}/stage`, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync(plugin, stage, { recursive: true });
for (const file of files) cpSync(`${root}dist/${file}`, `${stage}/dist/${file}`, { recursive: true });
rmSync(`${out}/research-snapshot.zip`, { force: true });
execFileSync('zip', ['-qr', '../research-snapshot.zip', 'research-snapshot'], { cwd: `${out}/stage`, stdio: 'inherit' });
rmSync(`${out}/stage`, { recursive: true, force: true });
console.log('wrote integrations/wordpress/build/research-snapshot.zip');
