import { AuditService } from '@app/audit';
import { DomainError } from '@app/common';
import { Actor } from '@app/identity';
import { JobDispatcher } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { ListingStatus } from '../entities/listing-status';
import { ListingDerivations } from '../listing-derivations';
import { ListingAccess, ListingScope } from './listing-access';
import { ListingChange, ListingObserver } from './listing-observers';
import { sameContent } from './listing-input';
import { LifecycleListing, ListingKind } from './listing-kind';
import { ListingRevision, PendingRevisionStatus } from './listing-revision.entity';
import { LifecycleState, lifecycleState, ListingAction, nextState, statusOf } from './transitions';

export interface LoadedListing<E> {
  listing: E;
  /** The edit of the published content waiting for review or returned, if any. */
  pending: ListingRevision | null;
  scope: ListingScope;
  state: LifecycleState;
}

export interface ListingListQuery {
  /** Only the listings the caller owns (any status); otherwise the published ones. */
  mine?: boolean;
  status?: ListingStatus;
  page: number;
  limit: number;
}

const PENDING: PendingRevisionStatus[] = ['submitted', 'returned'];
const SUBMITTED: LifecycleState[] = ['submitted', 'revision_submitted'];

/**
 * Moves needs and capabilities through the lifecycle defined in `transitions.ts`: every change is checked
 * against the table and the actor's role, audited with before/after, and (when the listing row changes)
 * followed in the same transaction by outbox rows for the index and match requests.
 */
@Injectable()
export class ListingLifecycle {
  private readonly observers: ListingObserver[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobDispatcher,
    private readonly derivations: ListingDerivations,
  ) {}

  /** Modules that react to lifecycle changes (review notices) register here; listings imports none of them. */
  observe(observer: ListingObserver): void {
    if (!this.observers.includes(observer)) this.observers.push(observer);
  }

  /**
   * Tells the observers of a review that is not a need's or a capability's (an expert's profile), inside its
   * transaction; returns the e-mail outbox ids to send once it committed.
   */
  async tell(m: EntityManager, change: ListingChange): Promise<string[]> {
    const emailIds: string[] = [];
    for (const observer of this.observers) emailIds.push(...(await observer.listingChanged(m, change)));
    return emailIds;
  }

  /** A new draft owned by the caller: the row, its outbox entry and the audit entry in one transaction. */
  async createDraft<E extends LifecycleListing, C extends object>(
    kind: ListingKind<E, C>,
    values: Partial<E>,
    actor: Actor,
  ): Promise<LoadedListing<E>> {
    const listing = await this.db.transaction(async (m) => {
      const saved = await m.save(
        m.create(kind.entity, { ...values, status: 'draft', revision: 1, createdBy: actor.userId } as never),
      );
      await kind.propagate(m, saved, { status: 'draft' }, this.derivations);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: `${kind.type}.create`,
          targetType: kind.type,
          targetId: saved.id,
          before: null,
          after: { state: 'draft', status: 'draft', revision: 1 },
        },
        m,
      );
      return saved;
    });
    await this.jobs.tryEnqueue('search.drain', {});
    const [loaded] = await this.loaded(kind, [listing]);
    return loaded;
  }

  /** A page of listings matching `where`, most recently changed first. */
  async page<E extends LifecycleListing, C extends object>(
    kind: ListingKind<E, C>,
    where: Record<string, unknown>,
    query: Pick<ListingListQuery, 'page' | 'limit'>,
  ) {
    const [listings, total] = await this.db.getRepository(kind.entity).findAndCount({
      where: where as never,
      order: { updatedAt: 'DESC', id: 'ASC' } as never,
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    return { loaded: await this.loaded(kind, listings), total };
  }

  /** A listing as the actor may see it: 404 when missing, 401/403 when it is a draft that is not theirs to see. */
  async read<E extends LifecycleListing, C extends object>(
    kind: ListingKind<E, C>,
    id: string,
    actor: Actor | null,
  ): Promise<LoadedListing<E>> {
    const loaded = await this.load(kind, id, this.db.manager, false);
    if (!ListingAccess.canView(actor, loaded.listing, loaded.scope))
      throw actor ? DomainError.forbidden() : new DomainError('UNAUTHENTICATED');
    return loaded;
  }

  /**
   * Edits the content. A draft changes in place (its revision goes up); a published listing gets a pending
   * revision that goes to review while the published content stays as it is.
   */
  update<E extends LifecycleListing, C extends object>(
    kind: ListingKind<E, C>,
    id: string,
    actor: Actor,
    edit: (current: C) => C,
  ): Promise<LoadedListing<E>> {
    return this.change(kind, id, actor, 'update', undefined, async (m, loaded, next) => {
      const { listing, pending } = loaded;
      if (next === 'draft') {
        const current = kind.contentOf(listing);
        const content = edit(current);
        if (sameContent(content, current)) return null;
        Object.assign(listing, content);
        listing.revision += 1;
        return { listingChanged: true, changed: changedKeys(current, content) };
      }
      const base = (pending?.content as C | undefined) ?? kind.contentOf(listing);
      const content = edit(base);
      if (sameContent(content, base)) return null;
      assertReviewable(kind, content);
      const revision =
        pending ??
        m.create(ListingRevision, {
          listingType: kind.type,
          listingId: listing.id,
          baseRevision: listing.revision,
          createdBy: actor.userId,
        });
      Object.assign(revision, { content, status: 'submitted', submittedAt: new Date(), returnReason: null });
      loaded.pending = await m.save(revision);
      return { listingChanged: false, changed: changedKeys(kind.contentOf(listing), content) };
    });
  }

  /**
   * submit, approve, return (with a reason), close, resolve, or the system's expire. `actor` null is the system.
   * Given a `manager`, the change joins that transaction (as a savepoint) and the caller queues `search.drain` after its commit.
   */
  act<E extends LifecycleListing, C extends object>(
    kind: ListingKind<E, C>,
    id: string,
    action: Exclude<ListingAction, 'update'>,
    actor: Actor | null,
    reason?: string,
    manager?: EntityManager,
  ): Promise<LoadedListing<E>> {
    if (action === 'return' && !reason?.trim())
      throw DomainError.validation([{ field: 'reason', constraint: 'isNotEmpty' }]);
    return this.change(kind, id, actor, action, manager, async (m, loaded, next) => {
      const { listing, pending } = loaded;
      const now = new Date();
      // What the coordinator sent back, so that the resubmission's review can show what changed (public part only).
      const returned =
        action === 'return'
          ? { returnedContent: publicPart((pending?.content as C | undefined) ?? kind.contentOf(listing)) }
          : {};
      const revisionState =
        next === 'revision_submitted' ? 'submitted' : next === 'revision_returned' ? 'returned' : null;
      if (action === 'submit') assertReviewable(kind, (pending?.content as C | undefined) ?? kind.contentOf(listing));

      if (pending && revisionState) {
        // The review of an edit: the published content is not touched.
        Object.assign(pending, { status: revisionState, returnReason: action === 'return' ? (reason ?? null) : null });
        if (action === 'submit') pending.submittedAt = now;
        if (action === 'return') Object.assign(pending, { reviewedAt: now, reviewedBy: actor?.userId ?? null });
        loaded.pending = await m.save(pending);
        return { listingChanged: false, reason, ...returned };
      }
      if (pending) {
        // Approved: the edit becomes the published content. Otherwise (closed, resolved, expired) it is dropped.
        if (action === 'approve') {
          Object.assign(listing, pending.content);
          listing.revision += 1;
        }
        Object.assign(pending, {
          status: action === 'approve' ? 'approved' : 'discarded',
          reviewedAt: now,
          reviewedBy: actor?.userId ?? null,
        });
        await m.save(pending);
        loaded.pending = null;
      }
      listing.status = statusOf(next);
      if (action === 'submit') Object.assign(listing, { submittedAt: now, returnReason: null });
      if (action === 'return') listing.returnReason = reason ?? null;
      if (action === 'approve') Object.assign(listing, { returnReason: null, publishedAt: listing.publishedAt ?? now });
      return { listingChanged: true, reason, ...returned };
    });
  }

  private async change<E extends LifecycleListing, C extends object>(
    kind: ListingKind<E, C>,
    id: string,
    actor: Actor | null,
    action: ListingAction,
    outer: EntityManager | undefined,
    apply: (
      m: EntityManager,
      loaded: LoadedListing<E>,
      next: LifecycleState,
    ) => Promise<{ listingChanged: boolean; [detail: string]: unknown } | null>,
  ): Promise<LoadedListing<E>> {
    let changedRow = false;
    const emailIds: string[] = [];
    const result = await (outer ?? this.db.manager).transaction(async (m) => {
      const loaded = await this.load(kind, id, m, true);
      const { listing, scope } = loaded;
      if (actor && !ListingAccess.canView(actor, listing, scope)) throw DomainError.forbidden();
      if (!ListingAccess.mayTake(action, actor, scope)) throw DomainError.forbidden();
      const next = nextState(kind.type, loaded.state, action);
      const before = { state: loaded.state, status: listing.status, revision: listing.revision };
      const previousReturn = loaded.pending?.status === 'returned' ? loaded.pending.returnReason : listing.returnReason;
      const outcome = await apply(m, loaded, next);
      if (!outcome) return loaded; // nothing changed
      const { listingChanged, ...details } = outcome;
      if (listingChanged) {
        await m.save(listing);
        await kind.propagate(m, listing, { status: before.status }, this.derivations);
        changedRow = true;
      }
      loaded.state = lifecycleState(
        listing.status,
        (loaded.pending?.status as PendingRevisionStatus | undefined) ?? null,
      );
      await this.audit.record(
        {
          actorId: actor?.userId ?? null,
          action: `${kind.type}.${action}`,
          targetType: kind.type,
          targetId: listing.id,
          before,
          after: { state: loaded.state, status: listing.status, revision: listing.revision, ...details },
        },
        m,
      );
      const change: ListingChange = {
        type: kind.type,
        listing,
        action,
        actor,
        reason: typeof details.reason === 'string' ? details.reason : undefined,
        scope,
        pending: loaded.pending,
        before: before.state,
        after: loaded.state,
        previousReturn: SUBMITTED.includes(loaded.state) ? (previousReturn ?? null) : null,
      };
      for (const observer of this.observers) emailIds.push(...(await observer.listingChanged(m, change)));
      return loaded;
    });
    if (changedRow && !outer) {
      await this.jobs.tryEnqueue('search.drain', {});
      if (kind.type === 'need' && result.listing.status === 'published') await this.derivations.rankNow([id]);
    }
    if (emailIds.length && !outer) await this.jobs.tryEnqueue('notifications.send', { emailIds });
    return result;
  }

  private async load<E extends LifecycleListing, C extends object>(
    kind: ListingKind<E, C>,
    id: string,
    m: EntityManager,
    lock: boolean,
  ): Promise<LoadedListing<E>> {
    if (!isUUID(id)) throw DomainError.notFound(kind.type);
    const query = m.getRepository(kind.entity).createQueryBuilder('listing').where('listing.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    // A read takes the pending revision in the same round trip (a locked read cannot: FOR UPDATE refuses outer joins).
    else
      query.leftJoinAndMapOne(
        'listing.pendingRevision',
        ListingRevision,
        'pending',
        'pending.listingType = :type and pending.listingId = listing.id and pending.status in (:...pendingStatuses)',
        { type: kind.type, pendingStatuses: PENDING },
      );
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the rule misreads the generic E: without it, pendingRevision is unknown
    const listing = (await query.getOne()) as (E & { pendingRevision?: ListingRevision | null }) | null;
    if (!listing) throw DomainError.notFound(kind.type);
    const pending = lock
      ? await m.getRepository(ListingRevision).findOneBy({ listingType: kind.type, listingId: id, status: In(PENDING) })
      : (listing.pendingRevision ?? null);
    delete listing.pendingRevision;
    const scope = await kind.scopeOf(listing, m);
    return {
      listing,
      pending,
      scope,
      state: lifecycleState(listing.status, (pending?.status as PendingRevisionStatus | undefined) ?? null),
    };
  }

  /** Listings already read (a page of a list, a new draft) with their pending revisions, scopes and states. */
  async loaded<E extends LifecycleListing, C extends object>(
    kind: ListingKind<E, C>,
    listings: E[],
  ): Promise<LoadedListing<E>[]> {
    const ids = listings.map((l) => l.id);
    const revisions = ids.length
      ? await this.db
          .getRepository(ListingRevision)
          .findBy({ listingType: kind.type, listingId: In(ids), status: In(PENDING) })
      : [];
    const pendingOf = new Map(revisions.map((r) => [r.listingId, r]));
    return Promise.all(
      listings.map(async (listing) => {
        const pending = pendingOf.get(listing.id) ?? null;
        return {
          listing,
          pending,
          scope: await kind.scopeOf(listing, this.db.manager),
          state: lifecycleState(listing.status, (pending?.status as PendingRevisionStatus | undefined) ?? null),
        };
      }),
    );
  }
}

function assertReviewable<C extends object>(kind: ListingKind<LifecycleListing, C>, content: C): void {
  const errors = kind.reviewErrors(content);
  if (errors.length) throw DomainError.validation(errors);
}

function changedKeys(before: object, after: object): string[] {
  return Object.keys(after).filter(
    (k) => !sameContent((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k]),
  );
}

/** A listing's content without its confidential part (which never goes into the audit log). */
function publicPart<C extends object>(content: C): Record<string, unknown> {
  return Object.fromEntries(Object.entries(content).filter(([key]) => !key.startsWith('confidential')));
}
