import { Initial1795432784415 } from './1795432784415-Initial';

/** Migrations in the order they apply; each is reviewed code. */
export const ALL_MIGRATIONS: Function[] = [Initial1795432784415];
