import { createRequire } from 'module';

/**
 * Node's own `require`, for locating data files inside installed packages.
 * The apps are bundled with webpack, which rewrites a bare `require.resolve`
 * into a bundle module id; a `require` made by `createRequire` is left alone
 * and resolves from the running file's location as usual.
 */
export const nodeRequire: NodeJS.Require = createRequire(__filename);
