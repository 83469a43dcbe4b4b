// Checks module boundaries only: npx eslint -c tools/lint/boundaries.eslint.config.mjs libs apps/api/src apps/worker/src
// (typescript-eslint's plugin is registered so the code's eslint-disable comments name known rules; none is enabled.)
import tseslint from 'typescript-eslint';
import { moduleBoundaries } from './module-boundaries.mjs';

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', 'apps/web/**'] },
  { plugins: { '@typescript-eslint': tseslint.plugin }, linterOptions: { reportUnusedDisableDirectives: 'off' } },
  ...moduleBoundaries,
];
