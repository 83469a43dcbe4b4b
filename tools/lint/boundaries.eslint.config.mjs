// Checks module boundaries only: npx eslint -c tools/lint/boundaries.eslint.config.mjs libs apps/api/src apps/worker/src
import { moduleBoundaries } from './module-boundaries.mjs';

export default [{ ignores: ['**/dist/**', '**/node_modules/**', 'apps/web/**'] }, ...moduleBoundaries];
