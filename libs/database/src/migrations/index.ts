import { Initial1795433366908 } from './1795433366908-Initial';

/** Migrations in the order they apply; each is reviewed code. */
export const ALL_MIGRATIONS: Function[] = [Initial1795433366908];
