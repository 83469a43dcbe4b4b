import { regionAncestorCodes, resolveField } from '@app/reference';
import { searchSegments, searchTranslations } from '@app/text';
import type { Capability, Need, Provider } from '@app/listings';
import { DOCUMENT_FORMAT } from './search-indexes';

/** Index documents: public parts only. A need's confidential part never appears here. */

const clip = (s: string | null | undefined, n: number) => (s ?? '').slice(0, n);
const epoch = (d: Date | string | null | undefined) => (d ? Math.floor(new Date(d).getTime() / 1000) : null);

function fieldFacets(fields: string[]) {
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const raw of fields) {
    names.add(raw);
    const field = resolveField(raw);
    if (!field) continue;
    codes.add(field.code);
    names.add(field.zh);
    names.add(field.en);
    if (field.parentCode) codes.add(field.parentCode);
  }
  return { fieldCodes: [...codes], fieldNames: [...names] };
}

const regionFacets = (codes: (string | null)[]) => [
  ...new Set(codes.flatMap((c) => (c ? regionAncestorCodes(c) : []))),
];

function textFacets(...parts: (string | string[] | null | undefined)[]) {
  const text = parts.flat().filter(Boolean).join(' ');
  return { segments: searchSegments(text), translations: searchTranslations(text), documentFormat: DOCUMENT_FORMAT };
}

export function needDocument(need: Need, organizationName: string | null) {
  return {
    id: need.id,
    externalId: need.externalId,
    revision: need.revision,
    title: need.title,
    description: clip(need.description, 4000),
    keywords: need.keywords,
    ...fieldFacets(need.fields),
    regionCode: need.regionCode,
    regionCodes: regionFacets([need.regionCode]),
    modes: need.cooperationModes,
    status: need.status,
    organizationId: need.organizationId,
    organizationName,
    deadline: need.deadline ? epoch(need.deadline) : null,
    publishedAt: epoch(need.publishedAt),
    createdAt: epoch(need.createdAt),
    ...textFacets(need.title, need.keywords, clip(need.description, 2000)),
  };
}

export function capabilityDocument(capability: Capability, provider: Provider) {
  return {
    id: capability.id,
    externalId: capability.externalId,
    revision: capability.revision,
    title: capability.title,
    description: clip(capability.description, 4000),
    keywords: capability.keywords,
    ...fieldFacets(capability.fields.length ? capability.fields : provider.fields),
    regionCodes: regionFacets(capability.regionCodes.length ? capability.regionCodes : [provider.regionCode]),
    modes: capability.serviceModes,
    status: capability.status,
    providerId: provider.id,
    providerName: provider.name,
    providerType: provider.kind,
    organizationId: provider.organizationId,
    publishedAt: epoch(capability.publishedAt),
    createdAt: epoch(capability.createdAt),
    ...textFacets(capability.title, capability.keywords, clip(capability.description, 2000)),
  };
}

export function providerDocument(provider: Provider, capabilities: Capability[], publicationTitles: string[]) {
  const capabilityTitles = capabilities.map((c) => c.title);
  const capabilityKeywords = capabilities.flatMap((c) => c.keywords);
  return {
    id: provider.id,
    externalId: provider.externalId,
    revision: provider.revision,
    name: provider.name,
    title: provider.title,
    affiliation: provider.affiliation,
    bio: clip(provider.bio, 3000),
    keywords: [...new Set([...provider.keywords, ...capabilityKeywords])],
    ...fieldFacets([...provider.fields, ...capabilities.flatMap((c) => c.fields)]),
    regionCode: provider.regionCode,
    regionCodes: regionFacets([provider.regionCode]),
    modes: [...new Set(capabilities.flatMap((c) => c.serviceModes))],
    providerType: provider.kind,
    // An expert's own profile is public once approved; until then only the coordinators of its region find it.
    status: providerStatus(provider.reviewStatus),
    available: provider.available,
    organizationId: provider.organizationId,
    capabilityTitles,
    publicationTitles: publicationTitles.slice(0, 40),
    createdAt: epoch(provider.createdAt),
    ...textFacets(
      provider.keywords,
      capabilityTitles,
      capabilityKeywords,
      provider.fields,
      clip(provider.bio, 1500),
      publicationTitles.slice(0, 20),
    ),
  };
}

/** A provider document's status: `published` once reviewed, else its review status (`submitted`, `returned`). */
export const providerStatus = (reviewStatus: Provider['reviewStatus']) =>
  reviewStatus === 'approved' ? 'published' : reviewStatus;

export type NeedDocument = ReturnType<typeof needDocument>;
export type CapabilityDocument = ReturnType<typeof capabilityDocument>;
export type ProviderDocument = ReturnType<typeof providerDocument>;
