/** Builds ranker profiles straight from a dataset file (no database), for fitting and offline evaluation. */
import type { Capability } from '../../libs/listings/src/entities/capability.entity';
import type { Need } from '../../libs/listings/src/entities/need.entity';
import type { Provider } from '../../libs/listings/src/entities/provider.entity';
import { findRegion } from '../../libs/reference/src';
import { NeedProfile, needProfile, ProviderProfile, providerProfile } from '../../libs/matching/src/profiles/profiles';

export interface DatasetFile {
  name?: string;
  providers: { externalId: string; kind: Provider['kind']; name: string; title?: string; affiliation?: string; region?: string; fields?: string[]; keywords?: string[]; bio?: string; publications?: { title: string; abstract?: string; year?: number }[] }[];
  capabilities?: { externalId: string; providerExternalId: string; title: string; description?: string; keywords?: string[]; fields?: string[]; serviceModes?: string[] }[];
  needs: { externalId: string; title: string; description?: string; keywords?: string[]; fields?: string[]; region?: string; cooperationModes?: string[]; relevance?: Record<string, number> }[];
}

const regionCode = (r?: string) => (r ? findRegion(r)?.code ?? null : null);

export function buildProfiles(data: DatasetFile): { needs: NeedProfile[]; providers: ProviderProfile[] } {
  const providers = data.providers.map((p) => {
    const caps = (data.capabilities ?? []).filter((c) => c.providerExternalId === p.externalId).map((c) => ({
      id: c.externalId, title: c.title, description: c.description ?? '', keywords: c.keywords ?? [], fields: c.fields ?? [], serviceModes: [],
    }) as unknown as Capability);
    const provider = {
      id: p.externalId, externalId: p.externalId, kind: p.kind, revision: 1, regionCode: regionCode(p.region), available: true,
      fields: p.fields ?? [], keywords: p.keywords ?? [], bio: p.bio ?? '', name: p.name, title: p.title ?? null, affiliation: p.affiliation ?? null,
    } as unknown as Provider;
    return providerProfile(provider, caps, (p.publications ?? []).map((x) => ({ title: x.title, abstract: x.abstract ?? '', year: x.year ?? null })));
  });
  const needs = data.needs.map((n) => needProfile({
    id: n.externalId, revision: 1, regionCode: regionCode(n.region), cooperationModes: (n.cooperationModes ?? []) as Need['cooperationModes'], fields: n.fields ?? [],
    title: n.title, keywords: n.keywords ?? [], description: n.description ?? '',
  }));
  return { needs, providers };
}
