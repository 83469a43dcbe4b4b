import { Page } from '@app/common';
import { Actor, jurisdictionsOf, IdentitySql } from '@app/identity';
import { getRegion, isWithin, listRegions } from '@app/reference';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ListingType } from './transitions';

/** What waits for review: a need, a capability, or an expert's own profile ('provider'). */
export type ReviewedType = ListingType | 'provider';

export interface ReviewQueueItem {
  type: ReviewedType;
  id: string;
  title: string;
  /** `submitted` for a new listing, `revision_submitted` for an edit of a published one. */
  state: 'submitted' | 'revision_submitted';
  /** The revision approval would publish. */
  revision: number;
  regionCode: string | null;
  regionName: string | null;
  /** The enterprise of a need, the provider of a capability. */
  ownerName: string | null;
  submittedAt: Date;
  waitingSeconds: number;
  /** When it was returned before and resubmitted: the coordinator's reason and the (public) content sent back. */
  previousReturn: { reason: string | null; returnedAt: Date; content: Record<string, unknown> | null } | null;
}

/**
 * Everything waiting for review, with the region that decides who reviews it: a need's region; for a capability,
 * its provider's region or else the first region it serves (the same rule as capabilityKind.scopeOf).
 */
export const REVIEW_QUEUE_SQL = `
  select 'need' as type, n.id, n.title, 'submitted' as state, n.revision, n.region_code, o.name as owner_name, n.submitted_at
    from needs n left join ${IdentitySql.organizations} o on o.id = n.organization_id
   where n.status = 'submitted'
  union all
  select 'need', n.id, r.content->>'title', 'revision_submitted', n.revision + 1, n.region_code, o.name, r.submitted_at
    from listing_revisions r join needs n on n.id = r.listing_id left join ${IdentitySql.organizations} o on o.id = n.organization_id
   where r.listing_type = 'need' and r.status = 'submitted'
  union all
  select 'capability', c.id, c.title, 'submitted', c.revision, coalesce(p.region_code, c.region_codes[1]), p.name, c.submitted_at
    from capabilities c left join providers p on p.id = c.provider_id
   where c.status = 'submitted'
  union all
  select 'capability', c.id, r.content->>'title', 'revision_submitted', c.revision + 1, coalesce(p.region_code, c.region_codes[1]), p.name, r.submitted_at
    from listing_revisions r join capabilities c on c.id = r.listing_id left join providers p on p.id = c.provider_id
   where r.listing_type = 'capability' and r.status = 'submitted'`;

/**
 * Experts' own profiles waiting for review: a new one (its region), or an edit of an approved one (the approved
 * region reviews it). Kept apart from REVIEW_QUEUE_SQL, which the workload module also counts as listings.
 */
export const PROFILE_REVIEW_SQL = `
  select 'provider' as type, p.id, p.name as title, 'submitted' as state, p.revision, p.region_code, p.name as owner_name, p.submitted_at
    from providers p
   where p.review_status = 'submitted'
  union all
  select 'provider', p.id, r.content->'profile'->>'name', 'revision_submitted', p.revision + 1, p.region_code, p.name, r.submitted_at
    from listing_revisions r join providers p on p.id = r.listing_id
   where r.listing_type = 'provider' and r.status = 'submitted'`;

const QUEUE_SQL = `${REVIEW_QUEUE_SQL} union all ${PROFILE_REVIEW_SQL}`;

/** The listing's last return since it was last approved (audited by the lifecycle with the reason and the content sent back). */
const LAST_RETURN_SQL = `
  select a.after->>'reason' as reason, a.after->'returnedContent' as content, a.created_at
    from audit_entries a
   where a.target_type = q.type and a.target_id = q.id::text and a.action = q.type || '.return'
     and not exists (select 1 from audit_entries b where b.target_type = q.type and b.target_id = q.id::text
                       and b.action = q.type || '.approve' and b.created_at > a.created_at)
   order by a.created_at desc limit 1`;

const FILTER = `($1::text is null or q.type = $1) and ($2::text[] is null or q.region_code = any($2))`;

/** The coordinator's review queue: listings and experts' profiles submitted in their jurisdiction, oldest first, with the time each has waited. */
@Injectable()
export class ReviewQueue {
  private readonly regionsOf = new Map<string, string[]>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(
    actor: Actor,
    query: { type?: ReviewedType; page: number; limit: number },
  ): Promise<Page<ReviewQueueItem>> {
    const regions = actor.isAdmin ? null : jurisdictionsOf(actor).flatMap((j) => this.regionsWithin(j));
    const params = [query.type ?? null, regions];
    const [{ total }] = await this.db.query<{ total: number }[]>(
      `select count(*)::int as total from (${QUEUE_SQL}) q where ${FILTER}`,
      params,
    );
    const rows: (Omit<
      ReviewQueueItem,
      'regionName' | 'regionCode' | 'ownerName' | 'submittedAt' | 'waitingSeconds' | 'previousReturn'
    > & {
      region_code: string | null;
      owner_name: string | null;
      submitted_at: Date;
      waiting_seconds: number;
      return_reason: string | null;
      returned_at: Date | null;
      returned_content: Record<string, unknown> | null;
    })[] = await this.db.query(
      `select q.*, greatest(0, extract(epoch from (now() - q.submitted_at)))::int as waiting_seconds,
                r.reason as return_reason, r.created_at as returned_at, r.content as returned_content
           from (${QUEUE_SQL}) q
           left join lateral (${LAST_RETURN_SQL}) r on true
          where ${FILTER}
          order by q.submitted_at asc, q.id limit $3 offset $4`,
      [...params, query.limit, (query.page - 1) * query.limit],
    );
    const items = rows.map(
      ({
        region_code,
        owner_name,
        submitted_at,
        waiting_seconds,
        return_reason,
        returned_at,
        returned_content,
        ...row
      }) => ({
        ...row,
        regionCode: region_code,
        regionName: region_code ? (getRegion(region_code)?.fullName ?? null) : null,
        ownerName: owner_name,
        submittedAt: submitted_at,
        waitingSeconds: waiting_seconds,
        previousReturn: returned_at
          ? { reason: return_reason, returnedAt: returned_at, content: returned_content }
          : null,
      }),
    );
    return { items, total, page: query.page, limit: query.limit };
  }

  /** Every region code inside a jurisdiction (itself included), as AccessPolicy.coordinates decides it. */
  private regionsWithin(jurisdiction: string): string[] {
    let codes = this.regionsOf.get(jurisdiction);
    if (!codes) {
      codes = listRegions()
        .filter((r) => isWithin(r.code, jurisdiction))
        .map((r) => r.code);
      this.regionsOf.set(jurisdiction, codes);
    }
    return codes;
  }
}
