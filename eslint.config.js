/**
 * ESLint: the TypeScript and Astro recommended rules, and the rules that keep the layers
 * (docs/architecture.md): `src/lib/` is plain TypeScript in layers,
 * markdown < content < model < site < view, each importing only its own layer or lower
 * ones and only types from `astro:` modules; components take props and never import
 * `src/data/`; no import cycles anywhere.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

/** The layers of `src/lib/`, lowest first. */
const LAYERS = ['markdown', 'content', 'model', 'site', 'view'];

const noAstroModules = {
  regex: '^astro:',
  allowTypeImports: true,
  message: 'src/lib/ is plain TypeScript: import only types from astro: modules, and take the data as arguments.',
};

/** Within src/lib/<layer>/, an import of a higher layer, or of anything outside src/lib/ in src/. */
function layerRule(layer, index) {
  const higher = LAYERS.slice(index + 1);
  const patterns = [noAstroModules];
  if (higher.length > 0) {
    patterns.push({
      regex: `^(\\.\\./)+(${higher.join('|')})/`,
      message: `src/lib/${layer}/ imports only its own layer or lower ones (${LAYERS.slice(0, index + 1).join(' < ')}).`,
    });
  }
  patterns.push({
    regex: '^(\\.\\./)+(data|components|layouts|pages|integrations|scripts)/',
    message: 'src/lib/ is the library: it imports nothing from the site that uses it.',
  });
  return {
    files: [`src/lib/${layer}/**/*.ts`],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
  };
}

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'bench/.work/',
      'bench/baseline-astro/',
      'screenshots/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/scripts/**/*.ts', 'src/components/**/*.astro'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', location: 'readonly' },
    },
  },
  ...LAYERS.map(layerRule),
  {
    files: ['src/components/**/*.astro', 'src/layouts/**/*.astro', 'src/pages/**/_components/**/*.astro'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+data/',
              message: 'Components take props only: the page builds their view model (src/lib/view/) from src/data/.',
            },
          ],
        },
      ],
    },
  },
);
