// ESLint: the conventions the code keeps, checked (CI runs `npm run lint`). Formatting is Prettier's.
// The layers (which folder may import which) are checked by .ci/layers.mjs, which reads ARCHITECTURE.md's table.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';

/** Data reaches the DOM only as text: the HTML sinks and Lit's escape hatches are out (quality-bar.md, Security). */
const sinks = [
  { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'Data reaches the DOM only as text: no innerHTML/outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Data reaches the DOM only as text: no insertAdjacentHTML.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'No document.write.' },
  {
    selector: "CallExpression[callee.property.name='createContextualFragment']",
    message: 'Data reaches the DOM only as text: no createContextualFragment.',
  },
  // A strict CSP (style-src 'self') refuses style attributes: positions go through CSSOM custom properties.
  {
    selector: 'TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\sstyle=/]',
    message: 'No style attribute in templates (strict CSP): set a custom property through CSSOM instead.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'storybook-static/**', 'demo/**', 'bench/**', 'tests/**', 'stories/**', '**/*.d.ts', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...sinks],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Data reaches the DOM only as text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Data reaches the DOM only as text.' },
            { name: 'lit/directives/style-map.js', message: 'No style attribute bindings (strict CSP).' },
            { name: 'lit/static-html.js', message: 'Static HTML is for the server entry only (a tag name it renders), never for data.' },
            {
              name: 'lit/decorators.js',
              message: "Declare Lit's static properties: the decorators and their helper cost 569 bytes gzip of the bundle.",
            },
            { name: 'd3', message: 'Import the d3 submodule you need (d3-array, d3-path): the bundle carries only what it uses.' },
            { name: 'd3-selection', message: 'd3 computes, Lit renders: no d3-selection.' },
          ],
          patterns: [{ group: ['d3-selection/*', 'd3-transition', 'd3-transition/*'], message: 'd3 computes, Lit renders.' }],
        },
      ],
      // Own properties only: a host page may have polluted Object.prototype.
      'prefer-object-has-own': 'error',
      'no-prototype-builtins': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // `== null` is the one loose comparison allowed: null or undefined, as JSON from a publisher has both.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The server entry writes an element by its tag name: Lit's static html (with the document escaped
    // into its inline JSON script), which the template linter cannot read as HTML.
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      'lit/binding-positions': 'off',
      'lit/no-invalid-html': 'off',
    },
  },
);
