// The project's lint rules: ESLint's and typescript-eslint's recommended sets, a line length and a function length
// a reader can take in. `npm run lint` (run in CI) fails on any error.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';

// One-way layers (docs/ARCHITECTURE.md): what each folder may import of ours. core imports nothing and may be
// imported by all; a folder not listed here may not be imported by these.
const LAYERS = {
  core: [],
  text: [],
  corpus: ['text'],
  knowledge: ['corpus', 'text'],
  search: ['knowledge', 'corpus', 'text'],
  store: ['knowledge', 'text'],
  answer: ['search', 'knowledge', 'corpus', 'text'],
  charts: ['knowledge'],
  digest: ['answer', 'knowledge', 'corpus', 'store', 'text'],
  feeds: ['corpus', 'knowledge', 'store', 'text'],
  app: ['answer', 'search', 'knowledge', 'corpus', 'store', 'text'],
  commands: ['app', 'answer', 'digest', 'charts', 'search', 'knowledge', 'corpus', 'store', 'text'],
  adapters: ['app', 'charts', 'knowledge', 'store', 'text'],
  entry: ['adapters', 'commands', 'app', 'answer', 'digest', 'feeds', 'charts', 'search', 'knowledge', 'corpus', 'store', 'text'],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'bench/out/', 'data/', 'build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        structuredClone: 'readonly',
        NodeJS: 'readonly',
      },
    },
    rules: {
      'max-len': [
        'error',
        { code: 140, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreComments: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // Functions a reader takes in at once: a longer one is cut into named steps.
  {
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  // Folders import each other one way only; `npm run lint` fails on an import against the layers.
  {
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'commands', pattern: 'commands' },
        ...Object.keys(LAYERS)
          .filter((l) => l !== 'commands')
          .map((l) => ({ type: l, pattern: `src/${l}` })),
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(LAYERS).map(([from, to]) => ({
            from: { element: { type: from } },
            allow: { to: { element: { types: { anyOf: [from, 'core', ...to] } } } },
          })),
        },
      ],
    },
  },
  // One adapter seam: the platform SDKs only in src/adapters/, the LLM client only in src/answer/llm*.
  {
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    ignores: ['src/adapters/**', 'src/answer/llm*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['discord.js', '@discordjs/*', '@slack/*', 'openai', 'openai/*'],
              message: 'Platform SDKs belong in src/adapters/ and the LLM client in src/answer/llm*.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['openai', 'openai/*'], message: 'The LLM client belongs in src/answer/llm*.' }] },
      ],
    },
  },
);
