import { IdentitySql } from '@app/identity';
import { EntityManager, In } from 'typeorm';
import { Capability } from './entities/capability.entity';
import { Need } from './entities/need.entity';
import { Provider } from './entities/provider.entity';

// Listings' read model: how other modules read needs, capabilities and providers. They take the caller's
// EntityManager, so a read joins the caller's transaction. Only listings names its tables and loads its entities
// (tools/lint/table-ownership.spec.ts keeps it so); the entity classes stay exported as types of what these return.

const unique = (ids: readonly string[]) => [...new Set(ids.filter((id) => !!id))];

export const ListingsReads = {
  need(m: EntityManager, id: string): Promise<Need | null> {
    return m.findOneBy(Need, { id });
  },

  /** The need; throws TypeORM's EntityNotFoundError when there is none (for ids that a foreign key vouches for). */
  needOrFail(m: EntityManager, id: string): Promise<Need> {
    return m.findOneByOrFail(Need, { id });
  },

  async needs(m: EntityManager, ids: readonly string[]): Promise<Need[]> {
    const wanted = unique(ids);
    return wanted.length ? m.findBy(Need, { id: In(wanted) }) : [];
  },

  async capabilities(m: EntityManager, ids: readonly string[]): Promise<Capability[]> {
    const wanted = unique(ids);
    return wanted.length ? m.findBy(Capability, { id: In(wanted) }) : [];
  },

  /** The published capabilities of these providers. */
  async publishedCapabilitiesOf(m: EntityManager, providerIds: readonly string[]): Promise<Capability[]> {
    const wanted = unique(providerIds);
    return wanted.length ? m.findBy(Capability, { providerId: In(wanted), status: 'published' }) : [];
  },

  /** Up to `perProvider` publication titles of each provider, in the order the profile lists them. */
  async publicationTitlesOf(
    m: EntityManager,
    providerIds: readonly string[],
    perProvider: number,
  ): Promise<{ providerId: string; title: string }[]> {
    return m.query<{ providerId: string; title: string }[]>(
      `select provider_id as "providerId", title from (
         select provider_id, title, row_number() over (partition by provider_id order by position) as n
         from publications where provider_id = any($1)) p where n <= $2`,
      [providerIds, perProvider],
    );
  },

  provider(m: EntityManager, id: string): Promise<Provider | null> {
    return m.findOneBy(Provider, { id });
  },

  /** The provider; throws TypeORM's EntityNotFoundError when there is none (for ids that a foreign key vouches for). */
  providerOrFail(m: EntityManager, id: string): Promise<Provider> {
    return m.findOneByOrFail(Provider, { id });
  },

  async providers(m: EntityManager, ids: readonly string[]): Promise<Provider[]> {
    const wanted = unique(ids);
    return wanted.length ? m.findBy(Provider, { id: In(wanted) }) : [];
  },

  /** id, name and kind of these providers (narrow: for lists of many). */
  async providerNames(m: EntityManager, ids: readonly string[]): Promise<{ id: string; name: string; kind: string }[]> {
    const wanted = unique(ids);
    if (!wanted.length) return [];
    return m.query<{ id: string; name: string; kind: string }[]>(
      'select id, name, kind from providers where id = any($1)',
      [wanted],
    );
  },

  /** Who owns these providers: the expert's account, the organisation (narrow: for access checks over many). */
  async providerOwners(
    m: EntityManager,
    ids: readonly string[],
  ): Promise<{ id: string; userId: string | null; organizationId: string | null }[]> {
    const wanted = unique(ids);
    if (!wanted.length) return [];
    return m.query<{ id: string; userId: string | null; organizationId: string | null }[]>(
      'select id, user_id as "userId", organization_id as "organizationId" from providers where id = any($1)',
      [wanted],
    );
  },

  /** The affiliation each of these providers states on its profile (narrow: the conflict screen runs it per list). */
  async providerAffiliations(
    m: EntityManager,
    ids: readonly string[],
  ): Promise<{ id: string; affiliation: string | null }[]> {
    return m.query<{ id: string; affiliation: string | null }[]>(
      'select id, affiliation from providers where id = any($1)',
      [ids],
    );
  },

  /** A provider's public record: its latest 10 published capabilities and its first 10 publications. */
  async publicRecord(m: EntityManager, providerId: string) {
    const [capabilities, achievements] = await Promise.all([
      m.query<{ id: string; title: string; serviceModes: string[] }[]>(
        `select id, title, service_modes as "serviceModes" from capabilities where provider_id = $1 and status = 'published' order by published_at desc nulls last limit 10`,
        [providerId],
      ),
      m.query<{ kind: string; title: string; year: number | null }[]>(
        `select kind, title, year from publications where provider_id = $1 order by position, year desc nulls last limit 10`,
        [providerId],
      ),
    ]);
    return { capabilities, achievements };
  },

  /** The account's own expert profile, if it has one. */
  async expertProviderIdOf(m: EntityManager, userId: string): Promise<string | null> {
    const [row] = await m.query<{ id: string }[]>(
      `select id from providers where user_id = $1 and kind = 'expert' limit 1`,
      [userId],
    );
    return row?.id ?? null;
  },

  /** The accounts that speak for a provider: the expert's own and its organisation's members. */
  async providerSpeakers(m: EntityManager, providerId: string): Promise<string[]> {
    const rows = await m.query<{ user_id: string }[]>(
      `select p.user_id from providers p where p.id = $1 and p.user_id is not null
       union select ms.user_id from providers p join ${IdentitySql.memberships} ms on ms.organization_id = p.organization_id where p.id = $1`,
      [providerId],
    );
    return rows.map((r) => r.user_id);
  },

  /** The providers an account speaks for (its own expert profile, its organisations'), oldest first, at most `limit`. */
  providersOf(
    m: EntityManager,
    userId: string,
    organizationIds: readonly string[],
    limit: number,
  ): Promise<Provider[]> {
    return m.find(Provider, {
      where: [{ userId }, ...(organizationIds.length ? [{ organizationId: In([...organizationIds]) }] : [])],
      take: limit,
      order: { createdAt: 'ASC' },
    });
  },
};
