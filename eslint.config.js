// ESLint for the whole repository: typescript-eslint (type-checked) everywhere,
// Lit and web-component rules for the element, and the safety rules that keep
// data from becoming markup or code in src/ (no unsafe directives, no HTML
// from strings, no eval, no inline style bindings).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/** Directives and APIs that would let a string become markup, styles or code. */
const UNSAFE_IMPORTS = {
  paths: [
    { name: 'lit', importNames: ['unsafeCSS'], message: 'unsafeCSS turns a string into styles.' },
    { name: 'lit/directives/unsafe-html.js', message: 'unsafeHTML turns a string into markup.' },
    { name: 'lit/directives/unsafe-svg.js', message: 'unsafeSVG turns a string into markup.' },
    { name: 'lit/directives/unsafe-mathml.js', message: 'unsafeMathML turns a string into markup.' },
    { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: 'unsafeStatic turns a string into markup.' },
    { name: 'lit/directives/style-map.js', message: 'styleMap binds inline styles, which a strict Content-Security-Policy forbids.' },
  ],
};

const UNSAFE_SYNTAX = [
  { selector: "NewExpression[callee.name='DOMParser']", message: 'No HTML parsed from strings.' },
  {
    selector:
      'CallExpression[callee.property.name=/^(createContextualFragment|parseHTMLUnsafe|setHTMLUnsafe|insertAdjacentHTML|write|writeln)$/]',
    message: 'No HTML parsed from strings.',
  },
  { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'No innerHTML / outerHTML.' },
  // el['inner' + 'HTML'] = … and el['insertAdjacent' + 'HTML'](…): a name built from strings hides what it reaches.
  {
    selector:
      ':matches(AssignmentExpression > MemberExpression.left, CallExpression > MemberExpression.callee)[computed=true] > :matches(BinaryExpression, TemplateLiteral).property',
    message: 'No assignments or calls through property names built from strings.',
  },
  {
    selector: 'TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\sstyle\\s*=/]',
    message: 'No inline style= in templates: a strict Content-Security-Policy forbids it.',
  },
  {
    selector: 'Identifier[name=/^(unsafeHTML|unsafeSVG|unsafeMathML|unsafeCSS|unsafeStatic|styleMap)$/]',
    message: 'No unsafe Lit directive.',
  },
];

export default tseslint.config(
  // test/consumers/ are separate apps with dependencies of their own, checked by consumers-check.mjs.
  { ignores: ['dist/', 'demo-dist/', 'bench-results/', 'node_modules/', 'test/consumers/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // French typography puts narrow no-break spaces inside its strings on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // @open-wc/testing's chai assertions are thenables (for axe's accessible()), so every expect() would count.
      '@typescript-eslint/no-floating-promises': 'off',
      // The tracker and the hostile suite keep the page's own methods to put them back.
      '@typescript-eslint/unbound-method': 'off',
      // Its fixes drop casts that tests need (a module URL with a query, patched globals' types).
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Tests patch and call the page's own functions, whatever their types.
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Plain JavaScript (tools, configs): the recommended rules, without type information.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...nounsanitized.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': ['error', UNSAFE_IMPORTS],
      'no-restricted-syntax': ['error', ...UNSAFE_SYNTAX],
    },
  },
  {
    // Node tools and configs.
    files: ['**/*.mjs', '*.js', '*.ts', 'scripts/**', 'test/tools/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
