// Lint of the whole tree. Type checking is `tsc` (turbo `typecheck`); this catches what tsc does not.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noImportCycles from './eslint-rules/no-import-cycles.mjs';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/coverage/**', '**/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { x: { rules: { 'no-import-cycles': noImportCycles } } },
    rules: {
      // No two files import each other, however indirectly (type-only imports count).
      'x/no-import-cycles': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Package boundaries: only what another package's `exports` names, never its src/ or dist/.
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@x/*/src', '@x/*/src/**', '@x/*/dist', '@x/*/dist/**'], message: 'Import only what the package exports.' },
        { group: ['../../packages/**', '../../../packages/**'], message: 'Import another package by its name.' },
      ] }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
