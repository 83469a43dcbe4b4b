import { resolveField } from '@app/reference';
import { conceptTerms } from '@app/text';
import type { Capability } from '@app/listings/entities/capability.entity';
import type { Need } from '@app/listings/entities/need.entity';
import type { Provider } from '@app/listings/entities/provider.entity';

export type Bag = Map<string, number>;

/** What the ranker knows of a need: concept bags in one space for Chinese and English. */
export interface NeedProfile {
  id: string;
  revision: number;
  regionCode: string | null;
  modes: string[];
  fieldCodes: Set<string>;
  /** Title and keywords: what the need is about. */
  core: Bag;
  /** Everything public: title, keywords, fields, description. */
  all: Bag;
}

export interface ProviderProfile {
  id: string;
  externalId: string | null;
  kind: Provider['kind'];
  revision: number;
  regionCode: string | null;
  available: boolean;
  fieldCodes: Set<string>;
  core: Bag;
  all: Bag;
  capabilities: { id: string; title: string; bag: Bag }[];
  publications: { title: string; year: number | null; bag: Bag }[];
}

export interface PublicationText {
  title: string;
  abstract: string;
  year: number | null;
}

/** Texts are capped so one very long profile costs no more than a normal one. */
const cap = (s: string | null | undefined, n: number) => (s ?? '').slice(0, n);
const MAX_PUBLICATIONS = 60;

export function mergeBags(...weighted: [Bag, number][]): Bag {
  const out: Bag = new Map();
  for (const [bag, factor] of weighted) for (const [term, w] of bag) out.set(term, (out.get(term) ?? 0) + w * factor);
  return out;
}

export function fieldCodesOf(fields: string[]): Set<string> {
  const codes = new Set<string>();
  for (const f of fields) {
    const field = resolveField(f);
    if (field) {
      codes.add(field.code);
      if (field.parentCode) codes.add(field.parentCode);
    }
  }
  return codes;
}

export function needProfile(need: Pick<Need, 'id' | 'revision' | 'regionCode' | 'cooperationModes' | 'fields' | 'title' | 'keywords' | 'description'>): NeedProfile {
  const title = conceptTerms(need.title);
  const keywords = conceptTerms(need.keywords.join('；'));
  const fields = conceptTerms(need.fields.join('；'));
  const description = conceptTerms(cap(need.description, 3000));
  const core = mergeBags([title, 1], [keywords, 1]);
  return {
    id: need.id, revision: need.revision, regionCode: need.regionCode, modes: need.cooperationModes, fieldCodes: fieldCodesOf(need.fields),
    core, all: mergeBags([core, 1], [fields, 0.5], [description, 0.6]),
  };
}

export function providerProfile(provider: Provider, capabilities: Capability[], publications: PublicationText[]): ProviderProfile {
  const keywords = conceptTerms(provider.keywords.join('；'));
  const fields = conceptTerms(provider.fields.join('；'));
  const caps = capabilities.map((c) => ({ id: c.id, title: c.title, bag: mergeBags([conceptTerms(c.title), 1], [conceptTerms(c.keywords.join('；')), 1], [conceptTerms(cap(c.description, 1500)), 0.5]) }));
  const pubs = publications.slice(0, MAX_PUBLICATIONS).map((p) => ({ title: p.title, year: p.year, bag: mergeBags([conceptTerms(p.title), 1], [conceptTerms(cap(p.abstract, 600)), 0.5]) }));
  const bio = conceptTerms(cap(provider.bio, 3000));
  const core = mergeBags([keywords, 1], [fields, 0.5], ...caps.map((c): [Bag, number] => [conceptTerms(c.title), 0.8]));
  const all = mergeBags([core, 1], [bio, 0.6], ...caps.map((c): [Bag, number] => [c.bag, 0.4]), ...pubs.map((p): [Bag, number] => [p.bag, 0.3 / Math.sqrt(Math.max(pubs.length, 1))]));
  return {
    id: provider.id, externalId: provider.externalId, kind: provider.kind, revision: provider.revision, regionCode: provider.regionCode,
    available: provider.available, fieldCodes: fieldCodesOf([...provider.fields, ...capabilities.flatMap((c) => c.fields)]),
    core, all, capabilities: caps, publications: pubs,
  };
}
