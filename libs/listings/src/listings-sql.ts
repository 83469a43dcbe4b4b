// Listings' tables as other modules' SQL may join them, for queries that must stay one statement (lists, sweeps,
// reports). Each is a subquery over the columns listings vouches for; PostgreSQL pulls it up into the outer query,
// so a join on it plans like a join on the table: `join ${ListingsSql.providers} p on p.id = e.provider_id`.
// Only this module names its tables (tools/lint/table-ownership.spec.ts keeps it so).
export const ListingsSql = {
  /** id, kind, name, region_code, fields, available, user_id, organization_id, steward_organization_id */
  providers: `(select id, kind, name, region_code, fields, available, user_id, organization_id, steward_organization_id from providers)`,
} as const;
