import { ListingsSql } from '@app/listings';
import { IdentitySql } from '@app/identity';
/**
 * The year of every expert workstation (院士专家工作站, 科技专家工作站, 学会服务站) located in the scope: its own provider
 * profile and its experts in station count as the station. $1 the scope's region codes, $2 and $3 the year's first
 * instant and the instant after it.
 */
export const STATION_YEAR = `
  with stations as (
    select o.id, o.name, o.workstation_kind, o.region_code, h.name as host_name
      from ${IdentitySql.organizations} o left join ${IdentitySql.organizations} h on h.id = o.host_organization_id
     where o.type = 'workstation' and o.region_code = any($1)
  ),
  station_providers as (
    select s.id as station_id, p.id as provider_id from stations s join ${ListingsSql.providers} p on p.organization_id = s.id
    union
    select s.id, we.provider_id from stations s join workstation_experts we on we.workstation_id = s.id
  ),
  station_engagements as (
    select sp.station_id, e.id, e.need_id, e.introduced_at, e.revealed_at, e.signed_at, e.contract_value
      from station_providers sp join engagements e on e.provider_id = sp.provider_id
  )
  select s.id, s.name, s.workstation_kind as kind, s.region_code, s.host_name,
         (select count(*) from workstation_experts we where we.workstation_id = s.id)::int as experts,
         count(distinct e.need_id) filter (where e.introduced_at >= $2 and e.introduced_at < $3)::int as needs_served,
         count(e.id) filter (where e.introduced_at >= $2 and e.introduced_at < $3)::int as introductions,
         count(e.id) filter (where e.revealed_at >= $2 and e.revealed_at < $3)::int as accepted,
         count(e.id) filter (where e.signed_at >= $2 and e.signed_at < $3)::int as agreements,
         coalesce(sum(e.contract_value) filter (where e.signed_at >= $2 and e.signed_at < $3), 0)::text as contract_value,
         (select count(*) from reminders r join station_engagements x on x.id = r.subject_id and x.station_id = s.id
           where r.subject_type = 'engagement' and r.kind = 'agreement.followup' and r.status = 'sent'
             and r.processed_at >= $2 and r.processed_at < $3)::int as follow_ups
    from stations s left join station_engagements e on e.station_id = s.id
   group by s.id, s.name, s.workstation_kind, s.region_code, s.host_name
   order by introductions desc, s.name, s.id`;
