import type { EntityManager } from 'typeorm';

/** A listing record the search index keeps a document of. */
export type IndexedListing = 'need' | 'capability' | 'provider';
/** A listing record matching ranks: a need against providers, a provider against needs. */
export type MatchedListing = 'need' | 'provider';

/**
 * What follows from a change of listings, recorded in the writing transaction by the modules that own it: the search
 * index's outbox rows and matching's run requests. Listings sits below search and matching, so it declares this port
 * and matching provides it (libs/matching ListingDerivationsModule); a process that composes listings without matching
 * fails at start-up instead of silently skipping the index and the matches.
 */
export abstract class ListingDerivations {
  /** These records' index documents must be rewritten. */
  abstract reindex(manager: EntityManager, type: IndexedListing, ids: string[]): Promise<void>;
  /** These subjects need (re)matching for their current revision. */
  abstract rematch(
    manager: EntityManager,
    type: MatchedListing,
    subjects: { id: string; revision: number }[],
  ): Promise<void>;
  /**
   * After the commit: queues these published needs' pending runs at once (a need's candidates come from PostgreSQL, so
   * its run need not wait for the search index). Never fails the caller: the sweep finds a run whose job was lost.
   */
  abstract rankNow(needIds: string[]): Promise<void>;
}
