import { REVIEW_QUEUE_SQL, ListingsSql } from '@app/listings';

/** Engagement stages a coordinator follows up; `requested` and `introduced` wait for an answer. */
export const FOLLOWED_STAGES = [
  'requested',
  'introduced',
  'accepted',
  'meeting_scheduled',
  'negotiating',
  'agreement_signed',
];

/**
 * Every open item in the given regions ($1): listings waiting for review, introductions waiting for an answer (the
 * coordinator's for a request, the sides' for an invitation) and engagements under way, with the explicit assignment
 * when there is one. `since` is when the item started waiting in its current stage.
 */
export const OPEN_WORK_ITEMS = `
  with items as (
    select 'review' as kind, q.type as item_type, q.id as item_id, q.title, q.state as stage, q.region_code, q.owner_name as party_name,
           q.submitted_at as since, '{}'::text[] as awaiting, null::timestamptz as meeting_at
      from (${REVIEW_QUEUE_SQL}) q
     where q.region_code = any($1)
    union all
    select case when e.status in ('requested', 'introduced') then 'introduction' else 'engagement' end, 'engagement', e.id, n.title, e.status,
           n.region_code, p.name,
           case e.status when 'introduced' then coalesce(e.introduced_at, e.created_at) when 'requested' then e.created_at else e.status_changed_at end,
           case when e.status = 'requested' then array['coordinator']
                when e.status = 'introduced' then array_remove(array[
                  case when e.enterprise_response = 'pending' then 'enterprise' end,
                  case when e.provider_response = 'pending' then 'provider' end], null)
                else '{}'::text[] end,
           e.meeting_at
      from engagements e join needs n on n.id = e.need_id join ${ListingsSql.providers} p on p.id = e.provider_id
     where e.status = any($2) and n.region_code = any($1))
  select i.*, wa.assignee_id, wa.association_id as assigned_association_id
    from items i left join work_assignments wa on wa.item_type = i.item_type and wa.item_id = i.item_id
   order by i.since asc, i.item_id`;

/** Where an item lies and what it is called, to check an assignment. $1 the item's id. */
export const ITEM_FACTS: Record<'need' | 'capability' | 'engagement', string> = {
  need: `select n.id, n.title, n.region_code from needs n where n.id = $1`,
  capability: `select c.id, c.title, coalesce(p.region_code, c.region_codes[1]) as region_code from capabilities c left join ${ListingsSql.providers} p on p.id = c.provider_id where c.id = $1`,
  engagement: `select e.id, n.title, n.region_code from engagements e join needs n on n.id = e.need_id where e.id = $1`,
};

/**
 * Each coordinator's median review time over the last 90 days ($2 = now): from the latest submission before each
 * decision they took to the decision. $1 the coordinators' user ids.
 */
export const REVIEW_RESPONSE_TIMES = `
  select a.actor_id as user_id, count(*)::int as decisions,
         percentile_cont(0.5) within group (order by extract(epoch from a.created_at - s.submitted_at)) as median_seconds
    from audit_entries a
    cross join lateral (
      select max(x.created_at) as submitted_at from audit_entries x
       where x.target_type = a.target_type and x.target_id = a.target_id and x.action = a.target_type || '.submit' and x.created_at <= a.created_at
    ) s
   where a.actor_id = any($1) and a.action in ('need.approve', 'need.return', 'capability.approve', 'capability.return')
     and a.created_at >= $2::timestamptz - interval '90 days' and s.submitted_at is not null
   group by a.actor_id`;
