import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'net',
  'http',
  'https',
  'process',
  'worker_threads',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.tools/**',
      '.data/**',
      'coverage/**',
      '*.js',
      'test/support/*.js',
      '**/*.mjs',
      // Generated from the API's OpenAPI document by the build.
      'apps/web/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Nest resolves constructor parameters from emitted metadata, so injected classes must be value imports.
    files: ['apps/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Module boundaries: workflows are deterministic and see only contracts and pure domain code.
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'Workflow code must be deterministic: no Node builtins.',
          })),
          patterns: [
            { group: ['node:*'], message: 'Workflow code must be deterministic: no Node builtins.' },
            {
              group: ['typeorm', 'pg', '@nestjs/*', '**/apps/**', '**/libs/persistence/**', '**/libs/config/**'],
              message: 'Workflows may import only contracts and domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: ['libs/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/apps/**', '**/workflows/**'], message: 'libs must not depend on apps or workflows.' },
          ],
        },
      ],
    },
  },
  {
    // After the libs block, so that this stricter rule wins for the domain.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Its own modules, the contracts' codes (plain constants, no I/O, no Temporal): the names of
              // statuses and actions the rules speak of, and the Temporal API's polyfill for zoned dates.
              regex: '^(?!\\./|(\\.\\./)+contracts/(actions|arrangement|codes)$|@js-temporal/polyfill$)',
              // Types of the other contracts it works on are fine: they leave nothing behind at run time.
              allowTypeImports: true,
              message:
                "The domain depends on nothing: only its own modules, the contracts' codes and types, and the dates polyfill.",
            },
          ],
        },
      ],
    },
  },
  {
    // The page's boot script, plain JavaScript the build copies as it is: TypeScript checks its names (checkJs).
    files: ['apps/web/public/**/*.js'],
    rules: { 'no-undef': 'off' },
  },
  {
    // The bundler's own configuration: import-x's resolver cannot read vite's export map.
    files: ['apps/web/vite.config.mts'],
    rules: { 'import-x/no-cycle': 'off' },
  },
  {
    // The web app is a browser bundle: of the server side it may use only the contracts (codes, no I/O) and
    // the domain's pure rules, so that a form asks a hard rule before sending, as the process will.
    files: ['apps/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/libs/*/**',
                '!**/libs/contracts/**',
                '!**/libs/domain/**',
                '**/apps/api/**',
                '**/workflows/**',
              ],
              allowTypeImports: true,
              message:
                'The web app talks to the API over HTTP; of the server side it may import only the contracts and the domain rules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Replies are JSON read as the API documents it; the assertions check their shape.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-console': 'off',
    },
  },
);
