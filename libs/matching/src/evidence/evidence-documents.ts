// What the evidence index reads of a listing: each provider as several documents, a need as one text.
import type { Provider } from '@app/listings';
import { fieldCodesOf } from '../ranker/facts';
import { EvidenceDocument, ProviderEvidenceInput } from './evidence-index';
import { termCounts } from './evidence-terms';

export interface ProviderText {
  id: string;
  revision: number;
  name: string;
  title?: string | null;
  fields: string[];
  keywords: string[];
  bio?: string | null;
  kind: Provider['kind'];
  regionCode: string | null;
  available: boolean;
}
export interface CapabilityText {
  id: string;
  title: string;
  description?: string | null;
  keywords: string[];
  fields: string[];
}
export interface PublicationText {
  title: string;
  abstract?: string | null;
  year?: number | null;
}
export interface NeedText {
  title: string;
  description?: string | null;
  keywords: string[];
  fields: string[];
}

/** Long texts are cut so one very long profile costs no more than a normal one. */
const cap = (s: string | null | undefined, n: number) => (s ?? '').slice(0, n);
const join = (parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim()).join('\n');
export const MAX_PUBLICATIONS = 60;

export function providerEvidence(
  provider: ProviderText,
  capabilities: CapabilityText[],
  publications: PublicationText[],
): ProviderEvidenceInput {
  const documents: EvidenceDocument[] = [
    {
      kind: 'profile',
      ref: null,
      title: provider.name,
      counts: termCounts(
        join([provider.name, provider.title, ...provider.fields, ...provider.keywords, cap(provider.bio, 3000)]),
      ),
    },
    ...capabilities.map((c): EvidenceDocument => ({
      kind: 'capability',
      ref: c.id,
      title: c.title,
      counts: termCounts(join([c.title, ...c.keywords, ...c.fields, cap(c.description, 1500)])),
    })),
    ...publications.slice(0, MAX_PUBLICATIONS).map((p, i): EvidenceDocument => ({
      kind: 'publication',
      ref: String(i),
      title: p.title,
      year: p.year ?? null,
      counts: termCounts(join([p.title, cap(p.abstract, 1500)])),
    })),
  ];
  const fields = [...provider.fields, ...capabilities.flatMap((c) => c.fields)];
  const facts = {
    kind: provider.kind,
    regionCode: provider.regionCode,
    available: provider.available,
    fieldCodes: fieldCodesOf(fields),
  };
  return { id: provider.id, revision: provider.revision, fields, facts, documents };
}

export function needEvidenceText(need: NeedText): string {
  return join([need.title, cap(need.description, 3000), ...need.keywords, ...need.fields]);
}
