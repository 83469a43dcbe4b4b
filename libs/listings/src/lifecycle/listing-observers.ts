import type { Actor } from '@app/identity';
import type { EntityManager } from 'typeorm';
import type { ListingScope } from './listing-access';
import type { LifecycleListing } from './listing-kind';
import type { ListingRevision } from './listing-revision.entity';
import type { ListingAction, LifecycleState } from './transitions';

/** One change of a listing's lifecycle, as modules further down the data flow (notices) learn of it. */
export interface ListingChange {
  type: string;
  listing: LifecycleListing & { title?: string };
  action: ListingAction;
  actor: Actor | null;
  reason?: string;
  scope: ListingScope;
  /** The edit under review, for a published listing's revision. */
  pending: ListingRevision | null;
  before: LifecycleState;
  after: LifecycleState;
  /** For a submission after a return (the listing or its edit had been sent back): the coordinator's reason then. */
  previousReturn: string | null;
}

/**
 * Told of every lifecycle change inside its transaction (so that what it writes commits with the change);
 * returns e-mail outbox ids to send once the change committed.
 */
export interface ListingObserver {
  listingChanged(m: EntityManager, change: ListingChange): Promise<string[]>;
}
