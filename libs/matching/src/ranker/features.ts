import { regionProximity } from '@app/reference';
import { cosine } from '@app/text';
import type { Evidence } from '../evidence/evidence-index';
import { Bag, NeedProfile, ProviderProfile } from '../profiles/profiles';

/** Pairwise features: each depends only on the need and the provider, so a pair scores the same from either side. */
export const FEATURE_NAMES = ['coreSimilarity', 'textSimilarity', 'coreCoverage', 'specialtyCoverage', 'capabilityFit', 'publicationFit', 'fieldOverlap', 'regionFit', 'available', 'kindFitsMode',
  'evidenceWhole', 'evidenceBestDocument', 'evidenceNextDocuments', 'fieldEvidence',
  'crossLingual', 'crossCoreSimilarity', 'crossTextSimilarity', 'crossCoreCoverage', 'crossEvidenceWhole'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

const REGION_VALUE = { 'same-county': 1, 'same-city': 1, 'same-province': 0.5, other: 0, unknown: 0.25 } as const;

/** Which provider kinds suit which cooperation modes (joint R&D wants experts and workstations; training, societies). */
const KIND_MODE_FIT: Record<string, Partial<Record<ProviderProfile['kind'], number>>> = {
  joint_rnd: { expert: 1, workstation: 1, society: 0.5 },
  tech_transfer: { expert: 1, workstation: 0.8, society: 0.5 },
  consulting: { expert: 1, society: 1, workstation: 0.8 },
  training: { society: 1, workstation: 0.8, expert: 0.6 },
  shared_equipment: { workstation: 1, society: 0.6, expert: 0.3 },
};

/** Weighted share of the need's core terms that the provider's text contains. */
export function coverage(need: Bag, provider: Bag): number {
  let hit = 0;
  let total = 0;
  for (const [term, w] of need) {
    total += w;
    if (provider.has(term)) hit += w;
  }
  return total ? hit / total : 0;
}

export function best<T>(items: T[], score: (item: T) => number): { item: T | null; value: number } {
  let top: T | null = null;
  let value = 0;
  for (const item of items) {
    const v = score(item);
    if (v > value) { value = v; top = item; }
  }
  return { item: top, value };
}

/** The evidence index's IDF-weighted similarities; a provider it did not recall has none. */
export const NO_EVIDENCE = { whole: 0, bestDocument: 0, nextDocuments: 0, field: 0, crossLingual: 0 };

export function computeFeatures(need: NeedProfile, provider: ProviderProfile, evidence: Pick<Evidence, 'whole' | 'bestDocument' | 'nextDocuments' | 'field' | 'crossLingual'> = NO_EVIDENCE): Features {
  const modeFits = need.modes.map((m) => KIND_MODE_FIT[m]?.[provider.kind] ?? 0.5);
  let fieldOverlap = 0;
  for (const code of need.fieldCodes) if (provider.fieldCodes.has(code)) fieldOverlap = code.includes('.') ? 1 : Math.max(fieldOverlap, 0.5);
  const coreSimilarity = cosine(need.core, provider.core);
  const textSimilarity = cosine(need.all, provider.all);
  const coreCoverage = coverage(need.core, provider.all);
  const cross = evidence.crossLingual;
  return {
    coreSimilarity,
    textSimilarity,
    coreCoverage,
    // How much of what the provider specialises in the need talks about: tells a specialist from a generalist.
    specialtyCoverage: coverage(provider.core, need.all),
    capabilityFit: best(provider.capabilities, (c) => cosine(need.all, c.bag)).value,
    publicationFit: best(provider.publications, (p) => cosine(need.all, p.bag)).value,
    fieldOverlap,
    regionFit: REGION_VALUE[regionProximity(need.regionCode, provider.regionCode)],
    available: provider.available ? 1 : 0,
    kindFitsMode: modeFits.length ? Math.max(...modeFits) : 0.5,
    evidenceWhole: evidence.whole,
    evidenceBestDocument: evidence.bestDocument,
    evidenceNextDocuments: evidence.nextDocuments,
    fieldEvidence: evidence.field,
    // Across languages only the dictionary links the texts: the same features may deserve other weights there.
    crossLingual: cross,
    crossCoreSimilarity: cross * coreSimilarity,
    crossTextSimilarity: cross * textSimilarity,
    crossCoreCoverage: cross * coreCoverage,
    crossEvidenceWhole: cross * evidence.whole,
  };
}
