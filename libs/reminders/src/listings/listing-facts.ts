import { IdentityReads } from '@app/identity';
import { EntityManager } from 'typeorm';

export type ListingType = 'need' | 'capability';
export const LISTING_TYPES: ListingType[] = ['need', 'capability'];

/** What the listing reminders need to know about a need or a capability, read straight from its row. */
export interface ListingFacts {
  type: ListingType;
  id: string;
  title: string;
  status: string;
  regionCode: string | null;
  stewardOrganizationId: string | null;
  ownerOrganizationId: string | null;
  ownerUserId: string | null;
  touchedAt: Date;
  /** Identifies the last change (to the microsecond): a reminder about an older state is obsolete. */
  touchKey: string;
  /** When it was submitted for review, if it (or an edit of it) waits for review now. */
  submittedAt: Date | null;
  submitKey: string | null;
}

const key = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYYMMDDHH24MISSUS')`;

/**
 * Per type: where the row lives and which columns play which part (the scope rules of the listings lifecycle:
 * a capability is reviewed in its provider's region, else the first region it serves).
 * "Touched" counts an edit waiting in listing_revisions as well as a change of the row itself; "submitted" is a new
 * listing in review, or a published one whose edit is in review.
 */
function source(type: ListingType) {
  const revisions = `from listing_revisions lr where lr.listing_type = '${type}' and lr.listing_id = x.id`;
  const touched = `greatest(x.updated_at, coalesce((select max(lr.updated_at) ${revisions}), x.updated_at))`;
  const submitted = `(case when x.status = 'submitted' then x.submitted_at
                           when x.status = 'published' then (select lr.submitted_at ${revisions} and lr.status = 'submitted') end)`;
  const columns =
    type === 'need'
      ? `x.region_code, x.steward_organization_id, x.organization_id as owner_organization_id, null::uuid as owner_user_id`
      : `coalesce(p.region_code, x.region_codes[1]) as region_code, p.steward_organization_id, p.organization_id as owner_organization_id, p.user_id as owner_user_id`;
  const from = type === 'need' ? 'needs x' : 'capabilities x left join providers p on p.id = x.provider_id';
  return {
    from,
    touched,
    submitted,
    select: `select * from (select '${type}' as type, x.id, x.title, x.status, ${touched} as touched_at, ${key(touched)} as touch_key,
       ${submitted} as submitted_at, ${key(submitted)} as submit_key, ${columns} from ${from}) f`,
  };
}

/** `select * from (…) f`: one row per listing of the type, with the facts above as snake_case columns (append a where on f). */
export const listingFactsQuery = (type: ListingType): string => source(type).select;

type FactsRow = Record<string, unknown> & { id: string };

function toFacts(r: FactsRow): ListingFacts {
  return {
    type: r.type as ListingType,
    id: r.id,
    title: r.title as string,
    status: r.status as string,
    regionCode: (r.region_code as string) ?? null,
    stewardOrganizationId: (r.steward_organization_id as string) ?? null,
    ownerOrganizationId: (r.owner_organization_id as string) ?? null,
    ownerUserId: (r.owner_user_id as string) ?? null,
    touchedAt: r.touched_at as Date,
    touchKey: r.touch_key as string,
    submittedAt: (r.submitted_at as Date) ?? null,
    submitKey: (r.submit_key as string) ?? null,
  };
}

export async function loadListing(manager: EntityManager, type: ListingType, id: string): Promise<ListingFacts | null> {
  return (await loadListings(manager, [{ type, id }])).get(listingKey(type, id)) ?? null;
}

export const listingKey = (type: string, id: string) => `${type}:${id}`;

/** Many listings in one query per type, by `listingKey`. */
export async function loadListings(
  manager: EntityManager,
  refs: { type: ListingType; id: string }[],
): Promise<Map<string, ListingFacts>> {
  const found = new Map<string, ListingFacts>();
  for (const type of LISTING_TYPES) {
    const ids = [...new Set(refs.filter((r) => r.type === type).map((r) => r.id))];
    if (!ids.length) continue;
    for (const row of await manager.query<FactsRow[]>(`${source(type).select} where f.id = any($1::uuid[])`, [ids]))
      found.set(listingKey(type, row.id), toFacts(row));
  }
  return found;
}

/**
 * `and <column> in (listings of the type touched after $n)`, or nothing for a full scan (`since` null). A listing's
 * state (its touch and submit keys) only changes with its row or one of its revisions, so the listings touched
 * since the last scan are the only ones whose reminders can be missing or outdated.
 */
function touchedSince(type: ListingType, column: string, since: Date | null, param: number): string {
  if (!since) return '';
  const table = type === 'need' ? 'needs' : 'capabilities';
  return ` and ${column} in (select id from ${table} where updated_at > $${param}
                             union select listing_id from listing_revisions where listing_type = '${type}' and updated_at > $${param})`;
}

/** Where a scan reads from: listings touched after `since` (all when null), with ids after `afterId`, in id order. */
export interface ScanRange {
  since: Date | null;
  afterId: string;
  limit: number;
}

/** Published listings without a re-confirmation reminder for their current state. */
export async function listingsToReconfirm(
  manager: EntityManager,
  type: ListingType,
  range: ScanRange,
): Promise<ListingFacts[]> {
  return scanListings(
    manager,
    type,
    range,
    `f.status = 'published'
       and not exists (select 1 from reminders r where r.dedupe_key = 'listing.reconfirm:${type}:' || f.id || ':' || f.touch_key)`,
  );
}

/** Listings (or edits of them) waiting for review without a review-overdue reminder for that submission. */
export async function listingsAwaitingReview(
  manager: EntityManager,
  type: ListingType,
  range: ScanRange,
): Promise<ListingFacts[]> {
  return scanListings(
    manager,
    type,
    range,
    `f.submitted_at is not null
       and not exists (select 1 from reminders r where r.dedupe_key = 'listing.review-overdue:${type}:' || f.id || ':' || f.submit_key)`,
  );
}

async function scanListings(
  manager: EntityManager,
  type: ListingType,
  { since, afterId, limit }: ScanRange,
  condition: string,
): Promise<ListingFacts[]> {
  const rows = await manager.query<FactsRow[]>(
    `${source(type).select} where f.id > $2 and ${condition}${touchedSince(type, 'f.id', since, 3)} order by f.id limit $1`,
    since ? [limit, afterId, since] : [limit, afterId],
  );
  return rows.map(toFacts);
}

/** Cancels listing reminders about a state the listing has left (edited, re-confirmed, reviewed, withdrawn). */
export async function cancelOutdatedListingReminders(
  manager: EntityManager,
  type: ListingType,
  now: Date,
  since: Date | null = null,
): Promise<number> {
  const s = source(type);
  const params = since ? [now, since] : [now];
  const [, touched] = await manager.query<[unknown[], number | undefined]>(
    `update reminders r set status = 'cancelled', cancel_reason = 'the listing changed', processed_at = $1, updated_at = now()
      where r.status = 'pending' and r.subject_type = '${type}' and r.kind in ('listing.reconfirm', 'listing.expire')${touchedSince(type, 'r.subject_id', since, 2)}
        and not exists (${s.select} where f.id = r.subject_id and f.status = 'published' and f.touch_key = r.payload->>'touchKey')`,
    params,
  );
  const [, reviewed] = await manager.query<[unknown[], number | undefined]>(
    `update reminders r set status = 'cancelled', cancel_reason = 'the listing was reviewed or withdrawn', processed_at = $1, updated_at = now()
      where r.status = 'pending' and r.subject_type = '${type}' and r.kind = 'listing.review-overdue'${touchedSince(type, 'r.subject_id', since, 2)}
        and not exists (${s.select} where f.id = r.subject_id and f.submit_key = r.payload->>'submitKey')`,
    params,
  );
  return (touched ?? 0) + (reviewed ?? 0);
}

/** Who owns a listing: the enterprise's members for a need; the expert's account or its organisation's members. */
export async function ownersOf(manager: EntityManager, facts: ListingFacts): Promise<string[]> {
  return (await ownersOfMany(manager, [facts])).get(facts)!;
}

/** The owners of each of these listings, in one query. */
export async function ownersOfMany(
  manager: EntityManager,
  listings: ListingFacts[],
): Promise<Map<ListingFacts, string[]>> {
  const members = await IdentityReads.memberIdsOfMany(
    manager,
    listings.map((l) => l.ownerOrganizationId ?? ''),
  );
  return new Map(
    listings.map((l) => [
      l,
      [...new Set([...(members.get(l.ownerOrganizationId ?? '') ?? []), ...(l.ownerUserId ? [l.ownerUserId] : [])])],
    ]),
  );
}
