import type { FieldError } from '@app/common';
import type { EntityManager } from 'typeorm';
import type { ListingStatus } from '../entities/listing-status';
import type { ListingDerivations } from '../listing-derivations';
import type { ListingScope } from './listing-access';
import type { ListingType } from './transitions';

/** What the lifecycle reads and writes on any listing row. */
export interface LifecycleListing {
  id: string;
  status: ListingStatus;
  revision: number;
  returnReason: string | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
}

/** The kind-specific parts of the lifecycle: a need and a capability plug in here. */
export interface ListingKind<E extends LifecycleListing, C extends object> {
  readonly type: ListingType;
  readonly entity: new () => E;
  /** Who owns the listing and which region reviews it. */
  scopeOf(listing: E, manager: EntityManager): Promise<ListingScope>;
  /** The editable content (what a revision proposes and approval copies onto the listing). */
  contentOf(listing: E): C;
  /** What keeps content from review: missing parts, a deadline already past. */
  reviewErrors(content: C): FieldError[];
  /** In the transaction, after the listing row changed: outbox rows for the index, match requests. */
  propagate(
    manager: EntityManager,
    listing: E,
    before: { status: ListingStatus },
    derived: ListingDerivations,
  ): Promise<void>;
}
