// Lint rules, including the dependency rule: src/ never imports platform code, adapters never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const platformPackages = ['@slack/*', 'discord.js', '@discordjs/*', 'ws'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bin/', 'eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: platformPackages,
              message: 'src/ is platform-free: platform code lives in adapters/.',
            },
            { group: ['**/adapters/**'], message: 'src/ never depends on adapters/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['adapters/slack/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/discord/**', 'discord.js', '@discordjs/*'],
              message: 'Adapters never import each other.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['adapters/discord/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/slack/**', '@slack/*'], message: 'Adapters never import each other.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
