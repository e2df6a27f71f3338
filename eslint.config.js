// Flat config: eslint walks the tree itself, so no shell globbing is involved.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const commandRule = {
  'no-restricted-imports': [
    'error',
    {
      paths: ['child_process', 'node:child_process'].map((name) => ({
        name,
        message: 'Run commands through src/exec.ts (argument arrays, one wrapper).',
      })),
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      ...commandRule,
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
    rules: commandRule,
  },
  {
    // Test support, benchmarks and scripts start real servers and peers directly.
    files: ['__tests__/**', 'bench/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Git only through named verbs (src/git.ts): a literal argument list passed to `.run(` is
    // a raw git command. src/gitops/ may still build its own commit/push plumbing.
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    ignores: ['src/git.ts', 'src/gitops/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='run'][arguments.0.type='ArrayExpression']",
          message:
            'Run git through a named verb of the Git class (src/git.ts), not a raw argument list: add the verb there if it is missing.',
        },
      ],
    },
  },
  prettier,
);
