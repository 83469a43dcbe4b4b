import { ListingsSql } from '@app/listings';
import { IdentitySql } from '@app/identity';
/**
 * The SQL behind the funnel report. Parameters: $1 the region codes of the scope, $2 and $3 the period's first
 * instant and the instant after it. A need belongs to the period it was created in, and counts once it was posted
 * (submitted for review, or published straight away by a coordinator's import). `alias` names the needs row.
 */
function inCohort(alias: string): string {
  return `${alias}.region_code = any($1) and ${alias}.created_at >= $2 and ${alias}.created_at < $3
     and (${alias}.submitted_at is not null or ${alias}.published_at is not null)`;
}

/*
 * Each part of a need's progress is its own set-based subquery over the period's needs, joined by need id, instead of
 * a lateral subquery per need: PostgreSQL then picks per-need lookups for a county and hash joins for a province, and
 * may run the parts in parallel workers. Measured on the 250 000-need database: docs/benchmarks.md.
 */

/**
 * Each need's review from the audit log: the first submission and the first decision (approve or return). Joined to
 * the period's needs first (index probes per need, the cheap way for a city or a county) or, for a wide scope, the
 * review entries since the period began grouped by need on their own and joined to the needs after: under parallel
 * workers the joined form was built again by every worker (three times the ~1 s of hashing at a province's 144 000
 * needs), the grouped form runs once (docs/benchmarks.md). A need's entries are never older than the need, so the
 * period's start bounds them.
 */
const REVIEWS_PER_NEED = `
  select n.id::text as need_key,
         min(a.created_at) filter (where a.action = 'need.submit') as submitted_at,
         min(a.created_at) filter (where a.action in ('need.approve', 'need.return')) as decided_at
    from audit_entries a join needs n on a.target_id = n.id::text
   where a.target_type = 'need' and a.action in ('need.submit', 'need.approve', 'need.return') and ${inCohort('n')}
   group by n.id`;
const REVIEWS_SINCE_START = `
  select a.target_id as need_key,
         min(a.created_at) filter (where a.action = 'need.submit') as submitted_at,
         min(a.created_at) filter (where a.action in ('need.approve', 'need.return')) as decided_at
    from audit_entries a
   where a.target_type = 'need' and a.action in ('need.submit', 'need.approve', 'need.return') and a.created_at >= $2
   group by a.target_id`;

/** Region codes in a scope above which it counts as wide (a province has ~120 counties, a city ~10). */
export const WIDE_SCOPE_REGIONS = 30;

/** Each need's engagements summed up. */
const DEALS = `
  select x.need_id,
         bool_or(x.introduced_at is not null) as introduced,
         min(x.revealed_at) as first_accepted_at,
         bool_or(x.meeting_at is not null) as met,
         count(*) filter (where x.signed_at is not null) as agreements,
         sum(x.contract_value) filter (where x.signed_at is not null) as contract_value,
         bool_or(x.status = 'completed') as completed
    from engagements x join needs n on n.id = x.need_id
   where ${inCohort('n')}
   group by x.need_id`;

/**
 * The published needs with a candidate at or above $4. A semi-join, probing matches' (need_id, score) index
 * (matching's MatchStrongScoreIndex) once per need; as a correlated `exists` in the select list the planner hashed every
 * pair above the score instead (all of matches read: ~1.4 s of CPU for a province, against ~0.45 s of probes).
 */
const STRONG = `
  select c.id as need_id
    from needs c
   where ${inCohort('c')} and c.published_at is not null
     and exists (select from matches m where m.need_id = c.id and m.score >= $4)`;

/**
 * One row per need of the period with the furthest it got. An imported need was published without a review and counts
 * as reviewed without a review time. $4 is the score a candidate needs to count as a strong match.
 */
export function needProgress(wideScope: boolean): string {
  return `
  with reviews as (${wideScope ? REVIEWS_SINCE_START : REVIEWS_PER_NEED}), deals as (${DEALS}), strong as (${STRONG})
  select c.id, c.region_code, c.fields,
         left(c.region_code, 2) || '0000' as province,
         case when substr(c.region_code, 3, 2) <> '00' then left(c.region_code, 4) || '00' end as city,
         case when substr(c.region_code, 5, 2) <> '00' then c.region_code end as county,
         (r.decided_at is not null or c.published_at is not null) as reviewed,
         extract(epoch from r.decided_at - r.submitted_at) as review_seconds,
         c.published_at is not null as published,
         s.need_id is not null as matched,
         coalesce(e.introduced, false) as introduced,
         e.first_accepted_at is not null as accepted,
         coalesce(e.met, false) as met,
         coalesce(e.agreements, 0) > 0 as signed,
         coalesce(e.completed, false) as completed,
         extract(epoch from e.first_accepted_at - c.published_at) as to_accept_seconds,
         coalesce(e.agreements, 0) as agreements,
         coalesce(e.contract_value, 0) as contract_value
    from needs c
    left join reviews r on r.need_key = c.id::text
    left join deals e on e.need_id = c.id
    left join strong s on s.need_id = c.id
   where ${inCohort('c')}`;
}

/**
 * For the report's transaction. A province-wide report (~166 000 needs of a year at the reference scale) spent its time
 * sorting and hashing on disk under the default 4 MB work_mem, and its plan's cost set off JIT compilation, which costs
 * more than it saves on a query run once. Measured as backend CPU time on the 250 000-need database: 3.5–3.7 s before,
 * 2.4–2.8 s with both (a city: 180 ms before, 100–150 ms); see docs/benchmarks.md.
 */
export const REPORT_SETTINGS = `select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`;

/**
 * The expensive part (the audit log, engagements and matches of every need of the period) is done once per report:
 * into a temporary table dropped at the end of the report's transaction, which the figures below read.
 */
export function progressTable(wideScope: boolean): string {
  return `create temp table report_progress on commit drop as ${needProgress(wideScope)}`;
}

/** The funnel for the whole scope and for each province, city and county in it (grouping sets, one pass). */
export const FUNNEL_BY_REGION = `
  select grouping(province, city, county) as grouping_mask, province, city, county,
         count(*)::int as posted,
         count(*) filter (where reviewed)::int as reviewed,
         count(*) filter (where published)::int as published,
         count(*) filter (where matched)::int as matched,
         count(*) filter (where introduced)::int as introduced,
         count(*) filter (where accepted)::int as "acceptedByBoth",
         count(*) filter (where met)::int as meeting,
         count(*) filter (where signed)::int as "agreementSigned",
         count(*) filter (where completed)::int as completed,
         sum(agreements)::int as agreements,
         sum(contract_value)::text as contract_value,
         count(review_seconds)::int as review_timed,
         percentile_cont(0.5) within group (order by review_seconds) as review_median,
         percentile_cont(0.9) within group (order by review_seconds) as review_p90,
         count(to_accept_seconds)::int as accept_timed,
         percentile_cont(0.5) within group (order by to_accept_seconds) as accept_median,
         percentile_cont(0.9) within group (order by to_accept_seconds) as accept_p90
    from report_progress
   group by grouping sets ((), (province), (city), (county))`;

export const DECLINES_BY_REASON = `
  select x.decline_reason_code as code, count(*)::int as count
    from engagements x join report_progress c on c.id = x.need_id
   where x.decline_reason_code is not null
   group by x.decline_reason_code`;

/**
 * Demand and unserved needs per field from one pass over the needs' fields. demand_rank: by needs posted (the top
 * fields by demand); unserved_rank: by published needs without a strong candidate (not `matched`), then published needs,
 * for the fields that have any. Rows within $1 of either ranking.
 */
export const FIELD_FIGURES = `
  with per_field as (
    select f.field, count(*) as posted, count(*) filter (where c.published) as needs,
           count(*) filter (where c.published and not c.matched) as unserved
      from report_progress c cross join unnest(c.fields) as f(field)
     group by f.field),
  ranked as (
    select field, posted::int as posted, needs::int as needs, unserved::int as unserved,
           row_number() over (order by posted desc, field)::int as demand_rank,
           case when unserved > 0 then row_number() over (order by unserved desc, needs desc, field)::int end as unserved_rank
      from per_field)
  select * from ranked where demand_rank <= $1 or unserved_rank <= $2`;

/** Supply is a stock, not a flow: the available providers located in the scope today. $1 the scope's region codes. */
export const SUPPLY_BY_FIELD = `
  select f.field, count(*)::int as count
    from ${ListingsSql.providers} p cross join unnest(p.fields) as f(field)
   where p.region_code = any($1) and p.available
   group by f.field order by count desc, f.field limit $2`;

export const SUPPLY_BY_REGION = `
  with located as (
    select left(p.region_code, 2) || '0000' as province,
           case when substr(p.region_code, 3, 2) <> '00' then left(p.region_code, 4) || '00' end as city,
           case when substr(p.region_code, 5, 2) <> '00' then p.region_code end as county
      from ${ListingsSql.providers} p
     where p.region_code = any($1) and p.available)
  select grouping(province, city, county) as grouping_mask, province, city, county, count(*)::int as count
    from located
   group by grouping sets ((province), (city), (county))`;

/** The flag of NEED_PROGRESS that says a need reached a step. */
export const STEP_COLUMNS = {
  posted: 'true',
  reviewed: 'reviewed',
  published: 'published',
  matched: 'matched',
  introduced: 'introduced',
  acceptedByBoth: 'accepted',
  meeting: 'met',
  agreementSigned: 'signed',
  completed: 'completed',
} as const;

/** The needs behind one number of the funnel, newest first. $5 limit, $6 offset. */
export function needsAtStep(column: (typeof STEP_COLUMNS)[keyof typeof STEP_COLUMNS], wideScope: boolean): string {
  return `
  with progress as (${needProgress(wideScope)})
  select n.id, n.title, n.status, n.region_code as "regionCode", o.name as "enterpriseName", n.created_at as "createdAt",
         n.published_at as "publishedAt", count(*) over ()::int as total
    from progress p join needs n on n.id = p.id left join ${IdentitySql.organizations} o on o.id = n.organization_id
   where ${column}
   order by n.created_at desc, n.id limit $5 offset $6`;
}
