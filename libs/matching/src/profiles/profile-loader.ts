import { groupBy } from '@app/common';
import { Capability } from '@app/listings/entities/capability.entity';
import { Need } from '@app/listings/entities/need.entity';
import { Provider } from '@app/listings/entities/provider.entity';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { decodeProfile, encodeProfile, PROFILE_VERSION } from './profile-codec';
import { NeedProfile, needProfile, ProviderProfile, providerProfile, PublicationText } from './profiles';

const CACHE_SIZE = 20000;

/** Reads listings and turns them into ranker profiles, caching by (id, revision) since a revision never changes. */
@Injectable()
export class ProfileLoader {
  private readonly logger = new Logger(ProfileLoader.name);
  private readonly providers = new Map<string, ProviderProfile>();
  private readonly needs = new Map<string, NeedProfile>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async needProfiles(ids: string[], onlyPublished = true): Promise<NeedProfile[]> {
    const needs = await this.db.getRepository(Need).find({
      where: { id: In(ids), ...(onlyPublished ? { status: 'published' as const } : {}) },
      select: { id: true, revision: true, regionCode: true, cooperationModes: true, fields: true, title: true, keywords: true, description: true },
    });
    return needs.map((n) => this.cached(this.needs, `${n.id}:${n.revision}`, () => needProfile(n)));
  }

  /**
   * Profiles of these providers at their current revision: from memory, else stored ones, else built from the
   * provider's rows (and then stored, without making the caller wait).
   */
  async providerProfiles(ids: string[]): Promise<ProviderProfile[]> {
    if (!ids.length) return [];
    const rows: { id: string; revision: number; stored: boolean }[] = await this.db.query(
      `select p.id, p.revision, (s.provider_id is not null) as stored from providers p
         left join provider_profiles s on s.provider_id = p.id and s.revision = p.revision and s.version = $2
        where p.id = any($1)`, [ids, PROFILE_VERSION],
    );
    const missing = rows.filter((r) => !this.providers.has(`${r.id}:${r.revision}`));
    const stored = missing.filter((r) => r.stored).map((r) => r.id);
    const unbuilt = missing.filter((r) => !r.stored).map((r) => r.id);
    await Promise.all([
      stored.length && this.readStored(stored),
      unbuilt.length && this.loadProviders(unbuilt).then((built) => void this.store(built).catch((err: Error) => this.logger.warn(`provider profiles not stored: ${err.message}`))),
    ]);
    return rows.map((r) => this.providers.get(`${r.id}:${r.revision}`)).filter((p): p is ProviderProfile => !!p);
  }

  /** Builds and stores the profiles of these providers that have none for their current revision. */
  async storeProfiles(ids: string[]): Promise<number> {
    const outdated: { id: string }[] = await this.db.query(
      `select p.id from providers p left join provider_profiles s on s.provider_id = p.id
        where p.id = any($1) and (s.provider_id is null or s.revision <> p.revision or s.version <> $2)`, [ids, PROFILE_VERSION],
    );
    if (!outdated.length) return 0;
    await this.store(await this.loadProviders(outdated.map((r) => r.id)));
    return outdated.length;
  }

  private async readStored(ids: string[]): Promise<void> {
    const rows: { providerId: string; revision: number; profile: string }[] = await this.db.query(
      'select provider_id as "providerId", revision, profile from provider_profiles where provider_id = any($1) and version = $2', [ids, PROFILE_VERSION],
    );
    for (const r of rows) this.cached(this.providers, `${r.providerId}:${r.revision}`, () => decodeProfile(r.providerId, r.revision, r.profile));
  }

  /** Upserts profiles; an older revision never overwrites a newer one, and a provider deleted meanwhile is skipped. */
  private async store(profiles: ProviderProfile[]): Promise<void> {
    if (!profiles.length) return;
    await this.db.query(
      `insert into provider_profiles (provider_id, revision, version, profile)
       select u.id, u.revision, $4, u.profile from unnest($1::uuid[], $2::int[], $3::text[]) as u(id, revision, profile)
         join providers p on p.id = u.id
       on conflict (provider_id) do update set revision = excluded.revision, version = excluded.version, profile = excluded.profile, updated_at = now()
         where provider_profiles.revision <= excluded.revision`,
      [profiles.map((p) => p.id), profiles.map((p) => p.revision), profiles.map(encodeProfile), PROFILE_VERSION],
    );
  }

  private async loadProviders(ids: string[]): Promise<ProviderProfile[]> {
    const [providers, capabilities, publications] = await Promise.all([
      this.db.getRepository(Provider).findBy({ id: In(ids) }),
      this.db.getRepository(Capability).findBy({ providerId: In(ids), status: 'published' }),
      this.db.query(
        `select provider_id as "providerId", title, abstract, year from (
           select p.*, row_number() over (partition by provider_id order by position) as n from publications p where provider_id = any($1)
         ) x where n <= 60`, [ids],
      ) as Promise<(PublicationText & { providerId: string })[]>,
    ]);
    const capabilitiesOf = groupBy(capabilities, (c) => c.providerId);
    const publicationsOf = groupBy(publications, (x) => x.providerId);
    return providers.map((p) => {
      const profile = providerProfile(p, capabilitiesOf.get(p.id) ?? [], publicationsOf.get(p.id) ?? []);
      this.cached(this.providers, `${p.id}:${p.revision}`, () => profile);
      return profile;
    });
  }

  private cached<T>(map: Map<string, T>, key: string, build: () => T): T {
    let value = map.get(key);
    if (!value) {
      value = build();
      if (map.size >= CACHE_SIZE) map.delete(map.keys().next().value as string);
      map.set(key, value);
    }
    return value;
  }
}
