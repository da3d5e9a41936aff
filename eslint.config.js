// @ts-check
import nounsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

/** HTML sinks we never use: page and document text goes through textContent only. */
const HTML_SINK_MESSAGE = 'Build DOM with createElement and textContent; HTML sinks are banned (see CONVENTIONS.md).';

/** Layers other folders must not reach into (CONVENTIONS.md, "What we take" 1). */
const EDGE_LAYERS = ['content', 'background', 'popup', 'sidepanel', 'welcome', 'platform', 'cli'];

const layerPatterns = (layers) => layers.map((l) => ({ group: [`**/${l}/*`, `**/${l}`], message: `This layer may not import from src/${l}/.` }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'bench-results/**', '.vite/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'no-unsanitized': nounsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: HTML_SINK_MESSAGE },
        { property: 'outerHTML', message: HTML_SINK_MESSAGE },
        { property: 'insertAdjacentHTML', message: HTML_SINK_MESSAGE },
        { object: 'document', property: 'write', message: HTML_SINK_MESSAGE },
        { object: 'document', property: 'writeln', message: HTML_SINK_MESSAGE },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: HTML_SINK_MESSAGE },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: HTML_SINK_MESSAGE },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The core runs in Node, the service worker and the content script alike: no edge layer, no Node built-in, no extension API.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layerPatterns(EDGE_LAYERS),
            { group: ['node:*', 'fs', 'path', 'os', 'url', 'child_process', 'worker_threads'], message: 'src/core must not use Node-only modules.' },
            { group: ['webextension-polyfill'], message: 'src/core must not use extension APIs; go through src/platform at the edges.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'document', message: 'src/core has no DOM.' }, { name: 'window', message: 'src/core has no DOM.' }, { name: 'chrome', message: 'src/core has no extension API.' }, { name: 'browser', message: 'src/core has no extension API.' }, { name: 'process', message: 'src/core must not use Node globals.' }],
    },
  },
  {
    files: ['src/content/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(['background', 'popup', 'sidepanel', 'welcome']) }] },
  },
  {
    // Tests read the page's markup to prove we did not change it; reading is not a sink.
    files: ['tests/e2e/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' },
  },
);
