// Lint: typescript-eslint's recommended rules on the extension, its tests and the e2e scripts.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', 'test/e2e/workspace/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'prefer-const': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The harness extension is plain CommonJS, loaded by the editor as it is.
    files: ['test/e2e/harness/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
