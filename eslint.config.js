// The project's lint rules: ESLint's and typescript-eslint's recommended sets, a line length and a function length
// a reader can take in. `npm run lint` (run in CI) fails on any error.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
