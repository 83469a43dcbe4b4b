/** The ranker's inputs straight from a dataset file (no database): need facts and the evidence index, for fitting and offline evaluation. */
import type { Provider } from '../../libs/listings/src/entities/provider.entity';
import { findRegion } from '../../libs/reference/src';
import { NeedFacts, needFacts } from '../../libs/matching/src/ranker/facts';
import { Evidence, EvidenceIndex } from '../../libs/matching/src/evidence/evidence-index';
import { needEvidenceText, providerEvidence } from '../../libs/matching/src/evidence/evidence-documents';
import { termCounts } from '../../libs/matching/src/evidence/evidence-terms';
import { CANDIDATES_PER_NEED } from '../../libs/matching/src/matching.service';

export interface DatasetFile {
  name?: string;
  providers: {
    externalId: string;
    kind: Provider['kind'];
    name: string;
    title?: string;
    affiliation?: string;
    region?: string;
    fields?: string[];
    keywords?: string[];
    bio?: string;
    publications?: { title: string; abstract?: string; year?: number }[];
  }[];
  capabilities?: {
    externalId: string;
    providerExternalId: string;
    title: string;
    description?: string;
    keywords?: string[];
    fields?: string[];
    serviceModes?: string[];
  }[];
  needs: {
    externalId: string;
    title: string;
    description?: string;
    keywords?: string[];
    fields?: string[];
    region?: string;
    cooperationModes?: string[];
    relevance?: Record<string, number>;
  }[];
}

const regionCode = (r?: string) => (r ? (findRegion(r)?.code ?? null) : null);

export function buildNeedFacts(data: DatasetFile): NeedFacts[] {
  return data.needs.map((n) =>
    needFacts({
      id: n.externalId,
      revision: 1,
      regionCode: regionCode(n.region),
      cooperationModes: n.cooperationModes ?? [],
      fields: n.fields ?? [],
    }),
  );
}

/** The evidence index over a dataset's providers, and each need's evidence for every provider it recalls. */
export function buildEvidence(data: DatasetFile, candidates = CANDIDATES_PER_NEED): Map<string, Map<string, Evidence>> {
  const index = new EvidenceIndex();
  for (const p of data.providers) {
    const caps = (data.capabilities ?? [])
      .filter((c) => c.providerExternalId === p.externalId)
      .map((c) => ({
        id: c.externalId,
        title: c.title,
        description: c.description,
        keywords: c.keywords ?? [],
        fields: c.fields ?? [],
      }));
    index.upsert(
      providerEvidence(
        {
          id: p.externalId,
          revision: 1,
          kind: p.kind,
          regionCode: regionCode(p.region),
          available: true,
          name: p.name,
          title: p.title,
          fields: p.fields ?? [],
          keywords: p.keywords ?? [],
          bio: p.bio,
        },
        caps,
        p.publications ?? [],
      ),
    );
  }
  const out = new Map<string, Map<string, Evidence>>();
  for (const n of data.needs) {
    const found = index.search(
      termCounts(
        needEvidenceText({
          title: n.title,
          description: n.description,
          keywords: n.keywords ?? [],
          fields: n.fields ?? [],
        }),
      ),
      candidates,
    );
    out.set(n.externalId, new Map(found.map((e) => [e.providerId, e])));
  }
  return out;
}
