/** Builds ranker profiles straight from a dataset file (no database), for fitting and offline evaluation. */
import type { Capability } from '../../libs/listings/src/entities/capability.entity';
import type { Need } from '../../libs/listings/src/entities/need.entity';
import type { Provider } from '../../libs/listings/src/entities/provider.entity';
import { findRegion } from '../../libs/reference/src';
import { NeedProfile, needProfile, ProviderProfile, providerProfile } from '../../libs/matching/src/profiles/profiles';
import { Evidence, EvidenceIndex } from '../../libs/matching/src/evidence/evidence-index';
import { needEvidenceText, providerEvidence } from '../../libs/matching/src/evidence/evidence-documents';
import { termCounts } from '../../libs/matching/src/evidence/evidence-terms';
import { CANDIDATES_PER_NEED } from '../../libs/matching/src/matching.service';

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

/** The evidence index over a dataset's providers, and each need's evidence for every provider it recalls. */
export function buildEvidence(data: DatasetFile, candidates = CANDIDATES_PER_NEED): Map<string, Map<string, Evidence>> {
  const index = new EvidenceIndex();
  for (const p of data.providers) {
    const caps = (data.capabilities ?? []).filter((c) => c.providerExternalId === p.externalId)
      .map((c) => ({ id: c.externalId, title: c.title, description: c.description, keywords: c.keywords ?? [], fields: c.fields ?? [] }));
    index.upsert(providerEvidence({ id: p.externalId, revision: 1, name: p.name, title: p.title, fields: p.fields ?? [], keywords: p.keywords ?? [], bio: p.bio }, caps, p.publications ?? []));
  }
  const out = new Map<string, Map<string, Evidence>>();
  for (const n of data.needs) {
    const found = index.search(termCounts(needEvidenceText({ title: n.title, description: n.description, keywords: n.keywords ?? [], fields: n.fields ?? [] })), candidates);
    out.set(n.externalId, new Map(found.map((e) => [e.providerId, e])));
  }
  return out;
}
