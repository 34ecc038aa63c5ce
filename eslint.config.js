// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules over every file the
// project runs: the server (src/), the command (bin/), the benchmark (bench/), the scripts and the tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'docs/', 'src/db/tables.generated.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // a leading `_` marks a binding kept on purpose: a callback's unused parameter, a key left out of a rest copy
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['test/**'],
    rules: {
      // tests read JSON response bodies, whose shape is what they assert: typing each as `any` is the point
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
