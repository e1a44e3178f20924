/**
 * Writes the API tables of README.md from custom-elements.json, between
 * `<!-- api:start -->` and `<!-- api:end -->`.
 *   node test/tools/api-docs.mjs          rewrite README.md
 *   node test/tools/api-docs.mjs --check  fail when README.md is out of date, or a
 *                                         part the templates write is not documented
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const readmePath = `${root}README.md`;
const readme = readFileSync(readmePath, 'utf8');

const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'research-snapshot');
if (!element) throw new Error('custom-elements.json has no <research-snapshot>');

const cell = (value) =>
  String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (value) => (value ? `\`${value}\`` : '');
function table(headers, rows) {
  if (!rows.length) return '_None._\n';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ].join('\n');
}

const fields = new Map((element.members ?? []).map((member) => [member.name, member]));
const sections = [
  '### Attributes\n',
  table(
    ['Attribute', 'Property', 'Type', 'Default', 'Description'],
    (element.attributes ?? []).map((a) => [
      code(a.name),
      code(a.fieldName),
      code(a.type?.text ?? fields.get(a.fieldName)?.type?.text),
      code(a.default ?? fields.get(a.fieldName)?.default),
      a.description,
    ]),
  ),
  '### Properties without an attribute\n',
  table(
    ['Property', 'Type', 'Description'],
    (element.members ?? [])
      .filter((m) => m.kind === 'field' && (!m.privacy || m.privacy === 'public') && !m.static && !m.name.startsWith('#'))
      .filter((m) => !(element.attributes ?? []).some((a) => a.fieldName === m.name))
      .map((m) => [code(m.name), code(m.type?.text), m.description]),
  ),
  '### Methods\n',
  table(
    ['Method', 'Description'],
    (element.members ?? [])
      .filter((m) => m.kind === 'method' && (!m.privacy || m.privacy === 'public') && !m.static && !m.name.startsWith('#'))
      .map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), m.description]),
  ),
  '### Events\n',
  table(
    ['Event', 'Type', 'Description'],
    (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description]),
  ),
  '### Slots\n',
  table(
    ['Slot', 'Description'],
    (element.slots ?? []).map((s) => [code(s.name || '(default)'), s.description]),
  ),
  '### CSS parts\n',
  table(
    ['Part', 'Description'],
    (element.cssParts ?? []).map((p) => [code(p.name), p.description]),
  ),
  '### CSS custom properties\n',
  table(
    ['Property', 'Default', 'Description'],
    (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description]),
  ),
];
const generated = `<!-- api:start -->\n<!-- Generated from custom-elements.json by test/tools/api-docs.mjs; do not edit by hand. -->\n\n${sections.join('\n')}<!-- api:end -->`;

const pattern = /<!-- api:start -->[\s\S]*?<!-- api:end -->/;
if (!pattern.test(readme)) throw new Error('README.md has no <!-- api:start --> … <!-- api:end --> block');
const next = readme.replace(pattern, generated);

if (process.argv.includes('--check')) {
  // Every part the templates write is a documented @csspart of the element.
  const documented = new Set((element.cssParts ?? []).map((p) => p.name));
  const written = readdirSync(`${root}src/templates`)
    .flatMap((file) => [...readFileSync(`${root}src/templates/${file}`, 'utf8').matchAll(/\bpart="([^"$]+)"/g)])
    .flatMap((match) => match[1].split(/\s+/));
  const undocumented = [...new Set(written)].filter((name) => !documented.has(name));
  if (!written.length || undocumented.length) {
    console.error(`Parts the templates write without a @csspart in the element's JSDoc: ${undocumented.join(', ') || '(no part found)'}.`);
    process.exit(1);
  }
  if (next !== readme) {
    console.error('README.md API tables differ from custom-elements.json: run `npm run docs:api` and commit.');
    process.exit(1);
  }
  console.log('README.md API tables match custom-elements.json.');
} else {
  writeFileSync(readmePath, next);
  console.log('README.md API tables written from custom-elements.json.');
}
