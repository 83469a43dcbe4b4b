import { Capability } from '@app/listings/entities/capability.entity';
import { Need } from '@app/listings/entities/need.entity';
import { Provider } from '@app/listings/entities/provider.entity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { NeedProfile, needProfile, ProviderProfile, providerProfile, PublicationText } from './profiles';

const CACHE_SIZE = 20000;

/** Reads listings and turns them into ranker profiles, caching by (id, revision) since a revision never changes. */
@Injectable()
export class ProfileLoader {
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

  async providerProfiles(ids: string[]): Promise<ProviderProfile[]> {
    if (!ids.length) return [];
    const rows = await this.db.getRepository(Provider).find({ where: { id: In(ids) }, select: { id: true, revision: true } });
    const missing = rows.filter((r) => !this.providers.has(`${r.id}:${r.revision}`)).map((r) => r.id);
    if (missing.length) await this.loadProviders(missing);
    return rows.map((r) => this.providers.get(`${r.id}:${r.revision}`)).filter((p): p is ProviderProfile => !!p);
  }

  private async loadProviders(ids: string[]): Promise<void> {
    const [providers, capabilities, publications] = await Promise.all([
      this.db.getRepository(Provider).findBy({ id: In(ids) }),
      this.db.getRepository(Capability).findBy({ providerId: In(ids), status: 'published' }),
      this.db.query(
        `select provider_id as "providerId", title, abstract, year from (
           select p.*, row_number() over (partition by provider_id order by position) as n from publications p where provider_id = any($1)
         ) x where n <= 60`, [ids],
      ) as Promise<(PublicationText & { providerId: string })[]>,
    ]);
    for (const p of providers) {
      const profile = providerProfile(p, capabilities.filter((c) => c.providerId === p.id), publications.filter((x) => x.providerId === p.id));
      this.cached(this.providers, `${p.id}:${p.revision}`, () => profile);
    }
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
