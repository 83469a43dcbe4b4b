import { DomainError } from '@app/common';
import type { ListingStatus } from '../entities/listing-status';

/**
 * The lifecycle of needs and capabilities, in one table.
 *
 *   draft ──submit──► submitted ──approve──► published ──close/resolve/expire──► closed / resolved / expired
 *     ▲                   │                     │    ▲
 *     └──────return───────┘                 edit│    │approve
 *                                               ▼    │
 *                       revision_returned ◄─return── revision_submitted
 *                              └───────edit / submit───────►┘
 *
 * An edit of a published listing does not touch what the public sees: it becomes a pending revision
 * (`revision_submitted`) that waits for review while the published content stays visible and searchable.
 * Approving it replaces the published content; returning it leaves the published content as it was.
 */
export type ListingType = 'need' | 'capability';

/** A listing's status, refined while an edit of its published content waits for review. */
export type LifecycleState = ListingStatus | 'revision_submitted' | 'revision_returned';

export const LISTING_ACTIONS = ['update', 'submit', 'approve', 'return', 'close', 'resolve', 'expire'] as const;
export type ListingAction = (typeof LISTING_ACTIONS)[number];

export const LIFECYCLE: Readonly<Record<LifecycleState, Readonly<Partial<Record<ListingAction, LifecycleState>>>>> = {
  draft: { update: 'draft', submit: 'submitted', close: 'closed' },
  submitted: { approve: 'published', return: 'draft', close: 'closed', expire: 'expired' },
  published: { update: 'revision_submitted', close: 'closed', resolve: 'resolved', expire: 'expired' },
  revision_submitted: {
    approve: 'published',
    return: 'revision_returned',
    close: 'closed',
    resolve: 'resolved',
    expire: 'expired',
  },
  revision_returned: {
    update: 'revision_submitted',
    submit: 'revision_submitted',
    close: 'closed',
    resolve: 'resolved',
    expire: 'expired',
  },
  closed: {},
  expired: {},
  resolved: {},
};

/**
 * Who takes each action: the owner (members of the owning organisation, or the expert), a reviewer
 * (a coordinator whose jurisdiction contains the listing's region, or an admin), or the system (jobs).
 */
export type ListingRole = 'owner' | 'reviewer' | 'system';
export const ROLES_OF_ACTION: Readonly<Record<ListingAction, readonly ListingRole[]>> = {
  update: ['owner'],
  submit: ['owner'],
  approve: ['reviewer'],
  return: ['reviewer'],
  close: ['owner', 'reviewer'],
  resolve: ['owner', 'reviewer'],
  expire: ['system'],
};

/** Actions a kind of listing does not have: a capability is never resolved and has no deadline. */
const NOT_FOR: Readonly<Record<ListingType, readonly ListingAction[]>> = {
  need: [],
  capability: ['resolve', 'expire'],
};

/** What the stored status and the pending revision (if any) say about where a listing stands. */
export function lifecycleState(
  status: ListingStatus,
  pendingRevision: 'submitted' | 'returned' | null,
): LifecycleState {
  if (status === 'published' && pendingRevision)
    return pendingRevision === 'submitted' ? 'revision_submitted' : 'revision_returned';
  return status;
}

/** The stored status of a state: a listing with a pending revision is still published. */
export function statusOf(state: LifecycleState): ListingStatus {
  return state === 'revision_submitted' || state === 'revision_returned' ? 'published' : state;
}

/** The actions people can take from a state (the system's own `expire` is left out). */
export function allowedActions(type: ListingType, state: LifecycleState): ListingAction[] {
  return (Object.keys(LIFECYCLE[state]) as ListingAction[]).filter(
    (a) => !NOT_FOR[type].includes(a) && !ROLES_OF_ACTION[a].every((r) => r === 'system'),
  );
}

/** The state an action leads to; 409 INVALID_TRANSITION with the allowed actions when it cannot be taken. */
export function nextState(type: ListingType, state: LifecycleState, action: ListingAction): LifecycleState {
  const next = NOT_FOR[type].includes(action) ? undefined : LIFECYCLE[state][action];
  if (next) return next;
  const allowed = allowedActions(type, state);
  throw new DomainError('INVALID_TRANSITION', { from: state, action, allowed: allowed.join(', ') || '—' }, [], {
    from: state,
    action,
    allowed,
  });
}
