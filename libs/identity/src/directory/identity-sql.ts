// Identity's tables as other modules' SQL may join them, for queries that must stay one statement (lists with
// counts, reports). Each is a subquery over the columns identity vouches for; PostgreSQL pulls such a subquery up
// into the outer query, so a join on it plans exactly like a join on the table. Use it where a table would go:
//   `left join ${IdentitySql.organizations} o on o.id = n.organization_id`
// Only this folder names identity's tables (tools/lint/table-ownership.spec.ts keeps it so); a change to them
// keeps these columns or changes their users in the same commit.
export const IdentitySql = {
  /** id, name, type, region_code, jurisdiction_region_code, workstation_kind, host_organization_id */
  organizations: `(select id, name, type, region_code, jurisdiction_region_code, workstation_kind, host_organization_id from organizations)`,
  /** id, display_name, email */
  users: `(select id, display_name, email from users)`,
  /** organization_id, user_id, created_at (when the member joined) */
  memberships: `(select organization_id, user_id, created_at from memberships)`,
} as const;
