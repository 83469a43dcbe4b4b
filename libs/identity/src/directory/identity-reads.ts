import { EntityManager } from 'typeorm';

// Identity's read model: what other modules may read of accounts, organisations and memberships. They take the
// caller's EntityManager, so a read joins the caller's transaction (and its row locks). Only this folder names
// identity's tables; other modules call these (tools/lint/table-ownership.spec.ts keeps it so).

export interface UserContact {
  displayName: string;
  email: string | null;
  mobile: string | null;
}

export interface OrganizationBrief {
  id: string;
  name: string;
  regionCode: string | null;
}

export interface MailRecipient {
  id: string;
  email: string | null;
  locale: string;
  displayName: string;
}

export interface StaffedAssociation {
  id: string;
  name: string;
  jurisdictionRegionCode: string;
}

export interface AssociationMember {
  organizationId: string;
  userId: string;
  displayName: string;
}

const unique = (ids: readonly (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))];

export const IdentityReads = {
  async organizationName(m: EntityManager, id: string): Promise<string | null> {
    const [row] = await m.query<{ name: string }[]>('select name from organizations where id = $1', [id]);
    return row?.name ?? null;
  },

  /** id → name of those that exist. */
  async organizationNames(m: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    const wanted = unique(ids);
    if (!wanted.length) return new Map();
    const rows = await m.query<{ id: string; name: string }[]>(
      'select id, name from organizations where id = any($1)',
      [wanted],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  },

  async organizationType(m: EntityManager, id: string): Promise<string | null> {
    const [row] = await m.query<{ type: string }[]>('select type from organizations where id = $1', [id]);
    return row?.type ?? null;
  },

  /** Its name and region (what jurisdiction checks compare), or null when there is no such organisation. */
  async organizationBrief(m: EntityManager, id: string): Promise<OrganizationBrief | null> {
    const [row] = await m.query<{ id: string; name: string; region_code: string | null }[]>(
      'select id, name, region_code from organizations where id = $1',
      [id],
    );
    return row ? { id: row.id, name: row.name, regionCode: row.region_code } : null;
  },

  /** The organisation's member accounts, earliest member first. */
  async memberIds(m: EntityManager, organizationId: string): Promise<string[]> {
    const rows = await m.query<{ user_id: string }[]>(
      'select user_id from memberships where organization_id = $1 order by created_at',
      [organizationId],
    );
    return rows.map((r) => r.user_id);
  },

  /** organisation id → its member accounts (in no particular order). */
  async memberIdsOfMany(m: EntityManager, organizationIds: readonly string[]): Promise<Map<string, string[]>> {
    const wanted = unique(organizationIds);
    const rows = wanted.length
      ? await m.query<{ organization_id: string; user_id: string }[]>(
          'select organization_id, user_id from memberships where organization_id = any($1::uuid[])',
          [wanted],
        )
      : [];
    const members = new Map<string, string[]>();
    for (const r of rows) members.set(r.organization_id, [...(members.get(r.organization_id) ?? []), r.user_id]);
    return members;
  },

  async hasMembers(m: EntityManager, organizationId: string): Promise<boolean> {
    const rows = await m.query<unknown[]>('select 1 from memberships where organization_id = $1 limit 1', [
      organizationId,
    ]);
    return rows.length > 0;
  },

  /** The members' names and e-mail addresses, earliest member first. */
  async memberContacts(
    m: EntityManager,
    organizationId: string,
  ): Promise<{ displayName: string; email: string | null }[]> {
    return m.query<{ displayName: string; email: string | null }[]>(
      `select u.display_name as "displayName", u.email from memberships ms join users u on u.id = ms.user_id
        where ms.organization_id = $1 order by ms.created_at`,
      [organizationId],
    );
  },

  async displayName(m: EntityManager, userId: string): Promise<string | null> {
    const [row] = await m.query<{ display_name: string }[]>('select display_name from users where id = $1', [userId]);
    return row?.display_name ?? null;
  },

  /** id → display name of those that exist. */
  async displayNames(m: EntityManager, userIds: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = unique(userIds);
    if (!wanted.length) return new Map();
    const rows = await m.query<{ id: string; display_name: string }[]>(
      'select id, display_name from users where id = any($1)',
      [wanted],
    );
    return new Map(rows.map((r) => [r.id, r.display_name]));
  },

  async userContact(m: EntityManager, userId: string): Promise<UserContact | null> {
    const [row] = await m.query<UserContact[]>(
      'select display_name as "displayName", email, mobile from users where id = $1',
      [userId],
    );
    return row ?? null;
  },

  async userIdByEmail(m: EntityManager, email: string): Promise<string | null> {
    const [row] = await m.query<{ id: string }[]>('select id from users where lower(email) = lower($1)', [email]);
    return row?.id ?? null;
  },

  /**
   * Locks the account's row until the caller's transaction ends (serialises one user's writes elsewhere, e.g. a
   * limit per user), and returns its display name (null when there is no such account).
   */
  async lockUser(m: EntityManager, userId: string): Promise<{ displayName: string } | null> {
    const [row] = await m.query<{ display_name: string }[]>('select display_name from users where id = $1 for update', [
      userId,
    ]);
    return row ? { displayName: row.display_name } : null;
  },

  /** Who can receive e-mail among these accounts. */
  async mailRecipients(m: EntityManager, userIds: readonly string[]): Promise<MailRecipient[]> {
    const wanted = unique(userIds);
    if (!wanted.length) return [];
    return m.query<MailRecipient[]>(
      'select id, email, locale, display_name as "displayName" from users where id = any($1)',
      [wanted],
    );
  },

  async platformAdminIds(m: EntityManager): Promise<string[]> {
    const rows = await m.query<{ id: string }[]>('select id from users where is_platform_admin order by created_at');
    return rows.map((r) => r.id);
  },

  async isAssociation(m: EntityManager, id: string): Promise<boolean> {
    const rows = await m.query<unknown[]>(`select 1 from organizations where id = $1 and type = 'association'`, [id]);
    return rows.length > 0;
  },

  /** Associations whose jurisdiction is one of these regions, oldest first. */
  async associationsOver(m: EntityManager, regionCodes: readonly string[]): Promise<{ id: string; code: string }[]> {
    return m.query<{ id: string; code: string }[]>(
      `select id, jurisdiction_region_code as code from organizations
        where type = 'association' and jurisdiction_region_code = any($1) order by created_at, id`,
      [regionCodes],
    );
  },

  /** Every member of the association `stewardId` and of every association over one of these regions. */
  async membersOfAssociations(
    m: EntityManager,
    stewardId: string | null,
    regionCodes: readonly string[],
  ): Promise<string[]> {
    const rows = await m.query<{ user_id: string }[]>(
      `select distinct on (ms.user_id) ms.user_id from memberships ms join organizations o on o.id = ms.organization_id
        where o.type = 'association' and (o.id = $1 or o.jurisdiction_region_code = any($2)) order by ms.user_id`,
      [stewardId, regionCodes],
    );
    return rows.map((r) => r.user_id);
  },

  /** The association, when it exists and has a jurisdiction. */
  async associationWithJurisdiction(m: EntityManager, id: string): Promise<StaffedAssociation | null> {
    const [row] = await m.query<StaffedAssociation[]>(
      `select id, name, jurisdiction_region_code as "jurisdictionRegionCode" from organizations
        where id = $1 and type = 'association' and jurisdiction_region_code is not null`,
      [id],
    );
    return row ?? null;
  },

  /** Every association with a jurisdiction, oldest first. */
  async associationsWithJurisdiction(m: EntityManager): Promise<StaffedAssociation[]> {
    return m.query<StaffedAssociation[]>(
      `select id, name, jurisdiction_region_code as "jurisdictionRegionCode" from organizations
        where type = 'association' and jurisdiction_region_code is not null order by created_at, id`,
    );
  },

  /** The members of these organisations with their names, earliest membership first. */
  async membersWithNames(m: EntityManager, organizationIds: readonly string[]): Promise<AssociationMember[]> {
    return m.query<AssociationMember[]>(
      `select ms.organization_id as "organizationId", ms.user_id as "userId", u.display_name as "displayName"
        from memberships ms join users u on u.id = ms.user_id
        where ms.organization_id = any($1) order by ms.created_at, ms.user_id`,
      [organizationIds],
    );
  },
};
